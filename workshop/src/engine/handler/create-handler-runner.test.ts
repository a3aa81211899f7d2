import { unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import type { CreateHandler } from '../../runtime/consumer-io.js';
import { resolveConsumerSettings } from '../../settings/consumer-settings.js';
import type { StreamRecordView } from '../function-runner.js';
import { createHandlerRunner } from './create-handler-runner.js';

const settings = resolveConsumerSettings({ startingPosition: 'TRIM_HORIZON', timeout: { seconds: 1 } });

const batchOf = (n: number, firstIndex = 0): StreamRecordView[] =>
  Array.from({ length: n }, (_, i) => ({
    sequenceNumber: String(firstIndex + i + 1).padStart(21, '0'),
    shardId: 'shardId-0',
    keyIndex: (firstIndex + i) % 10,
    index: firstIndex + i,
    eventName: 'INSERT' as const,
    arrivalMs: 1000 + i,
    sizeBytes: 200,
  }));

/** A one-at-a-time handler: a PutItem per record, in sequence (the seed incident's consumer). */
const oneByOne: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) {
    const image = unmarshall(record.dynamodb!.NewImage as Parameters<typeof unmarshall>[0]);
    await io.putResult({ pk: String(image.pk), sk: String(image.sk) });
  }
};

/** Chunks of 25 written one after another; unprocessed items retried after 50 ms, up to 5 tries. */
const retryingBatches: CreateHandler = (io) => async (event) => {
  const items = event.Records.map((record) => {
    const image = unmarshall(record.dynamodb!.NewImage as Parameters<typeof unmarshall>[0]);
    return { pk: String(image.pk), sk: String(image.sk) };
  });
  for (let i = 0; i < items.length; i += 25) {
    let pending = items.slice(i, i + 25);
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > 5) throw new Error(`${pending.length} items unprocessed`);
      if (attempt > 1) await io.sleep(50);
      pending = [...(await io.putResults(pending))];
    }
  }
};

