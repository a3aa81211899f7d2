import { describe, expect, it } from 'vitest';
import { minutes, seconds } from '../settings/duration.js';
import { planLabLoad } from './lab-load-plan.js';

describe('planLabLoad: a lab load.ts as the AWS load generator runs it', () => {
  it('GIVEN 200 writes/s for 10 min WHEN planned THEN 120,000 items paced at 200/s by the token bucket, ≈ $0.075 of source writes + $0.075 of results rows', () => {
    const plan = planLabLoad({ profile: { kind: 'constant', ratePerSecond: 200 }, duration: minutes(10), keys: 1_000, itemSizeBytes: 400 });
    expect(plan.options).toEqual({ items: 120_000, ratePerSecond: 200, keys: 1_000, hotKeyShare: 0, itemSizeBytes: 400 });
    expect(plan.meanRatePerSecond).toBe(200);
    expect(plan.cost.sourceUsd).toBeCloseTo(0.075, 6);
    expect(plan.cost.usd).toBeCloseTo(0.15, 6);
  });

  it('GIVEN a steps profile and a hot key WHEN planned THEN the items are the profile\'s total and the profile paces them', () => {
    const profile = { kind: 'steps', steps: [{ at: seconds(0), ratePerSecond: 100 }, { at: seconds(60), ratePerSecond: 300 }] } as const;
    const plan = planLabLoad({ profile, duration: minutes(2), keys: 50, hotKeyShare: 0.2 });
    expect(plan.options).toEqual({ items: 24_000, profile: { rate: profile, durationSeconds: 120 }, keys: 50, hotKeyShare: 0.2, itemSizeBytes: 400 });
    expect(plan.meanRatePerSecond).toBe(200);
  });
});
