import type { ConsumerSettings } from '../settings/consumer-settings.js';
import { type CountingRunner, isCountingRunner } from './cost-model-runner.js';
import { type EngineAssumptions, retryDelayMs } from './engine-assumptions.js';
import { EsmLane } from './esm-lane.js';
import type { FunctionRunner, InvocationOutcome, StreamRecordView } from './function-runner.js';
import { BATCH_TAKEN, type BatchingRules, batchRecordLimit, takeBatch } from './batcher.js';
import { lowestFailure, WHOLE_BATCH } from './failure-report.js';
import type { RecordSizes } from './handler/record-sizes.js';
import type { LaneStream } from './lane-stream.js';
import type { MetricsRecorder } from './metrics-recorder.js';
import { OnFailureLog, type OnFailureRecord } from './on-failure-record.js';
import { nextPollAfter, regularPollAtOrAfter } from './poll-schedule.js';
import { RecordExpiry } from './record-expiry.js';
import { decideAfterFailure, type PendingRange } from './retry-policy.js';
import type { Simulator } from './simulator.js';
import type { InFlightAtEnd, SimulationTotals } from './simulation-result.js';

export interface EsmContext {
  readonly sim: Simulator;
  readonly settings: ConsumerSettings;
  readonly runner: FunctionRunner;
  readonly metrics: MetricsRecorder;
  readonly assumptions: EngineAssumptions;
  readonly horizonMs: number;
  /** The run's largest record (`measureRecordSizes`): what the 6 MB payload and GetRecords' 1 MB count. */
  readonly recordSizes: RecordSizes;
  /** The run's seed (on-failure request ids). */
  readonly seed: number;
}

const COMPLETION = 0; // at equal times, a finishing invocation frees its lane before polls run
const POLL = 1;

/**
 * The Lambda event source mapping for a DynamoDB stream, lane by lane: poll 4×/s when idle, build a batch
 * (BatchSize, batching window, 6 MB), invoke, checkpoint on success; on failure follow `retry-policy.ts`;
 * throttle above reserved concurrency; records past 24 h are lost, past maxRecordAge discarded.
 * Discarded records (retries exhausted, maxRecordAge) count as `onFailure` whether or not a destination is
 * set: with one, it receives the batch metadata (`onFailureRecords`, AWS's layout, facts sheet §G); without,
 * AWS drops them (DroppedEventCount).
 */
export class EventSourceMapping {
  private readonly lanes: EsmLane[];
  private readonly counting: CountingRunner | undefined;
  private readonly batching: BatchingRules;
  private readonly timeoutMs: number;
  private readonly pollMs: number;
  private readonly concurrencyLimit: number;
  private readonly expiry: RecordExpiry;
  private readonly log: OnFailureLog;
  private inFlight = 0;
  private processed = 0;
  private onFailure = 0;

  constructor(private readonly ctx: EsmContext, streams: readonly LaneStream[]) {
    const { settings } = ctx;
    this.log = new OnFailureLog(settings.onFailure !== 'none', ctx.seed);
    const maxAgeMs = settings.maxRecordAge === undefined ? Infinity : settings.maxRecordAge.seconds * 1000;
    this.expiry = new RecordExpiry(ctx.metrics, maxAgeMs, (lane, from, to, invocations, now) => this.aged(lane, from, to, invocations, now));
    this.lanes = streams.map((stream) => new EsmLane(stream));
    for (const lane of this.lanes) {
      lane.wake = () => this.wake(lane);
      lane.complete = () => this.completed(lane);
      lane.onLost = (from, to) => this.expiry.countLost(lane.stream, from, to);
    }
    this.counting = isCountingRunner(ctx.runner) ? ctx.runner : undefined;
    this.batching = {
      limit: batchRecordLimit(settings, ctx.recordSizes, ctx.assumptions),
      windowMs: settings.maxBatchingWindow.seconds * 1000,
      pollMs: ctx.assumptions.pollIntervalMs,
    };
    this.timeoutMs = settings.timeout.seconds * 1000;
    this.pollMs = ctx.assumptions.pollIntervalMs;
    this.concurrencyLimit = settings.reservedConcurrency ?? Infinity;
  }

