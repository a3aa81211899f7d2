// How many shards of a DynamoDB stream are open, from DynamoDB Streams DescribeStream: on AWS the learner does not
// choose the shard count (DynamoDB creates, splits and closes shards), so lab 08's AWS check reads it. A shard is
// open while its SequenceNumberRange has no EndingSequenceNumber; DescribeStream returns the shards a page at a
// time, the next page starting after `LastEvaluatedShardId` (passed back as `ExclusiveStartShardId`).
import { DescribeStreamCommand, type DescribeStreamCommandOutput, type DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { WorkshopError } from '../../errors/workshop-error.js';
import { awsCallError } from '../../errors/aws-call-error.js';

export interface OpenShards {
  /** Shards with no EndingSequenceNumber: the ones still written to. */
  readonly open: number;
  /** Every shard DescribeStream listed, closed ones included (those still within the 24 h retention). */
  readonly listed: number;
  /** `ENABLED`, `ENABLING`, `DISABLED` or `DISABLING`, as DescribeStream says. */
  readonly status: string;
}

/** A guard against an API that never stops paging (a stream has far fewer pages than this). */
const MAX_PAGES = 1_000;

/** Counts the open shards of the stream `streamArn`, across every DescribeStream page. */
export async function countOpenShards(client: Pick<DynamoDBStreamsClient, 'send'>, streamArn: string): Promise<OpenShards> {
  let open = 0;
  let listed = 0;
  let status = '';
  let start: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    let output: DescribeStreamCommandOutput;
    try {
      output = await client.send(new DescribeStreamCommand({ StreamArn: streamArn, ...(start === undefined ? {} : { ExclusiveStartShardId: start }) }));
    } catch (error) {
      throw awsCallError(error, { service: 'DynamoDB Streams', operation: 'DescribeStream', resource: streamArn });
    }
    const description = output.StreamDescription;
    status = description?.StreamStatus ?? status;
    for (const shard of description?.Shards ?? []) {
      listed += 1;
      if (shard.SequenceNumberRange?.EndingSequenceNumber === undefined) open += 1;
    }
    const next = description?.LastEvaluatedShardId;
    if (next === undefined || next === '') return { open, listed, status };
    if (next === start) break;
    start = next;
  }
  throw new WorkshopError({ code: 'aws_call_failed', service: 'DynamoDB Streams', operation: 'DescribeStream', detail: `the shard list did not end (LastEvaluatedShardId ${start ?? ''} again)` });
}
