import type { WorkshopDuration } from './duration.js';

/**
 * How many items per second the producer writes over time. The local engine's producer and the real
 * load generator (`run --target aws`) follow the same curve (see `engine/producer.ts`).
 */
export type RateProfile =
  | { readonly kind: 'constant'; readonly ratePerSecond: number }
  /** Each step holds its rate from `at` (offset from the start) until the next step. */
  | { readonly kind: 'steps'; readonly steps: readonly { readonly at: WorkshopDuration; readonly ratePerSecond: number }[] }
  /** Linear change from `fromPerSecond` at the start to `toPerSecond` at the end of the run. */
  | { readonly kind: 'ramp'; readonly fromPerSecond: number; readonly toPerSecond: number }
  /** A 24-hour curve: `basePerSecond` at night, rising smoothly to `peakPerSecond` around `peakHour` (0–23). */
  | { readonly kind: 'daily'; readonly basePerSecond: number; readonly peakPerSecond: number; readonly peakHour: number };

/** The write side of a scenario: what a lab's `load.ts` exports. */
export interface LoadSpec {
  readonly profile: RateProfile;
  /** How long the producer writes. */
  readonly duration: WorkshopDuration;
  /** Distinct partition keys written, ≥ 1. */
  readonly keys: number;
  /** Share of writes that go to the single hottest key, 0–1. @default 0 (uniform) */
  readonly hotKeyShare?: number;
  /** Approximate item size in bytes, 1–409,600. @default 200 */
  readonly itemSizeBytes?: number;
  /**
   * Order numbers (`order#…`, 0-based) written malformed: a poison record, whose `totalCents` is text
   * (`POISON_TOTAL`, see runtime/source-order.ts) where every consumer expects a number. The local engine and
   * the AWS load generator both write it, so the same record is poisoned on both targets. @default [] (none)
   */
  readonly poisonRecords?: readonly number[];
}
