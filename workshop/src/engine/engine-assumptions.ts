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
   * When a lane sends its next batch after an invocation returns. AWS facts sheet §A "Polling" and §E:
   * while a shard has a backlog, Lambda sends the next batch as soon as the previous invocation returns
   * ("When more records are available, Lambda keeps processing batches until the function catches up with
   * the stream", Lambda guide, with-kinesis.html; with a window of 0 "Lambda sends batches to your function
   * as quickly as possible", invocation-eventsourcemapping.html); the 4-per-second poll only delays the first
   * batch after the lane caught up.
   * - `'back-to-back'` (AWS's documented behaviour): a lane that is behind starts its next batch
   *   `backToBackGapMs` after the invocation returns; a lane that has caught up waits for the shard's next
   *   regular poll (every `pollIntervalMs` from the start of the run) that sees a new record.
   * - `'next-poll'` (this engine's round-1 rule, kept to show the difference): every batch waits for the
   *   shard's next regular poll, so a busy lane loses up to 0.25 s between batches.
   * @default 'back-to-back'
   */
  readonly pollAfterInvocation: 'back-to-back' | 'next-poll';
  /**
   * [UNCERTAIN] Gap between two back-to-back invocations of a lane that is behind (`'back-to-back'` only).
   * AWS does not publish it (facts sheet §A "Polling": model it as a small assumed parameter). @default 0
   */
  readonly backToBackGapMs: number;
  /** Shortest invocation (Lambda bills at least 1 ms); also keeps virtual time moving. @default 1 */
  readonly minimumDurationMs: number;
}

export const DEFAULT_ENGINE_ASSUMPTIONS: EngineAssumptions = {
  pollIntervalMs: 1000 / AWS_FACTS.pollsPerSecond,
  retryBaseDelayMs: 1_000,
  retryMaxDelayMs: 60_000,
  oneGetRecordsPerBatchWithoutWindow: false,
  pollAfterInvocation: 'back-to-back',
  backToBackGapMs: 0,
  minimumDurationMs: 1,
};

/** Delay before attempt number `streak + 1` after `streak` consecutive failures (streak ≥ 1). */
export function retryDelayMs(assumptions: EngineAssumptions, streak: number): number {
  const doubled = assumptions.retryBaseDelayMs * 2 ** Math.min(30, Math.max(0, streak - 1));
  return Math.min(assumptions.retryMaxDelayMs, doubled);
}
