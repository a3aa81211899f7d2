import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.js';

/** A clock that only moves when the test says so. */
function fakeClock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('TokenBucket (fake clock)', () => {
  it('GIVEN a full bucket of 25 WHEN 25 tokens are reserved THEN there is no wait', () => {
    const bucket = new TokenBucket(100, 25, fakeClock());
    expect(bucket.reserve(25)).toBe(0);
  });

  it('GIVEN an empty bucket at 100/s WHEN 25 more are reserved THEN the wait is 250 ms', () => {
    const bucket = new TokenBucket(100, 25, fakeClock());
    bucket.reserve(25);
    expect(bucket.reserve(25)).toBe(250);
  });

  it('GIVEN back-to-back reservations WHEN nobody waits THEN each gets the next slot (no two share tokens)', () => {
    const bucket = new TokenBucket(500, 25, fakeClock());
    const waits = [bucket.reserve(25), bucket.reserve(25), bucket.reserve(25), bucket.reserve(25)];
    expect(waits).toEqual([0, 50, 100, 150]);
  });

  it('GIVEN time passes WHEN tokens refill THEN the balance never exceeds the capacity', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(100, 25, clock);
    bucket.reserve(25);
    clock.advance(10_000);
    expect(bucket.reserve(25)).toBe(0);
    expect(bucket.reserve(1)).toBe(10);
  });

  it('GIVEN 500 items/s for 10 s in batches of 25 WHEN paced THEN the last batch starts at 9.95 s', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(500, 25, clock);
    let lastStart = 0;
    for (let i = 0; i < 200; i += 1) {
      const wait = bucket.reserve(25);
      clock.advance(wait);
      lastStart = clock.now();
    }
    expect(lastStart).toBeCloseTo(9_950, 6);
  });

  it.each([0, -1, Number.NaN])('GIVEN rate %d WHEN built THEN it is refused', (rate) => {
    expect(() => new TokenBucket(rate, 25, fakeClock())).toThrow(RangeError);
  });
});
