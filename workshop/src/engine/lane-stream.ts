import { AWS_FACTS } from '../settings/aws-limits.js';
import type { StreamRecordView } from './function-runner.js';
import type { ArrivalCurve } from './producer.js';
import { randomAt } from './random.js';
import type { StreamLayout } from './stream-layout.js';

/** DynamoDB Streams keeps records 24 hours; older ones are trimmed (lost when nobody processed them). */
export const RETENTION_MS = AWS_FACTS.streamRetentionHours * 3_600_000;

/** A shard id shaped like DynamoDB's (`shardId-<20 digits>-<8 hex>`), stable for a shard number. */
export function shardIdOf(shard: number): string {
  return `shardId-00000001700000000000-${shard.toString(16).padStart(8, '0')}`;
}

/**
 * The stream sequence number of a record: increasing with arrival time (µs) across the whole stream, ties
 * broken by lane; 21 decimal digits, zero-padded, so string order is numeric order.
 */
export function sequenceNumberOf(arrivalMs: number, lane: number): string {
  return String(Math.round(arrivalMs * 1000) * 1024 + lane).padStart(21, '0');
}

/** `ApproximateCreationDateTime` of a record: epoch seconds rounded down, as DynamoDB Streams reports it. */
export function approximateCreationSeconds(arrivalMs: number, startEpochMs: number): number {
  return Math.floor((startEpochMs + arrivalMs) / AWS_FACTS.creationTimeResolutionMs);
}

const EVENT_STREAM = 0;
const KEY_STREAM = 1;
const HOT_STREAM = 2;

/**
 * The records of one lane, in stream order, created lazily: record `k` (0-based within the lane) is a pure
 * function of (seed, lane, k), so the engine can count, skip (trim) or read records without storing them.
 * The lane holds `share` of the producer's writes; it has written floor(share × writes) records by any time.
 */
export class LaneStream {
  readonly lane: number;
  readonly shardId: string;
  private readonly share: number;
  private readonly keys: Uint32Array;
  private readonly hotPickChance: number;
  private readonly laneCount: number;
  /** Records this lane receives over the whole run. */
  readonly total: number;

  constructor(
    private readonly curve: ArrivalCurve,
    layout: StreamLayout,
    lane: number,
    private readonly seed: number,
    private readonly itemSizeBytes: number,
  ) {
    this.lane = lane;
    this.shardId = shardIdOf(Math.floor(lane / layout.lanesPerShard));
    this.share = layout.laneShare[lane]!;
    this.keys = layout.laneKeys[lane]!;
    this.hotPickChance = layout.hotPickChance[lane]!;
    this.laneCount = layout.laneCount;
    this.total = roundDown(this.share * curve.total);
  }

  /** Records of this lane written by `timeMs` (inclusive). */
  countAt(timeMs: number): number {
    return roundDown(this.share * this.curve.countAt(timeMs));
  }


  /** Arrival time (ms) of record `k`; Infinity when the producer never writes it. */
  arrivalOf(k: number): number {
    if (this.share <= 0 || k >= this.total) return Infinity;
    // Clamped: (k + 1) / share may round just above the curve's total for the lane's last record.
    return this.curve.timeOfCount(Math.min((k + 1) / this.share, this.curve.total));
  }

  /** Record `k` as the function sees it. */
  record(k: number): StreamRecordView {
    const arrivalMs = this.arrivalOf(k);
    const hot = this.hotPickChance > 0 && randomAt(this.seed, this.lane * 4 + HOT_STREAM, k) < this.hotPickChance;
    const keyIndex = hot ? 0 : this.keys[Math.floor(randomAt(this.seed, this.lane * 4 + KEY_STREAM, k) * this.keys.length)]!;
    const kind = randomAt(this.seed, this.lane * 4 + EVENT_STREAM, k);
    return {
      sequenceNumber: sequenceNumberOf(arrivalMs, this.lane),
      shardId: this.shardId,
      keyIndex,
      index: k * this.laneCount + this.lane,
      eventName: kind < 0.8 ? 'INSERT' : kind < 0.95 ? 'MODIFY' : 'REMOVE',
      arrivalMs,
      sizeBytes: this.itemSizeBytes,
    };
  }

  /** Records `from` (inclusive) to `to` (exclusive). */
  records(from: number, to: number): StreamRecordView[] {
    const out = new Array<StreamRecordView>(to - from);
    for (let k = from; k < to; k++) out[k - from] = this.record(k);
    return out;
  }
}

/** floor(), forgiving the rounding error of share × count (relative, so it holds for tens of millions too). */
function roundDown(value: number): number {
  return Math.floor(value + 1e-9 + value * 1e-12);
}
