import { describe, expect, it } from 'vitest';
import { estimateLoadCost } from './cost-estimate.js';

describe('estimateLoadCost', () => {
  it('GIVEN the facts sheet example (200 writes/s for 10 min, ≤ 1 KB) WHEN estimated THEN 120,000 WRU ≈ $0.075 at the Nov 2024 price', () => {
    const estimate = estimateLoadCost({ items: 200 * 600, itemSizeBytes: 1_024 });
    expect(estimate.writeRequestUnits).toBe(120_000);
    expect(estimate.usd).toBeCloseTo(0.075, 10);
    expect(estimate.priceSince).toBe('2024-11-01');
  });

  it.each([
    [1, 1],
    [1_024, 1],
    [1_025, 2],
    [409_600, 400],
  ])('GIVEN items of %d bytes WHEN estimated THEN each uses %d WRU (1 per started KB)', (bytes, wru) => {
    expect(estimateLoadCost({ items: 10, itemSizeBytes: bytes }).wruPerItem).toBe(wru);
  });

  it('GIVEN zero items WHEN estimated THEN it costs nothing', () => {
    expect(estimateLoadCost({ items: 0, itemSizeBytes: 200 }).usd).toBe(0);
  });
});
