// Lab 03 — how fast does the lag grow? Estimate IteratorAge from the two rates, then compare your
// number with what `npx workshop run 03` draws.
// `npx workshop run 03 --hours 30` uses your μ (consumerRecordsPerSecond) to predict when the lag reaches the
// stream's 24 h retention, at its long run's 1,000 writes/s.
// Lab 03 builds on lab 02: it runs lab 01's consumer and lab 02's load (their reference copies).
import { consumer } from '../../solutions/01-deploy-consumer/consumer.js';
import { load } from '../../solutions/02-generate-load/load.js';

/** In the local engine each PutItem takes ≈ 8 ms, and each invocation adds ≈ 5 ms of overhead. */
const PUT_ITEM_MS = 8;
const INVOCATION_OVERHEAD_MS = 5;
/** μ: records per second the consumer processes while a backlog exists (full batches, back to back). */
export function consumerRecordsPerSecond(): number {
  const batch = consumer.batchSize ?? 100;
  // The handler writes one record at a time, so an invocation lasts batch × 8 ms + overhead (805 ms) ...
  const invocationMs = batch * PUT_ITEM_MS + INVOCATION_OVERHEAD_MS;
  // ... and while a backlog exists the next batch starts as soon as it returns (the 250 ms poll only
  // delays the first batch after the consumer caught up): ≈ 124 records/s here.
  return batch / (invocationMs / 1000);
}

/** λ: records per second the producer writes (load.ts). */
export function writeRecordsPerSecond(): number {
  if (load.profile.kind !== 'constant') throw new Error('This estimate assumes a constant load (load.ts).');
  return load.profile.ratePerSecond;
}

/**
 * IteratorAge after `elapsedSeconds` of a steady overload. At time t the consumer reaches record μ·t, which
 * was written at μ·t/λ, so its age is t − μ·t/λ = t·(1 − μ/λ): it grows in a straight line.
 * When λ ≤ μ the consumer keeps up and the age stays near zero.
 */
export function estimateIteratorAgeMs(elapsedSeconds: number): number {
  const mu = consumerRecordsPerSecond();
  const lambda = writeRecordsPerSecond();
  return lambda <= mu ? 0 : elapsedSeconds * 1000 * (1 - mu / lambda);
}
