import { AWS_FACTS } from '../settings/aws-limits.js';
import type { ConsumerSettings } from '../settings/consumer-settings.js';
import type { EngineAssumptions } from './engine-assumptions.js';
import type { EsmLane } from './esm-lane.js';
import { EVENT_ENVELOPE_BYTES, type RecordSizes } from './handler/record-sizes.js';
import { nextPollAfter } from './poll-schedule.js';

/**
 * Most records one batch may hold, from the run's largest record (`measureRecordSizes`, built by the event builder):
 * - BatchSize (the setting).
 * - AWS fact (aws-facts §A/§E [QUOTAS]): a synchronous invocation's payload is at most 6 MB (6,291,456 bytes), and
 *   the payload is the event's JSON: `{"Records":[…]}` with every record's type wrappers, base64 binaries and
 *   metadata — not the item size. Engine's assumption: a batch is cut at the count of records that fits when every
 *   record is as large as the run's largest (AWS counts the actual records, so a batch of smaller ones may hold more).
 * - Only when the [UNCERTAIN] `oneGetRecordsPerBatchWithoutWindow` assumption is on and there is no batching window:
 *   what one GetRecords call returns. AWS fact (§C [DDBS-API]): at most 1,000 records or 1 MB per call. Engine's
 *   assumption: the 1 MB counts the records' `SizeBytes` (the stream record size AWS reports), as `stream-reader.ts`
 *   does for its GetRecords.
 */
export function batchRecordLimit(settings: ConsumerSettings, sizes: RecordSizes, assumptions: EngineAssumptions): number {
  const payload = Math.floor((AWS_FACTS.invocationPayloadMaxBytes - EVENT_ENVELOPE_BYTES + 1) / (sizes.maxJsonBytes + 1)); // + 1: the comma
  let limit = Math.min(settings.batchSize, payload);
  if (assumptions.oneGetRecordsPerBatchWithoutWindow && settings.maxBatchingWindow.seconds === 0) {
    limit = Math.min(limit, AWS_FACTS.getRecordsMaxRecords, Math.floor(AWS_FACTS.getRecordsMaxBytes / sizes.maxSizeBytes));
  }
  return Math.max(1, limit);
}

export interface BatchingRules {
  /** From `batchRecordLimit`. */
  readonly limit: number;
  /** MaximumBatchingWindowInSeconds, in ms. */
  readonly windowMs: number;
  readonly pollMs: number;
}

/** `takeBatch` took a batch. */
export const BATCH_TAKEN = -1;

/**
 * Forms the lane's next batch from the records that have arrived by `now`. Lambda sends a batch when it is
 * full (the limit), when the batching window expires, or at once when there is no window. The window opens
 * at the first poll that finds records once the lane is free (so "the next window starts when the previous
 * invocation ends").
 * @returns BATCH_TAKEN (the batch is pushed on `lane.ranges`), or the time to look again (Infinity: never).
 */
export function takeBatch(lane: EsmLane, now: number, rules: BatchingRules): number {
  const stream = lane.stream;
  const available = stream.countAt(now) - lane.readPointer;
  if (available <= 0) {
    lane.windowStartMs = -1;
    return nextPollAfter(now, stream.arrivalOf(lane.readPointer), rules.pollMs);
  }
  if (rules.windowMs > 0 && available < rules.limit) {
    if (lane.windowStartMs < 0) lane.windowStartMs = now;
    const windowEnd = lane.windowStartMs + rules.windowMs;
    if (now < windowEnd) return Math.min(windowEnd, nextPollAfter(now, stream.arrivalOf(lane.readPointer + rules.limit - 1), rules.pollMs));
  }
  lane.windowStartMs = -1;
  const take = Math.min(available, rules.limit);
  lane.ranges.push({ start: lane.readPointer, end: lane.readPointer + take, retries: 0 });
  lane.readPointer += take;
  return BATCH_TAKEN;
}
