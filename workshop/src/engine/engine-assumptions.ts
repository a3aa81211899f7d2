import { AWS_FACTS } from '../settings/aws-limits.js';

/**
 * What the engine assumes where AWS publishes no number, or where the facts sheet says UNCERTAIN.
 * Each one is an option so a test, a lab or the site can show how much it matters.
 */
export interface EngineAssumptions {
  /** Gap between polls of an idle lane. AWS: each shard is polled 4 times a second. @default 250 */
  readonly pollIntervalMs: number;
  /**
   * Delay before retrying a failed or throttled batch, doubled after each consecutive failure up to
   * `retryMaxDelayMs`. AWS does not publish the ESM's retry timing. @default 1000
   */
  readonly retryBaseDelayMs: number;
  /** Upper bound of the retry delay. @default 60000 */
  readonly retryMaxDelayMs: number;
  /**
   * [UNCERTAIN] With a batching window of 0, is a batch limited to what one GetRecords call returns
   * (1,000 records / 1 MB)? AWS does not say. `false` lets a batch reach BatchSize (several GetRecords).
   * @default false
   */
  readonly oneGetRecordsPerBatchWithoutWindow: boolean;
  /**
   * [UNCERTAIN] When the lane polls again after an invocation returns. AWS: "Lambda polls shards … at a base
   * rate of 4 times per second … If processing succeeds, Lambda resumes polling". `'next-poll'`: at the shard's
   * next regular poll (every `pollIntervalMs` from the start), so a busy lane waits up to 0.25 s between
   * batches — the facts sheet's throughput estimate. `'immediate'`: polls the moment the invocation returns.
   * @default 'next-poll'
   */
  readonly pollAfterInvocation: 'next-poll' | 'immediate';
  /** Shortest invocation (Lambda bills at least 1 ms); also keeps virtual time moving. @default 1 */
  readonly minimumDurationMs: number;
}

export const DEFAULT_ENGINE_ASSUMPTIONS: EngineAssumptions = {
  pollIntervalMs: 1000 / AWS_FACTS.pollsPerSecond,
  retryBaseDelayMs: 1_000,
  retryMaxDelayMs: 60_000,
  oneGetRecordsPerBatchWithoutWindow: false,
  pollAfterInvocation: 'next-poll',
  minimumDurationMs: 1,
};

/** Delay before attempt number `streak + 1` after `streak` consecutive failures (streak ≥ 1). */
export function retryDelayMs(assumptions: EngineAssumptions, streak: number): number {
  const doubled = assumptions.retryBaseDelayMs * 2 ** Math.min(30, Math.max(0, streak - 1));
  return Math.min(assumptions.retryMaxDelayMs, doubled);
}
