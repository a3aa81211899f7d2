// countOpenShards over the real @aws-sdk/client-dynamodb-streams client, DynamoDB Streams mocked on 127.0.0.1.
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { afterEach, describe, expect, it } from 'vitest';
import { mockedClientOptions, type JsonAnswer, type JsonCall } from '../../testing/aws-json-server.js';
import { mockedAwsJsonServerPerTest } from '../../testing/mocked-aws-per-test.js';
import { countOpenShards } from './open-shards.js';

const STREAM = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2026-03-01T10:00:00.000';
const shard = (id: string, closed: boolean) => ({ ShardId: id, SequenceNumberRange: { StartingSequenceNumber: '100', ...(closed ? { EndingSequenceNumber: '199' } : {}) } });
const description = (shards: readonly ReturnType<typeof shard>[], last?: string, status = 'ENABLED'): JsonAnswer =>
  ({ body: { StreamDescription: { StreamArn: STREAM, StreamStatus: status, Shards: shards, ...(last === undefined ? {} : { LastEvaluatedShardId: last }) } } });

const startServer = mockedAwsJsonServerPerTest(afterEach);
async function clientAnswering(answer: (call: JsonCall) => JsonAnswer) {
  const server = await startServer(answer);
  return { client: new DynamoDBStreamsClient(mockedClientOptions(server.endpoint)), calls: server.calls };
}

describe('countOpenShards — DescribeStream mocked on loopback, real SDK client', () => {
  it('GIVEN three pages (closed parents, open children) WHEN counted THEN each page starts after the last one and only shards without EndingSequenceNumber are open', async () => {
    const pages: Record<string, JsonAnswer> = {
      '': description([shard('a', true), shard('b', false)], 'b'),
      b: description([shard('c', true)], 'c'),
      c: description([shard('d', false), shard('e', false)]),
    };
    const { client, calls } = await clientAnswering((call) => pages[String(call.input.ExclusiveStartShardId ?? '')]!);
    await expect(countOpenShards(client, STREAM)).resolves.toEqual({ open: 3, listed: 5, status: 'ENABLED' });
    expect(calls.map((c) => c.input)).toEqual([{ StreamArn: STREAM }, { StreamArn: STREAM, ExclusiveStartShardId: 'b' }, { StreamArn: STREAM, ExclusiveStartShardId: 'c' }]);
  });

  it('GIVEN an API that hands back the same LastEvaluatedShardId again WHEN counted THEN aws_call_failed says the shard list did not end, instead of looping', async () => {
    const { client, calls } = await clientAnswering(() => description([shard('a', false)], 'a'));
    await expect(countOpenShards(client, STREAM)).rejects.toMatchObject({ issue: { code: 'aws_call_failed', service: 'DynamoDB Streams', operation: 'DescribeStream', detail: 'the shard list did not end (LastEvaluatedShardId a again)' } });
    expect(calls).toHaveLength(2);
  });

  it('GIVEN a stream being disabled, its shards all closed WHEN counted THEN 0 open, with the status', async () => {
    const { client } = await clientAnswering(() => description([shard('a', true)], undefined, 'DISABLING'));
    await expect(countOpenShards(client, STREAM)).resolves.toEqual({ open: 0, listed: 1, status: 'DISABLING' });
  });

  it('GIVEN a stream ARN that does not exist WHEN counted THEN aws_call_failed carries the service\'s words', async () => {
    const { client } = await clientAnswering(() => ({ error: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', message: 'Requested resource not found: Stream not found' }));
    await expect(countOpenShards(client, STREAM)).rejects.toMatchObject({ issue: { code: 'aws_call_failed', operation: 'DescribeStream', detail: 'Requested resource not found: Stream not found' } });
  });
});
