import type { MinuteStats } from './simulation-result.js';

const MINUTE_MS = 60_000;

/**
 * Per-minute counters, as CloudWatch aggregates Lambda metrics (1-minute resolution), plus ground truth.
 * Counts may be added to a past minute (a trimmed record is counted in the minute it expired, even when the
 * engine notices later); the minutes are only read at the end of the run.
 */
export class MetricsRecorder {
  readonly minuteCount: number;
  private readonly ageMax: Float64Array;
  private readonly ageSum: Float64Array;
  private readonly invocations: Float64Array;
  private readonly errors: Float64Array;
  private readonly throttles: Float64Array;
  private readonly durationSum: Float64Array;
  private readonly durationCount: Float64Array;
  private readonly concurrencyMax: Float64Array;
  private readonly processed: Float64Array;
  private readonly lost: Float64Array;
  private readonly onFailure: Float64Array;
  private concurrency = 0;
  private concurrencyMinute = 0;
  private cachedMinute = 0;
  private cachedFrom = 0;
  private cachedTo = 0;

  constructor(horizonMs: number) {
    this.minuteCount = Math.max(1, Math.ceil(horizonMs / MINUTE_MS));
    const make = () => new Float64Array(this.minuteCount);
    this.ageMax = make().fill(-1);
    this.ageSum = make();
    this.invocations = make();
    this.errors = make();
    this.throttles = make();
    this.durationSum = make();
    this.durationCount = make();
    this.concurrencyMax = make();
    this.processed = make();
    this.lost = make();
    this.onFailure = make();
  }

  minuteOf(timeMs: number): number {
    // Most calls in a row fall in the same minute: answer those from the last one.
    if (timeMs >= this.cachedFrom && timeMs < this.cachedTo) return this.cachedMinute;
    const m = Math.floor(timeMs / MINUTE_MS);
    const minute = m < 0 ? 0 : m >= this.minuteCount ? this.minuteCount - 1 : m;
    if (minute === m) {
      this.cachedMinute = m;
      this.cachedFrom = m * MINUTE_MS;
      this.cachedTo = this.cachedFrom + MINUTE_MS;
    }
    return minute;
  }

  /** An invocation sent at `timeMs`; IteratorAge = send time − arrival of the batch's last record. */
  invocation(timeMs: number, iteratorAgeMs: number): void {
    const m = this.minuteOf(timeMs);
    this.invocations[m]! += 1;
    this.ageSum[m]! += iteratorAgeMs;
    if (iteratorAgeMs > this.ageMax[m]!) this.ageMax[m] = iteratorAgeMs;
  }

  /** An invocation that ended at `timeMs` after `durationMs`; `failed` for errors and timeouts. */
  ended(timeMs: number, durationMs: number, failed: boolean): void {
    const m = this.minuteOf(timeMs);
    this.durationSum[m]! += durationMs;
    this.durationCount[m]! += 1;
    if (failed) this.errors[m]! += 1;
  }

  throttle(timeMs: number): void {
    this.throttles[this.minuteOf(timeMs)]! += 1;
  }

  /** Executions in flight changed to `level` at `timeMs` (times never go backwards here). */
  concurrencyChanged(timeMs: number, level: number): void {
    const m = this.minuteOf(timeMs);
    // Minutes crossed since the last change held the previous level the whole time.
    for (let carry = this.concurrencyMinute + 1; carry <= m; carry++) {
      if (this.concurrency > this.concurrencyMax[carry]!) this.concurrencyMax[carry] = this.concurrency;
    }
    this.concurrency = level;
    this.concurrencyMinute = m;
    if (level > this.concurrencyMax[m]!) this.concurrencyMax[m] = level;
  }

  addProcessed(timeMs: number, count: number): void {
    this.processed[this.minuteOf(timeMs)]! += count;
  }

  addLost(timeMs: number, count: number): void {
    this.lost[this.minuteOf(timeMs)]! += count;
  }

  addOnFailure(timeMs: number, count: number): void {
    this.onFailure[this.minuteOf(timeMs)]! += count;
  }

  /** The minutes, oldest first. `writtenBy(minuteEndMs)` gives ground-truth writes, for the backlog. */
  finish(writtenBy: (timeMs: number) => number): MinuteStats[] {
    this.concurrencyChanged((this.minuteCount - 1) * MINUTE_MS, this.concurrency);
    const minutes: MinuteStats[] = [];
    let removed = 0;
    for (let m = 0; m < this.minuteCount; m++) {
      removed += this.processed[m]! + this.lost[m]! + this.onFailure[m]!;
      const invocations = this.invocations[m]!;
      const durations = this.durationCount[m]!;
      minutes.push({
        t: m,
        iteratorAgeMaxMs: invocations > 0 ? Math.round(this.ageMax[m]!) : null,
        iteratorAgeAvgMs: invocations > 0 ? Math.round(this.ageSum[m]! / invocations) : null,
        invocations,
        errors: this.errors[m]!,
        throttles: this.throttles[m]!,
        durationAvgMs: durations > 0 ? Math.round((this.durationSum[m]! / durations) * 10) / 10 : null,
        concurrentExecutionsMax: this.concurrencyMax[m]!,
        backlog: writtenBy((m + 1) * MINUTE_MS) - removed,
        processed: this.processed[m]!,
        lost: this.lost[m]!,
      });
    }
    return minutes;
  }
}
