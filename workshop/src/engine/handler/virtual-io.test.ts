import { describe, expect, it } from 'vitest';
import type { ResultItem } from '../../runtime/consumer-io.js';
import { createVirtualIO, type IoTally, ValidationException } from './virtual-io.js';
import { runInVirtualTime, VirtualTimeline } from './virtual-time-bridge.js';

const item = (i: number): ResultItem => ({ pk: `customer#${i}`, sk: `order#${i}`, total: i });

/** Runs `work` with a fresh virtual IO from t=0; resolves with the outcome and the tally. */
async function withIO(work: (io: ReturnType<typeof createVirtualIO>) => Promise<unknown>, latency = {}, random?: () => number) {
  const timeline = new VirtualTimeline();
  timeline.reset(0);
  const tally: IoTally = { itemsWritten: 0, requests: 0, unprocessed: 0 };
  const io = createVirtualIO(timeline, latency, tally, random);
  const outcome = await runInVirtualTime(timeline, Infinity, () => work(io));
  return { outcome, tally };
}

describe('createVirtualIO', () => {
  it('GIVEN the default model WHEN one item is put THEN it takes 8 ms and counts 1 item', async () => {
    const { outcome, tally } = await withIO((io) => io.putResult(item(1)));
    expect(outcome.endMs).toBe(8);
    expect(tally).toEqual({ itemsWritten: 1, requests: 1, unprocessed: 0 });
  });

  it('GIVEN an unprocessed share of 0.3 and draws 0.1, 0.5, 0.2, 0.9 WHEN 4 items are batch-written THEN the 1st and 3rd come back unprocessed', async () => {
    const draws = [0.1, 0.5, 0.2, 0.9];
    const { outcome, tally } = await withIO((io) => io.putResults([item(1), item(2), item(3), item(4)]), { unprocessedShare: 0.3 }, () => draws.shift()!);
    expect(outcome).toMatchObject({ kind: 'returned', value: [item(1), item(3)] });
    expect(tally).toEqual({ itemsWritten: 2, requests: 1, unprocessed: 2 });
  });

  it('GIVEN the default model WHEN 25 items are batch-written THEN it takes 12 + 25 × 0.4 = 22 ms and nothing is left unprocessed', async () => {
    const { outcome, tally } = await withIO((io) => io.putResults(Array.from({ length: 25 }, (_, i) => item(i))));
    expect(outcome).toEqual({ kind: 'returned', value: [], endMs: 22 });
    expect(tally.itemsWritten).toBe(25);
  });

  it('GIVEN 26 items WHEN batch-written THEN it is refused like DynamoDB (ValidationException after one round trip), nothing written', async () => {
    const { outcome, tally } = await withIO((io) => io.putResults(Array.from({ length: 26 }, (_, i) => item(i))));
    expect(outcome.kind).toBe('threw');
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ name: 'ValidationException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect((error as Error).message).toContain('less than or equal to 25');
    expect(outcome.endMs).toBe(12);
    expect(tally.itemsWritten).toBe(0);
  });

  it('GIVEN an empty batch WHEN batch-written THEN it is refused (BatchWriteItem needs 1–25 items)', async () => {
    const { outcome } = await withIO((io) => io.putResults([]));
    expect((outcome as { error: unknown }).error).toBeInstanceOf(ValidationException);
  });

  it('GIVEN two items with the same keys in one batch WHEN batch-written THEN it is refused as duplicates', async () => {
    const { outcome, tally } = await withIO((io) => io.putResults([item(1), item(1)]));
    expect((outcome as { error: Error }).error.message).toBe('Provided list of item keys contains duplicates');
    expect(tally.itemsWritten).toBe(0);
  });

  it('GIVEN an item without sk or with an empty pk WHEN put THEN it is refused naming the key', async () => {
    const missing = await withIO((io) => io.putResult({ pk: 'customer#1' } as unknown as ResultItem));
    expect((missing.outcome as { error: Error }).error.message).toContain('Missing the key sk');
    const empty = await withIO((io) => io.putResult({ pk: '', sk: 'x' }));
    expect((empty.outcome as { error: Error }).error.message).toContain('empty string value. Key: pk');
  });

  it('GIVEN a custom model WHEN used THEN its latencies apply (put 2 ms; batch of 10 = 5 + 10 × 1 ms)', async () => {
    const { outcome } = await withIO(async (io) => {
      await io.putResult(item(1));
      await io.putResults(Array.from({ length: 10 }, (_, i) => item(i)));
    }, { putItemMs: 2, batchWriteBaseMs: 5, batchWritePerItemMs: 1 });
    expect(outcome.endMs).toBe(17);
  });

  it('GIVEN sleep(250) and sleep(-5) WHEN awaited THEN they take 250 ms and 0 ms of virtual time', async () => {
    const { outcome } = await withIO(async (io) => {
      await io.sleep(250);
      await io.sleep(-5);
    });
    expect(outcome.endMs).toBe(250);
  });
});
