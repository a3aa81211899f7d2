import { describe, expect, it } from 'vitest';
import { mix32, mulberry32, randomAt } from './random.js';

describe('random — seeded, reproducible', () => {
  it('GIVEN the same seed WHEN two mulberry32 streams draw 1,000 numbers THEN they are identical', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
  });

  it('GIVEN two seeds WHEN drawing THEN the streams differ', () => {
    const a = mulberry32(1);
    const b = mulberry32(2);
    expect(Array.from({ length: 10 }, () => a())).not.toEqual(Array.from({ length: 10 }, () => b()));
  });

  it('GIVEN 100,000 draws WHEN bucketed in tenths THEN each tenth holds about 10% (±1%) and all lie in [0, 1)', () => {
    const next = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = next();
      if (!(x >= 0 && x < 1)) outside += 1;
      else buckets[Math.floor(x * 10)]! += 1;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(1_000);
  });

  it('GIVEN randomAt WHEN called twice with the same (seed, stream, n) THEN the same number; another n or stream THEN another', () => {
    expect(randomAt(5, 3, 123_456)).toBe(randomAt(5, 3, 123_456));
    expect(randomAt(5, 3, 123_457)).not.toBe(randomAt(5, 3, 123_456));
    expect(randomAt(5, 4, 123_456)).not.toBe(randomAt(5, 3, 123_456));
    expect(randomAt(6, 3, 123_456)).not.toBe(randomAt(5, 3, 123_456));
  });

  it('GIVEN n above 2^32 WHEN randomAt THEN still distinct from n − 2^32', () => {
    expect(randomAt(1, 0, 2 ** 32 + 5)).not.toBe(randomAt(1, 0, 5));
  });

  it('GIVEN 50,000 consecutive n WHEN randomAt THEN the mean is 0.5 ± 0.01', () => {
    let sum = 0;
    for (let n = 0; n < 50_000; n++) sum += randomAt(9, 1, n);
    expect(Math.abs(sum / 50_000 - 0.5)).toBeLessThan(0.01);
  });

  it('GIVEN mix32 WHEN given 0 and 1 THEN unsigned 32-bit results that differ', () => {
    expect(mix32(1)).not.toBe(mix32(0));
    expect(mix32(0xffffffff)).toBeGreaterThanOrEqual(0);
  });
});
