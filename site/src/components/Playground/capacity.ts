import type { ParamValues } from './playground-params';

/** How close to the capacity the write rate may come before the verdict says "near" (share of the capacity). */
export const NEAR_CAPACITY_SHARE = 0.9;

export interface CapacityEstimate {
  /** Duration of one full batch under the cost model (ms). */
  readonly batchDurationMs: number;
  /** Records/s while there is a backlog: full batches back to back (the next one as soon as the previous returns). */
  readonly bestPerSecond: number;
  /** Concurrent invocations: shards × parallelization factor. */
  readonly concurrency: number;
  /** How the write rate compares: 'below' 90 % of the capacity, 'above' it, or 'near' in between. */
  readonly verdict: 'below' | 'near' | 'above';
  /** Writes/s to the hottest key, and whether they outrun the one lane that key's records must go through. */
  readonly hotKey?: { readonly perSecond: number; readonly laneBestPerSecond: number; readonly outruns: boolean };
}

/**
 * The capacity page's formula: records/s ≈ shards × PF × batch ÷ batch duration. While a shard has a backlog,
 * batches run back to back (facts sheet §A "Polling"); the 4-per-second poll only delays a consumer that caught up.
 * Assumes full batches, evenly spread keys and no errors — the simulation shows the rest. With a hot key, also
 * compares that key's writes with what the single lane carrying them can process.
 */
export function estimateCapacity(values: ParamValues): CapacityEstimate {
  const batchDurationMs = values.fixedMs + values.perRecordMs * values.batchSize;
  const concurrency = values.shards * values.parallelizationFactor;
  const perBatch = concurrency * values.batchSize * 1000;
  const bestPerSecond = perBatch / Math.max(batchDurationMs, 1e-6);
  const verdict = values.rate < NEAR_CAPACITY_SHARE * bestPerSecond ? 'below' : values.rate > bestPerSecond ? 'above' : 'near';
  // Records of one key stay in order, so they all go through one lane, whatever the parallelization factor.
  const hotPerSecond = (values.rate * values.hotKeyPercent) / 100;
  const laneBestPerSecond = (values.batchSize * 1000) / Math.max(batchDurationMs, 1e-6);
  return {
    batchDurationMs, bestPerSecond, concurrency, verdict,
    ...(values.hotKeyPercent > 0 ? { hotKey: { perSecond: hotPerSecond, laneBestPerSecond, outruns: hotPerSecond > laneBestPerSecond } } : {}),
  };
}
