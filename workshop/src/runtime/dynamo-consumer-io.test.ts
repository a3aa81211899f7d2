// dynamoConsumerIO against a real DynamoDB API (dynalite on 127.0.0.1): nothing mocked.
import { CreateTableCommand, GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../testing/dynalite-server.js';
import { dynamoConsumerIO } from './dynamo-consumer-io.js';

let dynamo: LocalDynamo;
const TABLE = 'results-io-test';

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  await dynamo.client.send(new CreateTableCommand({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
  }));
});
afterAll(async () => dynamo.close());

describe('dynamoConsumerIO (real dynalite)', () => {
  it('GIVEN one result WHEN putResult THEN the item is in the table with its nested attributes', async () => {
    const io = dynamoConsumerIO({ tableName: TABLE, client: dynamo.client });
    await io.putResult({ pk: 'customer#00001', sk: 'order#1', totalCents: 1250, tags: ['app', 'web'], shipping: { city: 'Recife', express: true }, note: null });
    const got = await dynamo.client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'customer#00001' }, sk: { S: 'order#1' } } }));
    expect(unmarshall(got.Item!)).toEqual({ pk: 'customer#00001', sk: 'order#1', totalCents: 1250, tags: ['app', 'web'], shipping: { city: 'Recife', express: true }, note: null });
  });

  it('GIVEN 25 results WHEN putResults THEN all are written and nothing comes back unprocessed', async () => {
    const io = dynamoConsumerIO({ tableName: TABLE, client: dynamo.client });
    const items = Array.from({ length: 25 }, (_, i) => ({ pk: 'customer#00002', sk: `order#${i}`, n: i }));
    expect(await io.putResults(items)).toEqual([]);
    const scan = await dynamo.client.send(new ScanCommand({ TableName: TABLE, FilterExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'customer#00002' } } }));
    expect(scan.Count).toBe(25);
  });

  it('GIVEN 26 results WHEN putResults THEN it refuses before calling DynamoDB, naming the limit of 25', async () => {
    const io = dynamoConsumerIO({ tableName: TABLE, client: dynamo.client });
    const items = Array.from({ length: 26 }, (_, i) => ({ pk: 'customer#00003', sk: `order#${i}` }));
    await expect(io.putResults(items)).rejects.toThrow('at most 25 items, got 26');
  });

  it('GIVEN no table name and no RESULTS_TABLE_NAME WHEN created THEN it says which variable to set', () => {
    const saved = process.env.RESULTS_TABLE_NAME;
    delete process.env.RESULTS_TABLE_NAME;
    try {
      expect(() => dynamoConsumerIO({ client: dynamo.client })).toThrow('RESULTS_TABLE_NAME is not set');
    } finally {
      if (saved !== undefined) process.env.RESULTS_TABLE_NAME = saved;
    }
  });

  it('GIVEN sleep(20) WHEN awaited THEN at least ~20 ms of real time pass', async () => {
    const io = dynamoConsumerIO({ tableName: TABLE, client: dynamo.client });
    const started = performance.now();
    await io.sleep(20);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });
});
