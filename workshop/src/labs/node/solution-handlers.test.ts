// The reference handlers against a real DynamoDB API (dynalite) through the same dynamoConsumerIO the
// Lambda uses, fed realistic stream events (INSERT / MODIFY / REMOVE, nested maps, lists, sets, numbers,
// NULL, binary as base64) built by the engine's stream-event builder. The results table is read back.
import { CreateTableCommand, DeleteTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeSourceOrder } from '../../runtime/source-order.js';
import { dynamoConsumerIO } from '../../runtime/dynamo-consumer-io.js';
import { startLocalDynamo, type LocalDynamo } from '../../testing/dynalite-server.js';
import { SIMULATION_EPOCH_MS } from '../../engine/handler/stream-event-builder.js';
import { sampleEvent } from '../core/check-kit.js';
import { fileURLToPath } from 'node:url';
import { loadLab } from './lab-loader.js';

// The reference handlers of labs 01 and 04, through the lab loader (the kit never imports lab code statically).
const solutionRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const referenceHandler = async (lab: string) => (await loadLab(solutionRoot, lab, { variant: 'solution', modules: ['handler'] })).exports.createHandler!;
const [oneAtATime, batchFriendly] = [await referenceHandler('01'), await referenceHandler('04')];

let dynamo: LocalDynamo;
const TABLE = 'results-handler-test';

beforeAll(async () => {
  dynamo = await startLocalDynamo();
});
afterAll(async () => dynamo.close());
beforeEach(async () => {
  await dynamo.client.send(new DeleteTableCommand({ TableName: TABLE })).catch(() => undefined);
  await dynamo.client.send(new CreateTableCommand({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
  }));
});

async function rows(): Promise<Record<string, unknown>[]> {
  const scan = await dynamo.client.send(new ScanCommand({ TableName: TABLE }));
  return (scan.Items ?? []).map((item) => unmarshall(item)).sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
}

describe.each([
  ['solutions/01 (one PutItem per record)', oneAtATime],
  ['solutions/04 (BatchWriteItem chunks, p-limit)', batchFriendly],
])('%s against dynalite', (_name, createHandler) => {
  it('GIVEN INSERT, MODIFY and REMOVE records WHEN handled THEN each order has one row: current state, or DELETED', async () => {
    const handler = createHandler(dynamoConsumerIO({ tableName: TABLE, client: dynamo.client }));
    await handler(sampleEvent(['INSERT', 'MODIFY', 'REMOVE']));
    const [inserted, modified, removed] = await rows();
    const order0 = makeSourceOrder(0, 0, 300, SIMULATION_EPOCH_MS);
    expect(inserted).toMatchObject({
      pk: order0.pk, sk: order0.sk, lastEvent: 'INSERT', status: order0.status, totalCents: order0.totalCents,
      paid: order0.paid, hasNote: order0.note !== null, city: order0.shipping.city, tags: [...order0.tags].sort(),
      itemCount: order0.lines.reduce((sum, l) => sum + l.qty, 0), distinctQuantities: order0.lineQuantities.size,
      paddingBytes: order0.padding.length,
    });
    expect(modified).toMatchObject({ lastEvent: 'MODIFY', status: makeSourceOrder(1, 1, 300, SIMULATION_EPOCH_MS + 10).status });
    expect(removed).toMatchObject({ lastEvent: 'REMOVE', status: 'DELETED', pk: makeSourceOrder(2, 2, 300, 0).pk });
  });

  it('GIVEN 120 records WHEN handled THEN 120 rows are in the results table', async () => {
    const handler = createHandler(dynamoConsumerIO({ tableName: TABLE, client: dynamo.client }));
    await handler(sampleEvent(Array.from({ length: 120 }, (_, i) => (i % 3 === 2 ? 'REMOVE' : i % 3 === 1 ? 'MODIFY' : 'INSERT'))));
    const all = await rows();
    expect(all).toHaveLength(120);
    expect(all.filter((r) => r.status === 'DELETED')).toHaveLength(40);
  });
});
