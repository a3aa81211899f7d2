import type { LoadSpec } from '../../settings/load-profile.js';
import { hours } from '../../settings/duration.js';
import type { Scenario } from '../scenario.js';

/**
 * The seed incident, replayed at the article's scale: an order table whose stream carries a business day —
 * about 250 writes/s on average (≈ 21.6 million records a day), from 100/s at night to 400/s in the
 * afternoon. The run starts at 08:00 and lasts 30 simulated hours, so the afternoon peak (14:00) comes
 * 6 hours in, and again 30 hours in.
 */
const businessDay: LoadSpec = {
  profile: { kind: 'daily', basePerSecond: 100, peakPerSecond: 400, peakHour: 6 },
  duration: hours(30),
  keys: 50_000,
  itemSizeBytes: 800,
};

/**
 * Before: the defaults (BatchSize 100, ParallelizationFactor 1) and a handler that writes its results one
 * record at a time (≈ 30 ms each, plus 25 ms per invocation) → at most ~33 records/s per shard.
 * The stream outruns it all day: IteratorAge climbs for hours, and once it passes 24 hours the stream's
 * retention trims records nobody processed — they are lost.
 */
export const incidentBefore: Scenario = {
  seed: 2020,
  load: businessDay,
  shards: 1,
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100, parallelizationFactor: 1 },
  function: { kind: 'cost', fixedMs: 25, perRecordMs: 30 },
};

/**
 * After the fix: BatchSize 1,000, ParallelizationFactor 10, and a batch-friendly handler (results written
 * 25 at a time with BatchWriteItem, 10 requests in flight: ≈ 40 ms + 12 ms per round of 250 records).
 * Capacity is now far above the peak, so IteratorAge stays under a second.
 */
export const incidentAfter: Scenario = {
  ...incidentBefore,
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 1_000, parallelizationFactor: 10 },
  function: { kind: 'cost', fixedMs: 40, perRecordMs: 12, concurrency: 250 },
};
