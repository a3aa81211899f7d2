// The StreamsReadClient over the real @aws-sdk/client-dynamodb-streams client, against DynamoDB Streams mocked on
// 127.0.0.1 (the JSON the API sends): records come out as Lambda delivers them — as the engine builds them.
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamRecordView } from '../../engine/function-runner.js';
import { buildStreamEvent, streamArn } from '../../engine/handler/stream-event-builder.js';
import { mockedClientOptions, type JsonAnswer, type JsonCall } from '../../testing/aws-json-server.js';
import { mockedAwsJsonServerPerTest } from '../../testing/mocked-aws-per-test.js';
import { createStreamsReadClient } from './streams-read-client.js';

const SHARD = 'shardId-00000001700000000000-0000abcd';
const ARN = streamArn({ region: 'us-east-1', accountId: '111122223333', tableName: 'orders' });
const view = (i: number, eventName: StreamRecordView['eventName'] = 'MODIFY'): StreamRecordView => ({
  sequenceNumber: `8${String(i * 100).padStart(20, '0')}`, shardId: SHARD, keyIndex: i % 3, index: i, eventName, arrivalMs: 61_999 + i * 1_000, sizeBytes: 300,
});
/** The engine's records (with a poison one), as Lambda would deliver them. */
const lambdaRecords = buildStreamEvent([view(0, 'INSERT'), view(1), view(2, 'REMOVE')], { region: 'us-east-1', accountId: '111122223333', tableName: 'orders', poisonRecords: [1] }).Records;
/** The same records as GetRecords' JSON carries them: no eventSourceARN (Lambda adds it). */
const apiRecords = lambdaRecords.map(({ eventSourceARN: _arn, ...rest }) => rest);

const startServer = mockedAwsJsonServerPerTest(afterEach);
async function clientAnswering(answer: (call: JsonCall) => JsonAnswer) {
  const server = await startServer(answer);
  const sdk = new DynamoDBStreamsClient(mockedClientOptions(server.endpoint));
  return { streams: createStreamsReadClient({ client: sdk }), calls: server.calls };
}

describe('createStreamsReadClient — DynamoDB Streams mocked on loopback, real SDK client', () => {
  it('GIVEN a shard with three engine-built records WHEN read AT_SEQUENCE_NUMBER THEN the SDK call carries the input and every record equals what Lambda (the engine) delivers, field order included', async () => {
    const { streams, calls } = await clientAnswering((call) =>
      call.operation === 'GetShardIterator' ? { body: { ShardIterator: 'iterator-1' } } : { body: { Records: apiRecords, NextShardIterator: 'iterator-2' } });
    const { ShardIterator } = await streams.getShardIterator({ StreamArn: ARN, ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: view(0).sequenceNumber });
    const page = await streams.getRecords({ ShardIterator: ShardIterator!, Limit: 1_000 });
    expect(calls.map((c) => c.operation)).toEqual(['GetShardIterator', 'GetRecords']);
    expect(calls[0]!.input).toEqual({ StreamArn: ARN, ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: view(0).sequenceNumber });
    expect(calls[1]!.input).toEqual({ ShardIterator: 'iterator-1', Limit: 1_000 });
    expect(page.NextShardIterator).toBe('iterator-2');
    expect(page.Records).toEqual(lambdaRecords);
    expect(JSON.stringify(page.Records)).toBe(JSON.stringify(lambdaRecords));
    expect(typeof page.Records![0]!.dynamodb!.ApproximateCreationDateTime).toBe('number');
  });

  it('GIVEN binary attributes and a TTL delete WHEN read THEN B/BS come back as base64 text and userIdentity with Lambda\'s keys', async () => {
    const record = {
      eventID: 'a'.repeat(32), eventName: 'REMOVE', eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'eu-west-1',
      dynamodb: { ApproximateCreationDateTime: 1_767_225_661, Keys: { pk: { S: 'c#1' }, blob: { B: 'AQID' }, set: { BS: ['BA==', 'BQY='] } }, SequenceNumber: '800000000000000000001', SizeBytes: 20, StreamViewType: 'KEYS_ONLY' },
      userIdentity: { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' },
    };
    const { streams } = await clientAnswering(() => ({ body: { Records: [record] } }));
    const page = await streams.getRecords({ ShardIterator: 'x' });
    const got: DynamoDBRecord = page.Records![0]!;
    expect(got.dynamodb?.Keys).toEqual({ pk: { S: 'c#1' }, blob: { B: 'AQID' }, set: { BS: ['BA==', 'BQY='] } });
    expect(got.dynamodb?.ApproximateCreationDateTime).toBe(1_767_225_661);
    expect(got.userIdentity).toEqual({ type: 'Service', principalId: 'dynamodb.amazonaws.com' });
    expect(page.NextShardIterator).toBeUndefined(); // a closed shard read to its end
  });

  it.each([
    ['TrimmedDataAccessException', 'com.amazonaws.dynamodb.v20120810#TrimmedDataAccessException'],
    ['ExpiredIteratorException', 'com.amazonaws.dynamodb.v20120810#ExpiredIteratorException'],
    ['ResourceNotFoundException', 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException'],
    ['AccessDeniedException', 'com.amazonaws.dynamodb.v20120810#AccessDeniedException'],
  ])('GIVEN the API answers %s WHEN reading THEN the error keeps that name (the kit tells "gone" from "failed" by it)', async (name, type) => {
    const { streams } = await clientAnswering(() => ({ error: type, message: `mocked ${name}` }));
    await expect(streams.getShardIterator({ StreamArn: ARN, ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: view(0).sequenceNumber })).rejects.toMatchObject({ name, message: `mocked ${name}` });
    await expect(streams.getRecords({ ShardIterator: 'x' })).rejects.toMatchObject({ name });
  });
});
