import type { RateProfile } from '../../settings/load-profile.js';

/** The shapes `--profile` offers. */
export const PROFILE_KINDS = ['constant', 'steps', 'ramp', 'daily'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/**
 * The write-rate shapes `--profile` offers, all peaking at `rate` items/s:
 * constant; steps (25 %, 50 %, 75 %, 100 % of the rate, one quarter of the run each); ramp (0 → rate
 * over the run); daily (a 24-hour curve from midnight: 20 % of the rate at night, the full rate at 14:00).
 */
export function profileFor(kind: ProfileKind, rate: number, durationSeconds: number): RateProfile {
  switch (kind) {
    case 'steps':
      return { kind: 'steps', steps: [1, 2, 3, 4].map((q) => ({ at: { seconds: ((q - 1) * durationSeconds) / 4 }, ratePerSecond: (rate * q) / 4 })) };
    case 'ramp':
      return { kind: 'ramp', fromPerSecond: 0, toPerSecond: rate };
    case 'daily':
      return { kind: 'daily', basePerSecond: rate * 0.2, peakPerSecond: rate, peakHour: 14 };
    default:
      return { kind: 'constant', ratePerSecond: rate };
  }
}

/** The highest rate a profile reaches: what `--profile` reshapes when a lab's load gives the rate. */
export function peakRate(profile: RateProfile): number {
  switch (profile.kind) {
    case 'constant':
      return profile.ratePerSecond;
    case 'steps':
      return Math.max(0, ...profile.steps.map((s) => s.ratePerSecond));
    case 'ramp':
      return Math.max(profile.fromPerSecond, profile.toPerSecond);
    case 'daily':
      return profile.peakPerSecond;
  }
}
