import {
  DynamoDBClient,
  ProvisionedThroughputExceededException,
  ScanCommand,
  type BatchWriteItemCommandInput,
  type BatchWriteItemCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seconds } from '../settings/duration.js';
import { startLocalDynamo, type LocalDynamo } from '../testing/dynalite-server.js';
import { runLoad } from './load-generator.js';
import { countItems, createLocalSourceTable } from './local-source-table.js';
import { checkTableExists } from './table-check.js';
import type { Clock } from './token-bucket.js';

let local: LocalDynamo;
let tableNumber = 0;
beforeAll(async () => {
  local = await startLocalDynamo();
});
afterAll(async () => {
  await local.close();
});

async function freshTable(): Promise<string> {
  tableNumber += 1;
  const table = `orders-${tableNumber}`;
  await createLocalSourceTable(local.client, table);
  return table;
}

/** Virtual time: `sleep` returns at once and moves the clock forward, so backoff and pacing cost no real time. */
function virtualClock(): Clock & { slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return { slept, now: () => t, sleep: async (ms) => void (slept.push(ms), (t += ms)) };
}

type Fault = 'half-unprocessed' | 'throttle' | 'throttling-exception';

/** A real client to dynalite whose first BatchWriteItem calls misbehave as listed (injected, not mocked). */
function clientWithInjectedFaults(faults: Fault[]): DynamoDBClient {
  const client = new DynamoDBClient({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const queue = [...faults];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'BatchWriteItemCommand') return next(args);
      const fault = queue.shift();
      if (fault === 'throttle') throw new ProvisionedThroughputExceededException({ message: 'injected', $metadata: { httpStatusCode: 400 } });
      if (fault === 'throttling-exception') throw Object.assign(new Error('injected'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
      if (fault !== 'half-unprocessed') return next(args);
      const input = args.input as BatchWriteItemCommandInput;
      const [table, requests] = Object.entries(input.RequestItems ?? {})[0]!;
      const half = Math.ceil(requests.length / 2);
      const result = await next({ ...args, input: { ...input, RequestItems: { [table]: requests.slice(0, half) } } });
      (result.output as BatchWriteItemCommandOutput).UnprocessedItems = { [table]: requests.slice(half) };
      return result;
    },
    { step: 'initialize', name: 'injectFaults' },
  );
  return client;
}

describe('runLoad against dynalite on 127.0.0.1 (real DynamoDB API)', () => {
  it('GIVEN 1,234 items, 4 in flight, unpaced WHEN run THEN Scan counts exactly 1,234 and nothing failed', async () => {
    const table = await freshTable();
    const stats = await runLoad({ table, items: 1_234, keys: 10, itemSizeBytes: 300, concurrency: 4 }, { client: local.client });
    expect(stats).toMatchObject({ requested: 1_234, written: 1_234, retried: 0, failed: 0, notSent: 0 });
    expect(await countItems(local.client, table)).toBe(1_234);
  });

  it('GIVEN --keys 7 WHEN 100 items are written THEN exactly 7 distinct partition keys exist', async () => {
    const table = await freshTable();
    await runLoad({ table, items: 100, keys: 7, itemSizeBytes: 250 }, { client: local.client });
    const scan = await local.client.send(new ScanCommand({ TableName: table, ProjectionExpression: 'pk' }));
    expect(new Set(scan.Items?.map((i) => i.pk?.S)).size).toBe(7);
  });

  it('GIVEN injected UnprocessedItems then two injected throttling errors WHEN run THEN every item is written and 36 resends are counted', async () => {
    const table = await freshTable();
    const client = clientWithInjectedFaults(['half-unprocessed', 'throttle', 'throttling-exception']);
    const clock = virtualClock();
    const stats = await runLoad({ table, items: 100, keys: 5, itemSizeBytes: 200, concurrency: 1 }, { client, clock, random: () => 0.5 });
    // Batch 1: 13 written, 12 unprocessed; those 12 are resent three times (throttled, throttled, written).
    expect(stats).toMatchObject({ written: 100, retried: 36, failed: 0 });
    expect(clock.slept).toEqual([12, 25, 50]); // full jitter with random 0.5: half of 25, 50, 100 ms
    expect(await countItems(local.client, table)).toBe(100);
    client.destroy();
  });

  it('GIVEN every call throttled (injected) and 3 attempts allowed WHEN run THEN all 50 items count as failed, none silently lost', async () => {
    const table = await freshTable();
    const client = clientWithInjectedFaults(Array.from({ length: 6 }, () => 'throttle'));
    const backoff = { baseMs: 10, capMs: 100, maxAttempts: 3 };
    const stats = await runLoad({ table, items: 50, keys: 5, itemSizeBytes: 200, concurrency: 1, backoff }, { client, clock: virtualClock() });
    expect(stats).toMatchObject({ written: 0, failed: 50, notSent: 0, retried: 100 });
    expect(stats.firstError).toContain('ProvisionedThroughputExceededException');
    expect(await countItems(local.client, table)).toBe(0);
    client.destroy();
  });

  it('GIVEN a table that does not exist WHEN run THEN it stops after the first error and reports the rest as not sent', async () => {
    const stats = await runLoad({ table: 'nope', items: 500, keys: 5, itemSizeBytes: 200, concurrency: 1 }, { client: local.client, clock: virtualClock() });
    expect(stats).toMatchObject({ written: 0, failed: 25, notSent: 475 });
    expect(stats.firstError).toContain('ResourceNotFoundException');
  });

  it('GIVEN an abort after the first call WHEN run THEN in-flight work is counted and the table holds exactly what was written', async () => {
    const table = await freshTable();
    const controller = new AbortController();
    const stats = await runLoad(
      { table, items: 1_000, keys: 5, itemSizeBytes: 200, concurrency: 2, signal: controller.signal, onProgress: () => controller.abort() },
      { client: local.client },
    );
    expect(stats.written).toBeGreaterThanOrEqual(25);
    expect(stats.written).toBeLessThanOrEqual(50);
    expect(stats.notSent).toBe(1_000 - stats.written);
    expect(await countItems(local.client, table)).toBe(stats.written);
  });

  it('GIVEN 100 items/s for 250 items (virtual clock) WHEN paced THEN calls wait 250 ms apart after the first burst of 25', async () => {
    const table = await freshTable();
    const clock = virtualClock();
    const stats = await runLoad({ table, items: 250, ratePerSecond: 100, keys: 5, itemSizeBytes: 200, concurrency: 1 }, { client: local.client, clock });
    expect(clock.slept).toEqual(Array.from({ length: 9 }, () => 250));
    expect(stats.elapsedMs).toBe(2_250);
    expect(await countItems(local.client, table)).toBe(250);
  });

  it('GIVEN a steps profile, 50/s for 10 s then 200/s for 10 s (virtual clock) WHEN paced THEN 500 items are written in the first 10 s and 2,500 by 20 s', async () => {
    const table = await freshTable();
    const clock = virtualClock();
    const profile = { rate: { kind: 'steps', steps: [{ at: seconds(0), ratePerSecond: 50 }, { at: seconds(10), ratePerSecond: 200 }] }, durationSeconds: 20 } as const;
    const progress: { atMs: number; written: number }[] = [];
    const stats = await runLoad(
      { table, items: 2_500, profile, keys: 5, itemSizeBytes: 200, concurrency: 1, onProgress: (s) => progress.push({ atMs: clock.now(), written: s.written }) },
      { client: local.client, clock },
    );
    expect(progress.filter((p) => p.atMs <= 10_000).at(-1)?.written).toBe(500);
    expect(progress.find((p) => p.atMs > 10_000 && p.atMs <= 10_500)?.written).toBe(525); // one call of 25 per 125 ms now
    expect(stats).toMatchObject({ written: 2_500, elapsedMs: 20_000 });
    expect(await countItems(local.client, table)).toBe(2_500);
  });

  it('GIVEN a hot-key share of 0.5 over 5 keys WHEN 200 items are written THEN Scan finds 100 on customer 0 and 25 on each other key', async () => {
    const table = await freshTable();
    await runLoad({ table, items: 200, keys: 5, hotKeyShare: 0.5, itemSizeBytes: 200 }, { client: local.client });
    const scan = await local.client.send(new ScanCommand({ TableName: table, ProjectionExpression: 'pk' }));
    const perKey = new Map<string, number>();
    for (const item of scan.Items ?? []) perKey.set(item.pk!.S!, (perKey.get(item.pk!.S!) ?? 0) + 1);
    expect(Object.fromEntries([...perKey].sort())).toEqual({
      'customer#00000': 100, 'customer#00001': 25, 'customer#00002': 25, 'customer#00003': 25, 'customer#00004': 25,
    });
  });
});

describe('runLoad — a poison record (LoadSpec.poisonRecords), against dynalite', () => {
  it('GIVEN poisonRecords [3] WHEN 10 items are written THEN order#000000000003 has its amount as the text "12,50" (S) and every other order a number (N)', async () => {
    const table = await freshTable();
    await runLoad({ table, items: 10, keys: 5, itemSizeBytes: 200, poisonRecords: [3] }, { client: local.client });
    const scan = await local.client.send(new ScanCommand({ TableName: table, ProjectionExpression: 'sk, totalCents' }));
    const amounts = Object.fromEntries((scan.Items ?? []).map((item) => [item.sk!.S!, item.totalCents]));
    expect(amounts['order#000000000003']).toEqual({ S: '12,50' });
    expect(Object.entries(amounts).filter(([sk]) => sk !== 'order#000000000003').every(([, v]) => v?.N !== undefined)).toBe(true);
  });
});

describe('checkTableExists against dynalite', () => {
  it('GIVEN no such table WHEN checked THEN table_not_found names the table and the endpoint', async () => {
    await expect(checkTableExists(local.client, 'missing-table', local.endpoint)).rejects.toMatchObject({
      issue: { code: 'table_not_found', table: 'missing-table', endpoint: local.endpoint },
    });
  });

  it('GIVEN an existing table WHEN checked THEN it is ACTIVE', async () => {
    const table = await freshTable();
    await expect(checkTableExists(local.client, table)).resolves.toEqual({ status: 'ACTIVE' });
  });
});
