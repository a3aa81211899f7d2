import { describe, expect, it } from 'vitest';
import { parseLoadPlan, type RawLoadOptions } from './load-options.js';

const valid: RawLoadOptions = { rate: '200', duration: '10m', keys: '100', hotKeyShare: '0', itemSize: '400', concurrency: '4', maxCost: '0.10' };

describe('parseLoadPlan', () => {
  it('GIVEN 200/s for 10m WHEN parsed THEN 120,000 items are planned', () => {
    expect(parseLoadPlan(valid)).toEqual({ ratePerSecond: 200, durationSeconds: 600, items: 120_000, keys: 100, hotKeyShare: 0, itemSizeBytes: 400, concurrency: 4, maxCostUsd: 0.1 });
  });

  it.each([
    ['rate', '1'],
    ['rate', '10000'],
    ['keys', '1'],
    ['keys', '1000000'],
    ['hotKeyShare', '0'],
    ['hotKeyShare', '1'],
    ['hotKeyShare', '0.35'],
    ['itemSize', '337'],
    ['itemSize', '409600'],
    ['concurrency', '1'],
    ['concurrency', '64'],
    ['duration', '1s'],
    ['duration', '24h'],
    ['maxCost', '0'],
    ['maxCost', '100'],
  ] as const)('GIVEN %s at its bound %s WHEN parsed THEN it is accepted', (field, value) => {
    expect(() => parseLoadPlan({ ...valid, [field]: value })).not.toThrow();
  });

  it.each([
    ['rate', '0', { code: 'out_of_range', field: '--rate', min: 1, max: 10_000, got: 0 }],
    ['rate', '10001', { code: 'out_of_range', field: '--rate', min: 1, max: 10_000, got: 10_001 }],
    ['keys', '0', { code: 'out_of_range', field: '--keys', min: 1, max: 1_000_000, got: 0 }],
    ['hotKeyShare', '1.5', { code: 'out_of_range', field: '--hot-key-share', min: 0, max: 1, got: 1.5 }],
    ['hotKeyShare', 'half', { code: 'not_a_number', field: '--hot-key-share', got: 'half' }],
    ['itemSize', '409601', { code: 'out_of_range', field: '--item-size', min: 337, max: 409_600, got: 409_601, unit: 'bytes' }],
    ['itemSize', '336', { code: 'item_size_below_order', field: '--item-size', min: 337, max: 409_600, got: 336 }],
    ['itemSize', '2.5', { code: 'not_integer', field: '--item-size', got: 2.5 }],
    ['concurrency', '65', { code: 'out_of_range', field: '--concurrency', min: 1, max: 64, got: 65 }],
    ['duration', '500ms', { code: 'out_of_range', field: '--duration', min: 1, max: 86_400, got: 0.5 }],
    ['duration', '25h', { code: 'out_of_range', field: '--duration', min: 1, max: 86_400, got: 90_000 }],
    ['duration', 'ten', { code: 'invalid_duration', field: '--duration', got: 'ten' }],
    ['maxCost', '-1', { code: 'out_of_range', field: '--max-cost', min: 0, max: 100, got: -1 }],
    ['rate', 'fast', { code: 'not_a_number', field: '--rate', got: 'fast' }],
    ['rate', '2.5', { code: 'not_integer', field: '--rate', got: 2.5 }],
  ] as const)('GIVEN %s %s WHEN parsed THEN %o', (field, value, issue) => {
    expect(() => parseLoadPlan({ ...valid, [field]: value })).toThrow(expect.objectContaining({ issue: expect.objectContaining(issue) }));
  });

  it('GIVEN a bad rate and a bad duration WHEN parsed THEN the rate (first option) is reported', () => {
    expect(() => parseLoadPlan({ ...valid, rate: '0', duration: 'ten' })).toThrow(expect.objectContaining({ issue: expect.objectContaining({ field: '--rate' }) }));
  });
});
