import { buildArrivalCurve, type ArrivalCurve } from '../settings/arrival-curve.js';
import type { RateProfile } from '../settings/load-profile.js';
import type { Clock } from './token-bucket.js';

/**
 * Paces writes along a rate profile (steps, ramp, daily curve): item k is due when the profile's
 * cumulative count reaches k — the same curve the local engine's producer follows, so a lab's load
 * writes on AWS what the engine replays. `reserve(n)` books the next n items and says how long to wait
 * until the last of them is due (0 when it already is); bookings never overlap, as with `TokenBucket`.
 */
export class ProfilePacer {
  private readonly curve: ArrivalCurve;
  private readonly started: number;
  private booked = 0;

  constructor(profile: RateProfile, durationSeconds: number, private readonly clock: Pick<Clock, 'now'>) {
    this.curve = buildArrivalCurve(profile, durationSeconds);
    this.started = clock.now();
  }

  /** Items the profile writes over the whole run, rounded: what to ask `runLoad` for. */
  get items(): number {
    return Math.round(this.curve.total);
  }

  reserve(n: number): number {
    this.booked += n;
    const dueMs = this.curve.timeOfCount(Math.min(this.booked, this.curve.total));
    return Math.max(0, this.started + dueMs - this.clock.now());
  }
}
