import { AWS_FACTS } from '../../../../workshop/src/settings/aws-limits.js';
import type { ParamValues } from './playground-params';

/** Up to this long between the end of a batch and the next poll of the shard (4 polls per second). */
export const MAX_POLL_GAP_MS = 1000 / AWS_FACTS.pollsPerSecond;

export interface CapacityEstimate {
  /** Duration of one full batch under the cost model (ms). */
  readonly batchDurationMs: number;
  /** Records/s if the next poll came at once (upper bound). */
  readonly bestPerSecond: number;
  /** Records/s with the full poll gap after every batch (lower bound). */
  readonly worstPerSecond: number;
  /** Concurrent invocations: shards × parallelization factor. */
  readonly concurrency: number;
  /** How the write rate compares: 'below' the lower bound, 'above' the upper bound, or 'near' in between. */
  readonly verdict: 'below' | 'near' | 'above';
  /** Writes/s to the hottest key, and whether they outrun the one lane that key's records must go through. */
  readonly hotKey?: { readonly perSecond: number; readonly laneBestPerSecond: number; readonly outruns: boolean };
}

/**
 * The capacity page's formula: records/s ≈ shards × PF × batch ÷ (batch duration + poll gap of 0 to 0.25 s).
 * Assumes full batches, evenly spread keys and no errors — the simulation shows the rest. With a hot key, also
 * compares that key's writes with what the single lane carrying them can process.
 */
export function estimateCapacity(values: ParamValues): CapacityEstimate {
  const batchDurationMs = values.fixedMs + values.perRecordMs * values.batchSize;
  const concurrency = values.shards * values.parallelizationFactor;
  const perBatch = concurrency * values.batchSize * 1000;
  const bestPerSecond = perBatch / Math.max(batchDurationMs, 1e-6);
  const worstPerSecond = perBatch / (batchDurationMs + MAX_POLL_GAP_MS);
  const verdict = values.rate < worstPerSecond ? 'below' : values.rate > bestPerSecond ? 'above' : 'near';
  // Records of one key stay in order, so they all go through one lane, whatever the parallelization factor.
  const hotPerSecond = (values.rate * values.hotKeyPercent) / 100;
  const laneBestPerSecond = (values.batchSize * 1000) / Math.max(batchDurationMs, 1e-6);
  return {
    batchDurationMs, bestPerSecond, worstPerSecond, concurrency, verdict,
    ...(values.hotKeyPercent > 0 ? { hotKey: { perSecond: hotPerSecond, laneBestPerSecond, outruns: hotPerSecond > laneBestPerSecond } } : {}),
  };
}
