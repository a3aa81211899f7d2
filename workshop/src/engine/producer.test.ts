import { describe, expect, it } from 'vitest';
import { buildArrivalCurve, rateAt } from './producer.js';

describe('rateAt — rate profiles', () => {
  it('GIVEN a constant 200/s WHEN read at any time THEN 200', () => {
    expect(rateAt({ kind: 'constant', ratePerSecond: 200 }, 1234, 3600)).toBe(200);
  });

  it('GIVEN steps 50/s from 0 s and 300/s from 60 s WHEN read at 59.5 s and 60 s THEN 50 then 300', () => {
    const profile = { kind: 'steps', steps: [{ at: { seconds: 0 }, ratePerSecond: 50 }, { at: { seconds: 60 }, ratePerSecond: 300 }] } as const;
    expect(rateAt(profile, 59.5, 120)).toBe(50);
    expect(rateAt(profile, 60, 120)).toBe(300);
  });

  it('GIVEN a ramp 0 → 100/s over 100 s WHEN read at the middle and the end THEN 50 and 100', () => {
    const profile = { kind: 'ramp', fromPerSecond: 0, toPerSecond: 100 } as const;
    expect(rateAt(profile, 50, 100)).toBe(50);
    expect(rateAt(profile, 100, 100)).toBe(100);
  });

  it('GIVEN a daily curve 100 → 400/s peaking at 14 h WHEN read at 14 h and 2 h THEN the peak and the base', () => {
    const profile = { kind: 'daily', basePerSecond: 100, peakPerSecond: 400, peakHour: 14 } as const;
    expect(rateAt(profile, 14 * 3600, 86_400)).toBeCloseTo(400, 9);
    expect(rateAt(profile, 2 * 3600, 86_400)).toBeCloseTo(100, 9);
    expect(rateAt(profile, (14 + 24) * 3600, 2 * 86_400)).toBeCloseTo(400, 9);
  });
});

describe('buildArrivalCurve — cumulative writes', () => {
  it('GIVEN 200/s for 60 s WHEN counted THEN 0 at 0 ms, 100 at 500 ms, 12,000 at the end and after', () => {
    const curve = buildArrivalCurve({ kind: 'constant', ratePerSecond: 200 }, 60);
    expect(curve.countAt(0)).toBe(0);
    expect(curve.countAt(500)).toBeCloseTo(100, 9);
    expect(curve.total).toBe(12_000);
    expect(curve.countAt(60_000)).toBe(12_000);
    expect(curve.countAt(999_999)).toBe(12_000);
  });

  it('GIVEN a curve WHEN the time of a count is asked THEN countAt of that time gives the count back', () => {
    const curve = buildArrivalCurve({ kind: 'daily', basePerSecond: 10, peakPerSecond: 90, peakHour: 1 }, 7200);
    for (const count of [1, 17.5, 1000, 123_456, curve.total]) {
      expect(curve.countAt(curve.timeOfCount(count))).toBeCloseTo(count, 6);
    }
  });

  it('GIVEN a count above the total WHEN its time is asked THEN Infinity (never written)', () => {
    const curve = buildArrivalCurve({ kind: 'constant', ratePerSecond: 2 }, 10);
    expect(curve.timeOfCount(21)).toBe(Infinity);
  });

  it('GIVEN a zero rate WHEN built THEN nothing is ever written', () => {
    const curve = buildArrivalCurve({ kind: 'constant', ratePerSecond: 0 }, 10);
    expect(curve.total).toBe(0);
    expect(curve.timeOfCount(1)).toBe(Infinity);
  });

  it('GIVEN a duration of 2.5 s at 10/s WHEN built THEN 25 items, the last half second at the same rate', () => {
    const curve = buildArrivalCurve({ kind: 'constant', ratePerSecond: 10 }, 2.5);
    expect(curve.total).toBe(25);
    expect(curve.countAt(2250)).toBeCloseTo(22.5, 9);
  });
});
