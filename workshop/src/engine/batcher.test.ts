import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { seconds } from '../settings/duration.js';
import { BATCH_TAKEN, batchRecordLimit, takeBatch } from './batcher.js';
import { DEFAULT_ENGINE_ASSUMPTIONS } from './engine-assumptions.js';
import { EsmLane } from './esm-lane.js';
import { LaneStream } from './lane-stream.js';
import { buildArrivalCurve } from './producer.js';
import { buildStreamLayout } from './stream-layout.js';

const settings = (batchSize: number, window = 0) => resolveConsumerSettings({ startingPosition: 'TRIM_HORIZON', batchSize, maxBatchingWindow: seconds(window) });
// 100 records/s on one lane: record k arrives at (k + 1) × 10 ms.
const lane = () => new EsmLane(new LaneStream(buildArrivalCurve({ kind: 'constant', ratePerSecond: 100 }, 60), buildStreamLayout(10, 0, 1, 1), 0, 1, 200));

describe('batchRecordLimit', () => {
  it('GIVEN BatchSize 10,000 and 200-byte items WHEN limited THEN 10,000 (6 MB holds 31,457)', () => {
    expect(batchRecordLimit(settings(10_000), 200, DEFAULT_ENGINE_ASSUMPTIONS)).toBe(10_000);
  });

  it('GIVEN BatchSize 10,000 and 400 KB items WHEN limited THEN 15 (the 6 MB payload cap)', () => {
    expect(batchRecordLimit(settings(10_000), 409_600, DEFAULT_ENGINE_ASSUMPTIONS)).toBe(15);
  });

  it('GIVEN the UNCERTAIN one-GetRecords assumption and no window WHEN limited THEN 1,000 records (or 1 MB)', () => {
    const one = { ...DEFAULT_ENGINE_ASSUMPTIONS, oneGetRecordsPerBatchWithoutWindow: true };
    expect(batchRecordLimit(settings(10_000), 200, one)).toBe(1_000);
    expect(batchRecordLimit(settings(10_000), 2_000, one)).toBe(524);
    expect(batchRecordLimit(settings(10_000, 1), 200, one)).toBe(10_000);
  });
});

describe('takeBatch', () => {
  it('GIVEN no window and 25 records arrived by 250 ms WHEN taken with BatchSize 100 THEN one batch of 25 at once', () => {
    const l = lane();
    expect(takeBatch(l, 250, { limit: 100, windowMs: 0, pollMs: 250 })).toBe(BATCH_TAKEN);
    expect(l.ranges).toEqual([{ start: 0, end: 25, retries: 0 }]);
    expect(l.readPointer).toBe(25);
  });

  it('GIVEN 25 records arrived WHEN BatchSize is 10 THEN the batch holds 10', () => {
    const l = lane();
    takeBatch(l, 250, { limit: 10, windowMs: 0, pollMs: 250 });
    expect(l.ranges).toEqual([{ start: 0, end: 10, retries: 0 }]);
  });

  it('GIVEN nothing arrived yet WHEN taken THEN wait for the poll after the first arrival (10 ms → 250 ms)', () => {
    expect(takeBatch(lane(), 0, { limit: 10, windowMs: 0, pollMs: 250 })).toBe(250);
  });

  it('GIVEN a 2 s window and BatchSize 100 WHEN records trickle in THEN wait until the batch fills (1,000 ms), not the window end', () => {
    const l = lane();
    expect(takeBatch(l, 250, { limit: 100, windowMs: 2_000, pollMs: 250 })).toBe(1_000);
    expect(takeBatch(l, 1_000, { limit: 100, windowMs: 2_000, pollMs: 250 })).toBe(BATCH_TAKEN);
    expect(l.ranges[0]).toEqual({ start: 0, end: 100, retries: 0 });
  });

  it('GIVEN a 1 s window opened at 250 ms and BatchSize 1,000 WHEN it expires at 1,250 ms THEN the 125 records so far are sent', () => {
    const l = lane();
    expect(takeBatch(l, 250, { limit: 1_000, windowMs: 1_000, pollMs: 250 })).toBe(1_250);
    expect(takeBatch(l, 1_250, { limit: 1_000, windowMs: 1_000, pollMs: 250 })).toBe(BATCH_TAKEN);
    expect(l.ranges[0]).toEqual({ start: 0, end: 125, retries: 0 });
  });
});
