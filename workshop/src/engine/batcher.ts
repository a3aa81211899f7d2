import { AWS_FACTS } from '../settings/aws-limits.js';
import type { ConsumerSettings } from '../settings/consumer-settings.js';
import type { EngineAssumptions } from './engine-assumptions.js';
import type { EsmLane } from './esm-lane.js';
import { nextPollAfter } from './poll-schedule.js';

/**
 * Most records one batch may hold: BatchSize, within the 6 MB synchronous payload; and, when the
 * [UNCERTAIN] assumption is on and there is no batching window, within one GetRecords call (1,000 / 1 MB).
 */
export function batchRecordLimit(settings: ConsumerSettings, itemSizeBytes: number, assumptions: EngineAssumptions): number {
  let limit = Math.min(settings.batchSize, Math.floor(AWS_FACTS.invocationPayloadMaxBytes / itemSizeBytes));
  if (assumptions.oneGetRecordsPerBatchWithoutWindow && settings.maxBatchingWindow.seconds === 0) {
    limit = Math.min(limit, AWS_FACTS.getRecordsMaxRecords, Math.floor(AWS_FACTS.getRecordsMaxBytes / itemSizeBytes));
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
