/**
 * The seam between the event source mapping (engine core) and whatever runs the function:
 * the cost model (`cost-model-runner.ts`) or a lab's real handler in virtual time (`handler/`).
 */

/** One stream record as the engine knows it; the handler runner turns these into real DynamoDB stream records. */
export interface StreamRecordView {
  /** Increasing within the stream; decimal digits, zero-padded to 21 characters (compare as strings). */
  readonly sequenceNumber: string;
  readonly shardId: string;
  /** Index of the partition key (customer) this record belongs to, 0-based. */
  readonly keyIndex: number;
  /** Unique, stable record number (counted lane by lane, not in global write order): with the seed, it determines the record's content. */
  readonly index: number;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** Virtual time (ms from the start) when the stream received the record. */
  readonly arrivalMs: number;
  readonly sizeBytes: number;
}

export type InvocationOutcome = 'success' | 'error' | 'timeout';

export interface InvocationResult {
  /** Billed-style duration of the invocation in virtual ms. */
  readonly durationMs: number;
  readonly outcome: InvocationOutcome;
  /** Sequence numbers the handler reported as failed (only read with reportBatchItemFailures). */
  readonly batchItemFailures?: readonly string[];
}

export interface FunctionRunner {
  /**
   * Runs one invocation that starts at virtual time `startMs`. The cost model answers synchronously;
   * a real handler answers with a promise, resolved once its virtual-time I/O has played out.
   */
  invoke(batch: readonly StreamRecordView[], startMs: number): InvocationResult | Promise<InvocationResult>;
  /**
   * Optional fast path (calibrated fast-forward): the result of a batch of `recordCount` records starting at
   * `startMs`, answered without the records being built — or undefined, and the engine builds them and calls
   * `invoke`. An answer never carries `batchItemFailures` (they name records).
   */
  answerWithoutRecords?(recordCount: number, startMs: number): InvocationResult | undefined;
}
