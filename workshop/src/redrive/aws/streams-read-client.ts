// The redrive contract's `StreamsReadClient` over the real DynamoDB Streams API (@aws-sdk/client-dynamodb-streams):
// GetShardIterator and GetRecords, one SDK call each, with the records turned into the shape Lambda delivers them
// in (the learner's fixed handler gets on AWS what it gets from the engine: engine/handler/stream-event-builder.ts).
// Errors pass through with the API's name (TrimmedDataAccessException, ExpiredIteratorException, ...).
import { GetRecordsCommand, GetShardIteratorCommand, type AttributeValue as SdkAttributeValue, type _Record } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord, StreamRecord } from 'aws-lambda';
import type { StreamsReadClient } from '../redrive-contract.js';

/** What the adapter needs of a `DynamoDBStreamsClient` (tests pass a mocked one). */
export interface StreamsSdkClient {
  send(command: GetShardIteratorCommand | GetRecordsCommand): Promise<unknown>;
}

export interface StreamsReadClientOptions {
  readonly client: StreamsSdkClient;
  /**
   * The stream's ARN: GetRecords does not return it, Lambda adds it to each record as `eventSourceARN`
   * (the contract's calls also receive it in `getShardIterator`, and the latest one wins).
   */
  readonly streamArn?: string;
}

/** A `StreamsReadClient` backed by DynamoDB Streams. */
export function createStreamsReadClient(options: StreamsReadClientOptions): StreamsReadClient {
  let streamArn = options.streamArn;
  return {
    async getShardIterator(input) {
      streamArn = input.StreamArn;
      const output = (await options.client.send(new GetShardIteratorCommand({
        StreamArn: input.StreamArn,
        ShardId: input.ShardId,
        ShardIteratorType: input.ShardIteratorType,
        ...(input.SequenceNumber === undefined ? {} : { SequenceNumber: input.SequenceNumber }),
      }))) as { ShardIterator?: string };
      return output.ShardIterator === undefined ? {} : { ShardIterator: output.ShardIterator };
    },
    async getRecords(input) {
      const output = (await options.client.send(new GetRecordsCommand({
        ShardIterator: input.ShardIterator,
        ...(input.Limit === undefined ? {} : { Limit: input.Limit }),
      }))) as { Records?: _Record[]; NextShardIterator?: string };
      return {
        Records: (output.Records ?? []).map((record) => toLambdaRecord(record, streamArn)),
        ...(output.NextShardIterator === undefined ? {} : { NextShardIterator: output.NextShardIterator }),
      };
    },
  };
}

/**
 * One GetRecords record as Lambda delivers it: the same fields, in the order Lambda (and the engine) writes them,
 * plus `eventSourceARN`; `ApproximateCreationDateTime` back to epoch seconds (the SDK parses it into a Date),
 * binaries back to base64 (the SDK decodes them into bytes), `userIdentity` with Lambda's lower-case keys.
 */
export function toLambdaRecord(record: _Record, streamArn: string | undefined): DynamoDBRecord {
  const change = record.dynamodb;
  const dynamodb: StreamRecord | undefined = change === undefined ? undefined : {
    ...(change.ApproximateCreationDateTime === undefined ? {} : { ApproximateCreationDateTime: Math.floor(change.ApproximateCreationDateTime.getTime() / 1000) }),
    ...(change.Keys === undefined ? {} : { Keys: toLambdaImage(change.Keys) }),
    ...(change.NewImage === undefined ? {} : { NewImage: toLambdaImage(change.NewImage) }),
    ...(change.OldImage === undefined ? {} : { OldImage: toLambdaImage(change.OldImage) }),
    ...(change.SequenceNumber === undefined ? {} : { SequenceNumber: change.SequenceNumber }),
    ...(change.SizeBytes === undefined ? {} : { SizeBytes: change.SizeBytes }),
    ...(change.StreamViewType === undefined ? {} : { StreamViewType: change.StreamViewType }),
  };
  return {
    ...(record.eventID === undefined ? {} : { eventID: record.eventID }),
    ...(record.eventName === undefined ? {} : { eventName: record.eventName }),
    ...(record.eventVersion === undefined ? {} : { eventVersion: record.eventVersion }),
    ...(record.eventSource === undefined ? {} : { eventSource: record.eventSource }),
    ...(record.awsRegion === undefined ? {} : { awsRegion: record.awsRegion }),
    ...(streamArn === undefined ? {} : { eventSourceARN: streamArn }),
    ...(dynamodb === undefined ? {} : { dynamodb }),
    ...(record.userIdentity === undefined ? {} : { userIdentity: { type: record.userIdentity.Type, principalId: record.userIdentity.PrincipalId } }),
  };
}

function toLambdaImage(image: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(image)) out[name] = toLambdaValue(value);
  return out;
}

/** An SDK attribute value as Lambda's JSON has it (B and BS as base64 strings; everything else as it is). */
function toLambdaValue(value: SdkAttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  // A type newer than this SDK: handed on as the SDK parsed it.
  return value as unknown as AttributeValue;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