  /** Every lane starts polling at time 0 (so TRIM_HORIZON and LATEST read the same records here). */
  start(): void {
    for (const lane of this.lanes) this.wakeAt(lane, 0, nextPollAfter(-1, lane.stream.arrivalOf(0), this.pollMs));
  }

  private wake(lane: EsmLane): void | Promise<void> {
    if (lane.inFlight) return;
    const now = this.ctx.sim.now;
    this.expiry.apply(lane, now, false);
    if (lane.ranges.length === 0) {
      const wait = takeBatch(lane, now, this.batching);
      if (wait !== BATCH_TAKEN) return this.wakeAt(lane, now, wait);
    }
    return this.attempt(lane, now);
  }

  private attempt(lane: EsmLane, now: number): void | Promise<void> {
    const { metrics, runner, assumptions } = this.ctx;
    if (this.inFlight >= this.concurrencyLimit) {
      metrics.throttle(now);
      lane.throttleStreak += 1;
      this.wakeAt(lane, now, now + retryDelayMs(assumptions, lane.throttleStreak));
      return;
    }
    lane.throttleStreak = 0;
    const range = lane.ranges[0]!;
    metrics.invocation(now, Math.max(0, now - lane.stream.arrivalOf(range.end - 1)));
    if (this.counting !== undefined) return this.started(lane, now, this.counting.durationOf(range.end - range.start), 'success', undefined);
    const answer = runner.answerWithoutRecords?.(range.end - range.start, now);
    if (answer !== undefined) return this.started(lane, now, answer.durationMs, answer.outcome, undefined);
    const batch = lane.stream.records(range.start, range.end);
    const result = runner.invoke(batch, now);
    if (isPromiseLike(result)) return Promise.resolve(result).then((r) => this.started(lane, now, r.durationMs, r.outcome, r.batchItemFailures, batch));
    return this.started(lane, now, result.durationMs, result.outcome, result.batchItemFailures, batch);
  }

  private started(
    lane: EsmLane,
    now: number,
    durationMs: number,
    reported: InvocationOutcome,
    failures: readonly string[] | undefined,
    batch?: readonly StreamRecordView[],
  ): void {
    let duration = Math.max(this.ctx.assumptions.minimumDurationMs, durationMs);
    let outcome = reported;
    if (duration > this.timeoutMs || outcome === 'timeout') {
      duration = Math.min(duration, this.timeoutMs);
      outcome = 'timeout';
    }
    const range = lane.ranges[0]!;
    const failedAt = outcome === 'success' && this.ctx.settings.reportBatchItemFailures ? lowestFailure(range.start, failures, batch) : undefined;
    lane.inFlight = true;
    this.inFlight += 1;
    this.ctx.metrics.concurrencyChanged(now, this.inFlight);
    lane.durationMs = duration;
    lane.outcome = outcome;
    lane.failedAt = failedAt;
    this.ctx.sim.schedule(duration, COMPLETION, lane.complete);
  }

  private completed(lane: EsmLane): void | Promise<void> {
    const { sim, metrics, settings, assumptions } = this.ctx;
    const now = sim.now;
    const { durationMs: duration, outcome, failedAt } = lane;
    lane.inFlight = false;
    this.inFlight -= 1;
    metrics.concurrencyChanged(now, this.inFlight);
    metrics.ended(now, duration, outcome !== 'success');
    const range = lane.ranges[0]!;
    if (outcome === 'success' && failedAt === undefined) {
      this.checkpoint(now, range.end - range.start);
      lane.ranges.shift();
      lane.failureStreak = 0;
      return this.pollAgain(lane, now);
    }
    const decision = decideAfterFailure(range, settings, failedAt === WHOLE_BATCH ? undefined : failedAt);
    if (decision.kind === 'split') {
      lane.ranges.splice(0, 1, ...decision.ranges);
    } else {
      this.checkpoint(now, decision.processed);
      if (decision.kind === 'retry') lane.ranges[0] = decision.range;
      else {
        const discarded = decision.range.end - decision.range.start;
        this.giveUp(lane, decision.range, now, outcome === 'success' ? null : 'Unhandled');
        this.onFailure += discarded;
        metrics.addOnFailure(now, discarded);
        lane.ranges.shift();
        lane.failureStreak = 0;
        return this.pollAgain(lane, now);
      }
    }
    lane.failureStreak += 1;
    this.wakeAt(lane, now, now + retryDelayMs(assumptions, lane.failureStreak));
  }

