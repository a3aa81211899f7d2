// Lab 07 — almost no load, and one bad order. Used by `npx workshop run 07` (local engine) and
// `npx workshop run 07 --target aws` (real writes to the source table).
import { minutes } from '../../workshop/src/index.js';
import type { LoadSpec } from '../../workshop/src/index.js';

export const load: LoadSpec = {
  // 5 writes per second: a fraction of what lab 05's consumer keeps up with.
  profile: { kind: 'constant', ratePerSecond: 5 },
  // 10 minutes: 3,000 orders.
  duration: minutes(10),
  keys: 100,
  itemSizeBytes: 400,
  // Order number 600 (order#000000000600, written about 2 minutes in) arrives malformed: its amount is the text "12,50"
  // where a number belongs. The same record is poisoned locally and on AWS.
  poisonRecords: [600],
};
