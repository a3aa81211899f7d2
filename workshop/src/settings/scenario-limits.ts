import { ITEM_SIZE_RANGE } from './item-size-range.js';

/**
 * The ranges of a scenario's own numbers (the consumer settings have theirs in `aws-limits.ts`).
 * They are the engine's limits, not AWS's: chosen so a run stays exact (sequence numbers keep microsecond
 * order) and fits in a browser tab.
 */
export const SCENARIO_LIMITS = {
  /** Shards of the stream; shards × ParallelizationFactor stays within the default 1,000 concurrency. */
  shards: { min: 1, max: 100 },
  /** Distinct partition keys. */
  keys: { min: 1, max: 1_000_000 },
  /** Writes per second at any moment. */
  ratePerSecond: { min: 0, max: 100_000 },
  /** Share of writes to the hottest key. */
  hotKeyShare: { min: 0, max: 1 },
  /** Share of a BatchWriteItem handed back unprocessed: below 1, or a retrying handler would retry forever. */
  unprocessedShare: { min: 0, max: 0.9 },
  /** Item size: from what an order's own attributes take up to DynamoDB's 400 KB (see `item-size-range.ts`). */
  itemSizeBytes: ITEM_SIZE_RANGE,
  /** How long the producer writes, and how long the run lasts: up to 7 days (the longest maxRecordAge). */
  durationSeconds: { min: 1, max: 604_800, unit: 'seconds' },
  peakHour: { min: 0, max: 23 },
  /** A poison record's order number (`LoadSpec.poisonRecords`). */
  recordNumber: { min: 0, max: Number.MAX_SAFE_INTEGER },
  seed: { min: 0, max: 4_294_967_295 },
} as const;
