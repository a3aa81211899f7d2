import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { seconds } from '../settings/duration.js';
import { BATCH_TAKEN, batchRecordLimit, takeBatch } from './batcher.js';
import { DEFAULT_ENGINE_ASSUMPTIONS } from './engine-assumptions.js';
import { measureRecordSizes } from './handler/record-sizes.js';
import { buildStreamEvent } from './handler/stream-event-builder.js';
import { AWS_FACTS } from '../settings/aws-limits.js';
import { EsmLane } from './esm-lane.js';
import { LaneStream } from './lane-stream.js';
import { buildArrivalCurve } from './producer.js';
import { buildStreamLayout } from './stream-layout.js';

const settings = (batchSize: number, window = 0) => resolveConsumerSettings({ startingPosition: 'TRIM_HORIZON', batchSize, maxBatchingWindow: seconds(window) });
// 100 records/s on one lane: record k arrives at (k + 1) × 10 ms.
const lane = () => new EsmLane(new LaneStream(buildArrivalCurve({ kind: 'constant', ratePerSecond: 100 }, 60), buildStreamLayout(10, 0, 1, 1), 0, 1, 400));

describe('batchRecordLimit — from the records the event builder makes (6 MB of JSON; 1 MB of SizeBytes)', () => {
  const both = (size: number) => measureRecordSizes(size, 1_000, { streamViewType: 'NEW_AND_OLD_IMAGES' });

  it('GIVEN 400-byte items with both images WHEN measured THEN a MODIFY is 836 bytes of SizeBytes and 1,982 bytes of JSON (2.4× the item sizes)', () => {
    expect(both(400)).toEqual({ maxSizeBytes: 836, maxJsonBytes: 1_982 });
  });

  it('GIVEN BatchSize 10,000 and 400-byte items WHEN limited THEN 3,172 records: 6 MB of event JSON, not 6 MB ÷ 400 (15,728)', () => {
    expect(batchRecordLimit(settings(10_000), both(400), DEFAULT_ENGINE_ASSUMPTIONS)).toBe(3_172);
    expect(batchRecordLimit(settings(1_000), both(400), DEFAULT_ENGINE_ASSUMPTIONS)).toBe(1_000);
  });

  it('GIVEN 400 KB items WHEN limited THEN 5 records with both images (two base64 images of 546 KB each), 11 with NEW_IMAGE; it used to say 15', () => {
    expect(batchRecordLimit(settings(10_000), both(409_600), DEFAULT_ENGINE_ASSUMPTIONS)).toBe(5);
    expect(batchRecordLimit(settings(10_000), measureRecordSizes(409_600, 1_000, { streamViewType: 'NEW_IMAGE' }), DEFAULT_ENGINE_ASSUMPTIONS)).toBe(11);
  });

  it('GIVEN the limit for 400 KB MODIFYs WHEN that many are built into one event THEN its JSON fits in 6 MB, and one more does not', () => {
    const limit = batchRecordLimit(settings(10_000), both(409_600), DEFAULT_ENGINE_ASSUMPTIONS);
    const records = (n: number) => Array.from({ length: n }, (_, k) => ({
      sequenceNumber: String(k).padStart(21, '0'), shardId: 'shardId-00000001700000000000-00000000', keyIndex: 999, index: k, eventName: 'MODIFY' as const, arrivalMs: k, sizeBytes: 409_600,
    }));
    const jsonBytes = (n: number) => new TextEncoder().encode(JSON.stringify(buildStreamEvent(records(n)))).length;
    expect(jsonBytes(limit)).toBeLessThanOrEqual(AWS_FACTS.invocationPayloadMaxBytes);
    expect(jsonBytes(limit + 1)).toBeGreaterThan(AWS_FACTS.invocationPayloadMaxBytes);
  });

  it('GIVEN the UNCERTAIN one-GetRecords assumption and no window WHEN limited THEN 1,000 records, or 1 MB of SizeBytes (a MODIFY carries both images)', () => {
    const one = { ...DEFAULT_ENGINE_ASSUMPTIONS, oneGetRecordsPerBatchWithoutWindow: true };
    expect(batchRecordLimit(settings(10_000), both(400), one)).toBe(1_000);
    expect(batchRecordLimit(settings(10_000), both(2_000), one)).toBe(259); // 1,048,576 ÷ 4,036
    expect(batchRecordLimit(settings(10_000), both(409_600), one)).toBe(1); // 819,236 bytes: one record per call
    expect(batchRecordLimit(settings(10_000, 1), both(400), one)).toBe(3_172);
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
