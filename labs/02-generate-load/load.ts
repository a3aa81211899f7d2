// Lab 02 — a load that outruns the consumer of lab 01. Used by `npx workshop run 02` (local engine)
// and `npx workshop run 02 --target aws` (real writes to the source table).
import { minutes } from '../../workshop/src/index.js';
import type { LoadSpec } from '../../workshop/src/index.js';

export const load: LoadSpec = {
  // TODO: how many records per second can the consumer of lab 01 handle? (One batch of 100 takes
  // 100 PutItem calls of ≈ 8 ms each plus ≈ 5 ms, and the next batch starts at the shard's next poll,
  // every 250 ms.) Choose a rate well above it.
  profile: { kind: 'constant', ratePerSecond: 50 },
  // Keep the AWS run short and cheap: at most 10 minutes and 300 writes per second (≈ $0.23 with the
  // consumer's results rows, inside the default --max-cost of $0.25).
  duration: minutes(10),
  // Many customers (partition keys), none of them hot: the stream spreads them evenly.
  keys: 1_000,
  itemSizeBytes: 200,
};
