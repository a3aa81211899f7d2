import type { InvocationOutcome } from './function-runner.js';
import type { LaneStream } from './lane-stream.js';
import type { PendingRange } from './retry-policy.js';

/**
 * One ParallelizationFactor lane of a shard, as the event source mapping sees it: how far it has read,
 * the batch (or bisected halves) it still has to get through, and whether an invocation is in flight.
 * Per-key order holds because a key always maps to one lane and a lane runs one batch at a time.
 */
export class EsmLane {
  /** Lane-local index of the next record not yet read from the stream. */
  readPointer = 0;
  /** Read records not yet checkpointed: the current batch first (several after a bisect). */
  readonly ranges: PendingRange[] = [];
  inFlight = false;
  /** When the current batching window opened; -1 when none is open. */
  windowStartMs = -1;
  /** Consecutive failed attempts / throttles, for the retry delay. */
  failureStreak = 0;
  throttleStreak = 0;
  /** The invocation in flight: how long it lasts, how it ends, the lowest failed record it reported. */
  durationMs = 0;
  outcome: InvocationOutcome = 'success';
  failedAt: number | undefined = undefined;
  /** Callbacks bound once per lane, so the hot path allocates nothing. */
  wake: () => void | Promise<void> = noop;
  complete: () => void | Promise<void> = noop;
  onLost: (from: number, to: number) => void = noop;

  constructor(readonly stream: LaneStream) {}

  /** Records read but not yet checkpointed, discarded or lost. */
  get pendingCount(): number {
    let n = 0;
    for (const r of this.ranges) n += r.end - r.start;
    return n;
  }

  /**
   * Drops records of the waiting ranges and the unread part whose index is below `cutoffIndex` (records
   * arrived at or before some time), front first; `keepFront` protects a batch in flight.
   * Calls `drop(from, to, invocations)` (when given) for each run removed — `invocations`: failed attempts the
   * run's records already had (0 for records never read); returns how many were removed.
   */
  dropBefore(cutoffIndex: number, keepFront: boolean, drop: ((from: number, to: number, invocations: number) => void) | undefined): number {
    let removed = 0;
    for (let i = keepFront ? 1 : 0; i < this.ranges.length; i++) {
      const range = this.ranges[i]!;
      if (range.start >= cutoffIndex) break;
      const to = Math.min(range.end, cutoffIndex);
      drop?.(range.start, to, range.retries);
      removed += to - range.start;
      if (to === range.end) this.ranges.splice(i--, 1);
      else this.ranges[i] = { ...range, start: to };
    }
    if (this.readPointer < cutoffIndex) {
      drop?.(this.readPointer, cutoffIndex, 0);
      removed += cutoffIndex - this.readPointer;
      this.readPointer = cutoffIndex;
    }
    return removed;
  }
}

function noop(): void {}
