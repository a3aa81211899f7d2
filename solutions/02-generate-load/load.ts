// Lab 02 — a load that outruns the consumer of lab 01. Used by `npx workshop run 02` (local engine)
// and `npx workshop run 02 --target aws` (real writes to the source table).
import { minutes } from '../../workshop/src/index.js';
import type { LoadSpec } from '../../workshop/src/index.js';

export const load: LoadSpec = {
  // The consumer of lab 01 handles ≈ 124 records/s: a batch of 100 takes 100 × 8 ms + ≈ 5 ms = 805 ms, and
  // while there is a backlog the next one starts as soon as it returns (AWS: batches run back to back).
  // 200 writes/s is well above that, so the backlog grows by ≈ 76 records every second.
  profile: { kind: 'constant', ratePerSecond: 200 },
  // 10 minutes: 120,000 writes of ≤ 1 KB, ≈ $0.075 of on-demand writes on AWS (us-east-1), and as much again
  // for the consumer's results rows: ≈ $0.15 a run.
  duration: minutes(10),
  // Many customers (partition keys), none of them hot: the stream spreads them evenly.
  keys: 1_000,
  itemSizeBytes: 400,
};
