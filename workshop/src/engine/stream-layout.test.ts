import { describe, expect, it } from 'vitest';
import { buildStreamLayout, laneOfKey, shardOfKey } from './stream-layout.js';

describe('buildStreamLayout — keys over shards and lanes', () => {
  it('GIVEN 10,000 uniform keys over 4 shards × 10 lanes WHEN laid out THEN every lane gets about 1/40 of writes (±25%) and shares sum to 1', () => {
    const layout = buildStreamLayout(10_000, 0, 4, 10);
    expect(layout.laneCount).toBe(40);
    let sum = 0;
    for (const share of layout.laneShare) {
      sum += share;
      expect(Math.abs(share - 1 / 40)).toBeLessThan(0.25 / 40);
    }
    expect(sum).toBeCloseTo(1, 12);
  });

  it('GIVEN each key WHEN laid out THEN it appears in exactly the lane its shard and lane hashes name', () => {
    const layout = buildStreamLayout(500, 0, 3, 4);
    const seen = new Set<number>();
    layout.laneKeys.forEach((keys, lane) => {
      for (const k of keys) {
        expect(lane).toBe(shardOfKey(k, 3) * 4 + laneOfKey(k, 4));
        seen.add(k);
      }
    });
    expect(seen.size).toBe(500);
  });

  it('GIVEN hotKeyShare 0.5 WHEN laid out THEN key 0\'s lane carries at least half of all writes', () => {
    const layout = buildStreamLayout(1000, 0.5, 2, 5);
    const hotLane = shardOfKey(0, 2) * 5 + laneOfKey(0, 5);
    expect(layout.laneShare[hotLane]).toBeGreaterThanOrEqual(0.5);
    expect(layout.hotPickChance[hotLane]).toBeCloseTo(0.5 / layout.laneShare[hotLane]!, 12);
  });

  it('GIVEN hotKeyShare 1 (the maximum) WHEN laid out THEN all writes go to key 0\'s lane', () => {
    const layout = buildStreamLayout(100, 1, 2, 2);
    const hotLane = shardOfKey(0, 2) * 2 + laneOfKey(0, 2);
    expect(layout.laneShare[hotLane]).toBe(1);
    expect(layout.hotPickChance[hotLane]).toBe(1);
  });

  it('GIVEN a single key (the minimum) WHEN laid out THEN one lane has everything and the others nothing', () => {
    const layout = buildStreamLayout(1, 0, 1, 10);
    expect([...layout.laneShare].filter((s) => s > 0)).toEqual([1]);
  });
});
