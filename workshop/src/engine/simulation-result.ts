import type { ExecutionReport } from './handler/calibrated-runner.js';
import type { AlarmStateChange } from '../settings/alarm-settings.js';
import type { OnFailureRecord } from './on-failure-record.js';

/** One minute of the run, as CloudWatch would report it (1-minute resolution), plus ground truth. */
export interface MinuteStats {
  /** Minute index from 0. */
  readonly t: number;
  /** Maximum IteratorAge of invocations sent in this minute; null when there were none ("no data"). */
  readonly iteratorAgeMaxMs: number | null;
  readonly iteratorAgeAvgMs: number | null;
  readonly invocations: number;
  readonly errors: number;
  readonly throttles: number;
  /** Average Duration of invocations that ended in this minute; null when none. */
  readonly durationAvgMs: number | null;
  /** Peak concurrent executions in this minute. */
  readonly concurrentExecutionsMax: number;
  /** Ground truth at the end of the minute: records written but not yet processed (nor lost, nor sent to on-failure). */
  readonly backlog: number;
  /** Records processed (checkpointed) during this minute. */
  readonly processed: number;
  /** Records trimmed by the 24 h retention before being processed, during this minute. */
  readonly lost: number;
}

/** Totals at the end of the run. Conservation: written = processed + inStream + lost + onFailure. */
export interface SimulationTotals {
  readonly written: number;
  readonly processed: number;
  readonly lost: number;
  readonly onFailure: number;
  readonly inStream: number;
}

/**
 * The invocations still running when the run ended, and the records of their batches: read and handed to the
 * function (a lab's handler has already made its writes for them), counted in `inStream`, not yet in `processed`
 * — a record counts as processed when its batch returns.
 */
export interface InFlightAtEnd {
  readonly invocations: number;
  readonly records: number;
}

export interface SimulationResult {
  readonly minutes: readonly MinuteStats[];
  readonly totals: SimulationTotals;
  /** What was still running at the horizon (see {@link InFlightAtEnd}). */
  readonly inFlightAtEnd: InFlightAtEnd;
  /**
   * What the on-failure destination received, in AWS's JSON layout (facts sheet §G): the first 100 records,
   * in the order the mapping gave up. Empty when the consumer has no destination (`onFailure: 'none'`).
   */
  readonly onFailureRecords: readonly OnFailureRecord[];
  /** State changes of the scenario's alarm, when it has one (`periodIndex` = minute index when period is 60 s). */
  readonly alarm?: readonly AlarmStateChange[];
  /** State changes of the scenario's Throttles alarm, when it has one (same evaluator, Sum per period). */
  readonly throttlesAlarm?: readonly AlarmStateChange[];
  /** What a lab's real handler wrote to the (virtual) results table; absent for the cost model, which writes nothing. */
  readonly resultsTable?: ResultsTableTally;
  /** How a lab's real handler ran: exact, or calibrated fast-forward (absent for the cost model). */
  readonly execution?: ExecutionReport;
}

/** Writes a handler made to the results table over the whole run. */
export interface ResultsTableTally {
  /** Items written (PutItem or BatchWriteItem); an item written twice counts twice. */
  readonly itemsWritten: number;
  /** Items BatchWriteItem handed back as UnprocessedItems (see `IoLatencyModel.unprocessedShare`). */
  readonly itemsHandedBack: number;
}
