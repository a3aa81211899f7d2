import { describe, expect, it } from 'vitest';
import { keyIndexFor } from './key-spread.js';

const spread = (items: number, keys: number, share: number): number[] => {
  const counts = new Array<number>(keys).fill(0);
  for (let i = 0; i < items; i++) counts[keyIndexFor(i, keys, share)]! += 1;
  return counts;
};

describe('keyIndexFor: which customer each written item goes to', () => {
  it('GIVEN no hot key WHEN 1,000 items go to 10 keys THEN round-robin, 100 each', () => {
    expect([0, 1, 9, 10, 11].map((i) => keyIndexFor(i, 10))).toEqual([0, 1, 9, 0, 1]);
    expect(spread(1_000, 10, 0)).toEqual(new Array(10).fill(100));
  });

  it('GIVEN a hot-key share of 0.3 WHEN 10,000 items go to 11 keys THEN key 0 gets exactly 3,000 and the other 10 share the rest evenly', () => {
    const counts = spread(10_000, 11, 0.3);
    expect(counts[0]).toBe(3_000);
    expect(counts.slice(1)).toEqual(new Array(10).fill(700));
  });

  it('GIVEN a hot-key share of 0.5 WHEN the first items are written THEN the hot key takes every other one, not a burst', () => {
    expect(Array.from({ length: 8 }, (_, i) => keyIndexFor(i, 4, 0.5))).toEqual([1, 0, 2, 0, 3, 0, 1, 0]);
  });

  it('GIVEN one key, or a share of 1 WHEN written THEN every item goes to customer 0', () => {
    expect(spread(50, 1, 0.4)).toEqual([50]);
    expect(spread(50, 5, 1)).toEqual([50, 0, 0, 0, 0]);
  });
});