describe('createHandlerRunner (real handler code, virtual time)', () => {
  it("GIVEN the table's stream view type WHEN invoked THEN the handler's events carry the images it sets", async () => {
    const seen: string[] = [];
    const spy: CreateHandler = () => async (event) => {
      for (const record of event.Records) seen.push(`${record.dynamodb!.StreamViewType}:${Object.keys(record.dynamodb!).filter((k) => k.endsWith('Image')).join('+')}`);
    };
    const modify = batchOf(1).map((view) => ({ ...view, eventName: 'MODIFY' as const }));
    for (const streamViewType of ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'] as const) {
      await createHandlerRunner({ kind: 'handler', createHandler: spy }, settings, 1, { streamViewType }).invoke(modify, 0);
    }
    await createHandlerRunner({ kind: 'handler', createHandler: spy }, settings, 1).invoke(modify, 0);
    expect(seen).toEqual(['KEYS_ONLY:', 'NEW_IMAGE:NewImage', 'OLD_IMAGE:OldImage', 'NEW_AND_OLD_IMAGES:NewImage+OldImage', 'NEW_AND_OLD_IMAGES:NewImage+OldImage']);
  });

  it('GIVEN 10 records and a one-by-one handler WHEN invoked THEN Duration = 10 × 8 ms + 5 ms overhead and 10 items are written', async () => {
    const runner = createHandlerRunner({ kind: 'handler', createHandler: oneByOne }, settings, 1);
    expect(await runner.invoke(batchOf(10), 60_000)).toEqual({ outcome: 'success', durationMs: 85 });
    expect(runner.itemsWritten).toBe(10);
  });

  it('GIVEN a handler WHEN invoked THEN it receives the batch as a DynamoDB stream event in sequence order', async () => {
    const seen: string[] = [];
    const spy: CreateHandler = () => async (event) => {
      for (const r of event.Records) seen.push(`${r.eventSource}:${r.dynamodb!.SequenceNumber}:${r.dynamodb!.Keys!.pk!.S}`);
    };
    await createHandlerRunner({ kind: 'handler', createHandler: spy }, settings, 1).invoke(batchOf(2, 4), 0);
    expect(seen).toEqual(['aws:dynamodb:000000000000000000005:customer#00004', 'aws:dynamodb:000000000000000000006:customer#00005']);
  });

  it('GIVEN a handler that throws after one write WHEN invoked THEN the outcome is error with the time spent', async () => {
    const failing: CreateHandler = (io) => async () => {
      await io.putResult({ pk: 'a', sk: 'b' });
      throw new Error('poison record');
    };
    const runner = createHandlerRunner({ kind: 'handler', createHandler: failing, overheadMs: 2 }, settings, 1);
    expect(await runner.invoke(batchOf(3), 0)).toEqual({ outcome: 'error', durationMs: 10 });
  });

  it('GIVEN 200 sequential writes (1.6 s) and a 1 s timeout WHEN invoked THEN it times out at 1,000 ms and the environment is replaced', async () => {
    const runner = createHandlerRunner({ kind: 'handler', createHandler: oneByOne }, settings, 1);
    expect(await runner.invoke(batchOf(200), 0)).toEqual({ outcome: 'timeout', durationMs: 1000 });
    expect(runner.itemsWritten).toBeLessThan(200);
    await runner.invoke(batchOf(1), 5000);
    expect(runner.environmentsCreated).toBe(2);
  });

  it('GIVEN a handler that waits on a promise nobody settles WHEN invoked THEN it is reported as a timeout', async () => {
    const stuck: CreateHandler = () => () => new Promise(() => undefined);
    const runner = createHandlerRunner({ kind: 'handler', createHandler: stuck }, settings, 1);
    expect(await runner.invoke(batchOf(1), 0)).toEqual({ outcome: 'timeout', durationMs: 1000 });
  });

  it('GIVEN a handler returning batchItemFailures WHEN invoked THEN the runner passes the sequence numbers on', async () => {
    const partial: CreateHandler = () => async (event) => ({
      batchItemFailures: [{ itemIdentifier: event.Records[1]!.dynamodb!.SequenceNumber! }, { itemIdentifier: '' }],
    });
    const result = await createHandlerRunner({ kind: 'handler', createHandler: partial }, settings, 1).invoke(batchOf(3), 0);
    expect(result).toEqual({ outcome: 'success', durationMs: 5, batchItemFailures: ['000000000000000000002', ''] });
  });

  it('GIVEN sequential invocations WHEN run THEN createHandler ran once (a warm environment is reused)', async () => {
    let inits = 0;
    const counted: CreateHandler = (io) => {
      inits += 1;
      return oneByOne(io);
    };
    const runner = createHandlerRunner({ kind: 'handler', createHandler: counted }, settings, 1);
    for (let i = 0; i < 5; i++) await runner.invoke(batchOf(2), i * 1000);
    expect(inits).toBe(1);
  });

  it('GIVEN invocations overlapping in virtual time WHEN run THEN each overlap needs its own environment, a later one reuses a free one', async () => {
    const runner = createHandlerRunner({ kind: 'handler', createHandler: oneByOne }, settings, 1);
    await runner.invoke(batchOf(10), 0); // busy until 85 ms
    await runner.invoke(batchOf(10), 50); // overlaps: a second environment
    expect(runner.environmentsCreated).toBe(2);
    await runner.invoke(batchOf(10), 200);
    expect(runner.environmentsCreated).toBe(2);
  });

  it('GIVEN two invocations in flight at once WHEN run THEN each gets its own environment and clock', async () => {
    const runner = createHandlerRunner({ kind: 'handler', createHandler: oneByOne }, settings, 1);
    const [a, b] = await Promise.all([runner.invoke(batchOf(3), 0), runner.invoke(batchOf(7), 10)]);
    expect([a.durationMs, b.durationMs]).toEqual([29, 61]);
    expect(runner.environmentsCreated).toBe(2);
  });

  it('GIVEN a createHandler that throws (module init fails) WHEN invoked THEN the outcome is error', async () => {
    const broken: CreateHandler = () => {
      throw new Error('missing env var');
    };
    expect((await createHandlerRunner({ kind: 'handler', createHandler: broken }, settings, 1).invoke(batchOf(1), 0)).outcome).toBe('error');
  });

  it('GIVEN a results table that hands back 30% of each batch unprocessed WHEN a retrying handler writes 100 records THEN all 100 land, later, and the same seed hands back the same items', async () => {
    const calm = createHandlerRunner({ kind: 'handler', createHandler: retryingBatches }, settings, 7);
    const throttled = () => createHandlerRunner({ kind: 'handler', createHandler: retryingBatches, io: { unprocessedShare: 0.3 } }, settings, 7);
    const [first, second] = [throttled(), throttled()];
    const calmResult = await calm.invoke(batchOf(100), 0);
    const firstResult = await first.invoke(batchOf(100), 0);
    expect(calmResult).toEqual({ outcome: 'success', durationMs: 4 * 22 + 5 }); // 4 chunks of 12 + 25 × 0.4 ms
    expect(firstResult.outcome).toBe('success');
    expect(firstResult.durationMs).toBeGreaterThan(calmResult.durationMs + 50); // at least one retry pause
    expect(first.itemsWritten).toBe(100);
    expect(first.itemsUnprocessed).toBeGreaterThan(10);
    expect(await second.invoke(batchOf(100), 0)).toEqual(firstResult);
    expect(second.itemsUnprocessed).toBe(first.itemsUnprocessed);
  });

  it('GIVEN an unprocessed share of 0.95 WHEN the runner is made THEN it is refused: at most 0.9, or nothing would ever be written', () => {
    expect(() => createHandlerRunner({ kind: 'handler', createHandler: retryingBatches, io: { unprocessedShare: 0.95 } }, settings, 1)).toThrow(
      'io.unprocessedShare must be between 0 and 0.9 inclusive, got 0.95.',
    );
  });

  it('GIVEN overheadMs -1 or a latency of 900,001 ms WHEN the runner is made THEN it is refused with the range', () => {
    expect(() => createHandlerRunner({ kind: 'handler', createHandler: oneByOne, overheadMs: -1 }, settings, 1)).toThrow(
      'overheadMs must be between 0 and 900,000 ms inclusive, got -1.',
    );
    expect(() => createHandlerRunner({ kind: 'handler', createHandler: oneByOne, io: { putItemMs: 900_001 } }, settings, 1)).toThrow(
      'io.putItemMs must be between 0 and 900,000 ms inclusive, got 900,001.',
    );
  });
});