  /**
   * Retries exhausted (facts sheet §G): one on-failure record for the records that kept failing, with the
   * invocations they had (MaximumRetryAttempts + 1) and how the last one failed: `"Unhandled"` for a thrown
   * error or a timeout, null when the function returned item failures that failed the whole batch.
   */
  private giveUp(lane: EsmLane, range: PendingRange, now: number, functionError: 'Unhandled' | null): void {
    if (!this.log.keeping) return this.log.skip(1);
    this.log.add({
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: range.retries,
      functionError,
      atMs: now,
      first: lane.stream.record(range.start),
      last: lane.stream.record(range.end - 1),
      batchSize: range.end - range.start,
    });
  }

  /** Records discarded for their age: one `RecordAgeExceeded` record per batch's worth, without responseContext. */
  private aged(lane: EsmLane, from: number, to: number, invocations: number, now: number): void {
    if (!this.log.enabled) return;
    const limit = this.batching.limit;
    for (let start = from; start < to; start += limit) {
      const end = Math.min(to, start + limit);
      if (!this.log.keeping) return this.log.skip(Math.ceil((to - start) / limit));
      this.log.add({
        condition: 'RecordAgeExceeded',
        approximateInvokeCount: invocations,
        functionError: undefined,
        atMs: now,
        first: lane.stream.record(start),
        last: lane.stream.record(end - 1),
        batchSize: end - start,
      });
    }
  }

  /** What the on-failure destination received, the first `ON_FAILURE_RECORDS_KEPT` (empty without a destination). */
  get onFailureRecords(): readonly OnFailureRecord[] {
    return this.log.records;
  }

  private checkpoint(now: number, count: number): void {
    if (count <= 0) return;
    this.processed += count;
    this.ctx.metrics.addProcessed(now, count);
  }

  /**
   * After an invocation returns (see `EngineAssumptions.pollAfterInvocation`): back to back, the lane looks
   * again `backToBackGapMs` later (and, if it has caught up, `takeBatch` sleeps until the next regular poll
   * that sees a record); with `'next-poll'`, at the shard's next regular poll.
   */
  private pollAgain(lane: EsmLane, now: number): void | Promise<void> {
    const { pollAfterInvocation, backToBackGapMs } = this.ctx.assumptions;
    const next = pollAfterInvocation === 'next-poll' ? regularPollAtOrAfter(now, this.pollMs) : now + backToBackGapMs;
    if (next <= now) return this.wake(lane);
    this.wakeAt(lane, now, next);
  }

  private wakeAt(lane: EsmLane, now: number, timeMs: number): void {
    if (timeMs < this.ctx.horizonMs) this.ctx.sim.schedule(timeMs - now, POLL, lane.wake);
  }

  /** Ends the run at the horizon: trims what expired, and counts what is still in the stream or in flight. */
  finish(): SimulationTotals {
    const horizon = this.ctx.horizonMs;
    let written = 0;
    let inStream = 0;
    for (const lane of this.lanes) {
      this.expiry.trim(lane, horizon, lane.inFlight);
      const writtenHere = lane.stream.countAt(horizon);
      written += writtenHere;
      inStream += writtenHere - lane.readPointer + lane.pendingCount;
    }
    return { written, processed: this.processed, lost: this.expiry.lost, onFailure: this.onFailure + this.expiry.onFailure, inStream };
  }

  /** The invocations still running now (at the horizon, after `finish`) and the records of their batches. */
  get inFlightNow(): InFlightAtEnd {
    let records = 0;
    for (const lane of this.lanes) {
      if (!lane.inFlight) continue;
      const batch = lane.ranges[0]!;
      records += batch.end - batch.start;
    }
    return { invocations: this.inFlight, records };
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as Partial<PromiseLike<T>>).then === 'function';
}
