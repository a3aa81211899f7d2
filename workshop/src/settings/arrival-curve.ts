// The write side of a load as a curve (how many items are written by any time), from its rate profile.
// Shared by the engine's producer and the load generator's pacer, so a real run writes what the engine replays.
import type { RateProfile } from '../settings/load-profile.js';

/**
 * The write side as a curve: how many items the producer has written by any virtual time.
 *
 * Arrivals are "fluid": the rate is held for each whole second (the profile's value at the middle of that
 * second) and the writes of a second are spread evenly over it. The count is a real number; lanes of the
 * stream take their share of it and round down (see `lane-stream.ts`). Nothing is stored per record, so a
 * 30-hour day costs one number per second, and any record can be placed in time directly (lazily).
 */
export interface ArrivalCurve {
  /** How long the producer writes, in ms. */
  readonly durationMs: number;
  /** Items written over the whole run (not rounded). */
  readonly total: number;
  /** Items written by `timeMs` (inclusive), not rounded. */
  countAt(timeMs: number): number;
  /** The time (ms) at which the written count reaches `count`; Infinity when it never does. */
  timeOfCount(count: number): number;
}

/**
 * The profile's rate (items/s) at `atSeconds` from the start, for a producer writing `durationSeconds`.
 * Steps: 0 before the first step. Daily: a smooth cosine day, `peakHour` counted from the start of the run
 * (hour 0 = when the run starts), averaging (base + peak) ÷ 2.
 */
export function rateAt(profile: RateProfile, atSeconds: number, durationSeconds: number): number {
  switch (profile.kind) {
    case 'constant':
      return profile.ratePerSecond;
    case 'steps': {
      let rate = 0;
      for (const step of profile.steps) if (step.at.seconds <= atSeconds) rate = step.ratePerSecond;
      return rate;
    }
    case 'ramp':
      return profile.fromPerSecond + (profile.toPerSecond - profile.fromPerSecond) * Math.min(1, atSeconds / durationSeconds);
    case 'daily': {
      const hour = (atSeconds / 3600) % 24;
      const closeness = (1 + Math.cos((2 * Math.PI * (hour - profile.peakHour)) / 24)) / 2;
      return profile.basePerSecond + (profile.peakPerSecond - profile.basePerSecond) * closeness;
    }
  }
}

/** Builds the cumulative curve once per run: one entry per second of writing. */
export function buildArrivalCurve(profile: RateProfile, durationSeconds: number): ArrivalCurve {
  const wholeSeconds = Math.ceil(durationSeconds);
  const cumulative = new Float64Array(wholeSeconds + 1);
  const rates = new Float64Array(wholeSeconds);
  for (let s = 0; s < wholeSeconds; s++) {
    const length = Math.min(1, durationSeconds - s);
    rates[s] = rateAt(profile, s + length / 2, durationSeconds);
    cumulative[s + 1] = cumulative[s]! + rates[s]! * length;
  }
  const total = cumulative[wholeSeconds]!;
  const durationMs = durationSeconds * 1000;

  const countAt = (timeMs: number): number => {
    if (timeMs <= 0) return 0;
    if (timeMs >= durationMs) return total;
    const t = timeMs / 1000;
    const s = Math.floor(t);
    return cumulative[s]! + rates[s]! * (t - s);
  };

  // Callers mostly ask about times close to the previous answer: try that second (and the next) first.
  let hint = 0;
  const timeOfCount = (count: number): number => {
    if (count <= 0) return 0;
    if (count > total) return Infinity;
    // Largest s with cumulative[s] < count: the second in which the count is reached.
    let lo = hint;
    if (!(cumulative[lo]! < count && count <= cumulative[lo + 1]!)) {
      lo += 1;
      if (!(lo < wholeSeconds && cumulative[lo]! < count && count <= cumulative[lo + 1]!)) {
        lo = 0;
        let hi = wholeSeconds;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (cumulative[mid]! < count) lo = mid;
          else hi = mid;
        }
      }
    }
    hint = lo;
    return (lo + (count - cumulative[lo]!) / rates[lo]!) * 1000;
  };

  return { durationMs, total, countAt, timeOfCount };
}
