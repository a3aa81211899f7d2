// Lab 05 — more lanes per shard: ParallelizationFactor, the article's second change.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  batchSize: 1_000,
  // Up to 10 batches of the same shard in flight at once (the maximum). Records are split by partition
  // key, so each customer's changes still arrive in order; different customers run side by side.
  // A hot customer still goes through a single lane, which is what limits the gain.
  parallelizationFactor: 10,
};
