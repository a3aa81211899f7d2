import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSourceOrder, orderKey } from '../runtime/source-order.js';
import { AWS_FACTS } from '../settings/aws-limits.js';
import { startLocalDynamo, type LocalDynamo } from '../testing/dynalite-server.js';
import { dynamoItemBytes } from './item-size.js';
import { keyIndexFor } from './key-spread.js';
import { runLoad } from './load-generator.js';
import { createLocalSourceTable } from './local-source-table.js';

let local: LocalDynamo;
beforeAll(async () => {
  local = await startLocalDynamo();
  await createLocalSourceTable(local.client, 'orders-max');
});
afterAll(async () => {
  await local.close();
});

describe('items at DynamoDB\'s 400 KB limit, written to dynalite on 127.0.0.1 (real DynamoDB API, item size checked by the server)', () => {
  it('GIVEN --item-size 409,600 WHEN runLoad writes 30 orders (one poisoned) THEN all are accepted and each weighs exactly 409,600 bytes', async () => {
    const stats = await runLoad({ table: 'orders-max', items: 30, keys: 7, itemSizeBytes: AWS_FACTS.itemMaxBytes, concurrency: 1, poisonRecords: [4] }, { client: local.client });
    expect(stats.firstError).toBeUndefined();
    expect(stats).toMatchObject({ requested: 30, written: 30, failed: 0 });
    for (const index of [0, 4, 29]) {
      const key = marshall({ pk: `customer#${String(keyIndexFor(index, 7, 0)).padStart(5, '0')}`, sk: orderKey(index) });
      const { Item } = await local.client.send(new GetItemCommand({ TableName: 'orders-max', Key: key }));
      expect(Item?.['totalCents']).toEqual(index === 4 ? { S: '12,50' } : { N: expect.any(String) });
      expect(dynamoItemBytes(Item!)).toBe(409_600);
    }
  });

  it('GIVEN the same order with one padding byte more WHEN put THEN the server refuses it: the size counted agrees with DynamoDB\'s', async () => {
    const order = makeSourceOrder(3, 3, AWS_FACTS.itemMaxBytes, 0);
    const heavier = { ...order, padding: new Uint8Array(order.padding.length + 1) };
    expect(dynamoItemBytes(marshall(heavier))).toBe(409_601);
    await expect(local.client.send(new PutItemCommand({ TableName: 'orders-max', Item: marshall(heavier) }))).rejects.toThrow(/size has exceeded the maximum allowed size/);
    await expect(local.client.send(new PutItemCommand({ TableName: 'orders-max', Item: marshall(order) }))).resolves.toBeDefined();
  });
});
