import type { ConsumerSettings } from '../settings/consumer-settings.js';

/** A run of records of one lane, by lane-local index: `start` inclusive, `end` exclusive. */
export interface PendingRange {
  readonly start: number;
  readonly end: number;
  /** Retries already used on these records (a bisect split does not use one). */
  readonly retries: number;
}

/** What the event source mapping does after a failed attempt. */
export type FailureDecision =
  /** Retry `range` (after a checkpoint, it starts later than before); records before it are processed. */
  | { readonly kind: 'retry'; readonly processed: number; readonly range: PendingRange }
  /** BisectBatchOnFunctionError: try each half in turn; no retry is used. */
  | { readonly kind: 'split'; readonly ranges: readonly [PendingRange, PendingRange] }
  /** Retries exhausted: the records go to the on-failure destination (batch metadata only); `processed` before them. */
  | { readonly kind: 'discard'; readonly processed: number; readonly range: PendingRange };

/**
 * The ESM's rules after a failed invocation (facts sheet, section A):
 * - ReportBatchItemFailures: checkpoint before the lowest failed record (`firstFailed`), retry from it;
 *   with bisect also on, Lambda splits at that record, which is the same thing.
 * - otherwise BisectBatchOnFunctionError splits a batch of 2+ records in two, without using a retry;
 * - otherwise the whole batch is retried, using one retry; past `retryAttempts` it is discarded.
 *   `retryAttempts` undefined (-1) = retry until the records expire (24 h retention or maxRecordAge).
 *
 * @param firstFailed lane-local index of the lowest failed record when the function reported item failures
 *   that all name records of the batch; undefined when the whole batch failed.
 */
export function decideAfterFailure(range: PendingRange, settings: ConsumerSettings, firstFailed: number | undefined): FailureDecision {
  if (firstFailed !== undefined && firstFailed > range.start) {
    return exhaust({ start: firstFailed, end: range.end, retries: range.retries + 1 }, firstFailed - range.start, settings);
  }
  const size = range.end - range.start;
  if (settings.bisectBatchOnError && size > 1) {
    const middle = range.start + Math.ceil(size / 2);
    return {
      kind: 'split',
      ranges: [
        { start: range.start, end: middle, retries: range.retries },
        { start: middle, end: range.end, retries: range.retries },
      ],
    };
  }
  return exhaust({ ...range, retries: range.retries + 1 }, 0, settings);
}

function exhaust(range: PendingRange, processed: number, settings: ConsumerSettings): FailureDecision {
  const limit = settings.retryAttempts;
  return limit !== undefined && range.retries > limit ? { kind: 'discard', processed, range } : { kind: 'retry', processed, range };
}
