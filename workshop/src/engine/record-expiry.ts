import type { EsmLane } from './esm-lane.js';
import { type LaneStream, RETENTION_MS } from './lane-stream.js';
import type { MetricsRecorder } from './metrics-recorder.js';

/**
 * How records leave without being processed:
 * - the stream's 24 h retention trims them → **lost**, counted in the minute each one expired (even when the
 *   engine notices later, e.g. while the lane was busy);
 * - MaximumRecordAgeInSeconds makes the ESM discard them when it next reads them → **on-failure**
 *   (condition `RecordAgeExceeded`): only the expired records are split out, front first; the fresh ones of
 *   the same batch still reach the function (facts sheet §G).
 * A batch in flight is protected (`keepFront`): its records were read before they expired.
 */
export class RecordExpiry {
  lost = 0;
  onFailure = 0;

  constructor(
    private readonly metrics: MetricsRecorder,
    /** Infinity when maxRecordAge is unset (-1). */
    private readonly maxAgeMs: number,
    /** Told about each run of records discarded for their age (`invocations`: failed attempts they had). */
    private readonly onAged?: (lane: EsmLane, from: number, to: number, invocations: number, now: number) => void,
  ) {}

  /** Applies both rules to `lane` at `now`. */
  apply(lane: EsmLane, now: number, keepFront: boolean): void {
    this.trim(lane, now, keepFront);
    if (this.maxAgeMs === Infinity) return;
    const onAged = this.onAged;
    const report = onAged === undefined ? undefined : (from: number, to: number, invocations: number) => onAged(lane, from, to, invocations, now);
    const discarded = lane.dropBefore(lane.stream.countAt(now - this.maxAgeMs), keepFront, report);
    if (discarded > 0) {
      this.onFailure += discarded;
      this.metrics.addOnFailure(now, discarded);
    }
  }

  /** Retention only (at the end of the run: what the stream itself has trimmed by then). */
  trim(lane: EsmLane, now: number, keepFront: boolean): void {
    if (now <= RETENTION_MS) return; // nothing has been in the stream 24 h yet
    this.lost += lane.dropBefore(lane.stream.countAt(now - RETENTION_MS), keepFront, lane.onLost);
  }

  /** Counts records `from`–`to` (exclusive) of `stream` as lost, minute by minute of their expiry. */
  countLost(stream: LaneStream, from: number, to: number): void {
    const metrics = this.metrics;
    for (let k = from; k < to; ) {
      const expiry = stream.arrivalOf(k) + RETENTION_MS;
      const minuteEnd = (metrics.minuteOf(expiry) + 1) * 60_000;
      const next = Math.min(to, Math.max(k + 1, stream.countAt(minuteEnd - RETENTION_MS)));
      metrics.addLost(expiry, next - k);
      k = next;
    }
  }
}
