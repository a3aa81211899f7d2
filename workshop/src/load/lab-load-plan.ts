import { buildArrivalCurve } from '../settings/arrival-curve.js';
import type { LoadSpec } from '../settings/load-profile.js';
import { estimateLoadCost, type LoadCostEstimate } from '../settings/cost-estimate.js';
import { largestSourceOrderBytes } from './item-size.js';
import type { LoadOptions } from './load-generator.js';

/** A lab's `load.ts` turned into what the real load generator writes on AWS, and what that costs. */
export interface LabLoadPlan {
  /** For `runLoad`, without the table, signal and progress callback. */
  readonly options: Omit<LoadOptions, 'table' | 'signal' | 'onProgress'>;
  /** Items over the whole run ÷ its duration. */
  readonly meanRatePerSecond: number;
  readonly durationSeconds: number;
  readonly cost: LoadCostEstimate;
}

/**
 * Plans the AWS side of a lab's load: a constant profile is paced by the token bucket, any other
 * profile along the same arrival curve the local engine replays; the item count is that curve's total.
 */
export function planLabLoad(spec: LoadSpec): LabLoadPlan {
  const durationSeconds = spec.duration.seconds;
  const itemSizeBytes = spec.itemSizeBytes ?? 400;
  const pacing = spec.profile.kind === 'constant'
    ? { ratePerSecond: spec.profile.ratePerSecond }
    : { profile: { rate: spec.profile, durationSeconds } };
  const items = Math.max(1, Math.round(buildArrivalCurve(spec.profile, durationSeconds).total));
  return {
    options: { items, ...pacing, keys: spec.keys, hotKeyShare: spec.hotKeyShare ?? 0, itemSizeBytes, ...(spec.poisonRecords?.length ? { poisonRecords: spec.poisonRecords } : {}) },
    meanRatePerSecond: items / durationSeconds,
    durationSeconds,
    cost: estimateLoadCost({ items, itemSizeBytes: largestSourceOrderBytes(itemSizeBytes, spec.keys) }),
  };
}
