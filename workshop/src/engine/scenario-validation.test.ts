import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenario.js';
import { validateScenario } from './scenario-validation.js';

const base: Scenario = {
  seed: 1,
  load: { profile: { kind: 'constant', ratePerSecond: 10 }, duration: { seconds: 60 }, keys: 10 },
  consumer: { startingPosition: 'TRIM_HORIZON' },
  function: { kind: 'cost', fixedMs: 10, perRecordMs: 1 },
};
const withLoad = (load: Partial<Scenario['load']>): Scenario => ({ ...base, load: { ...base.load, ...load } });

type Case = readonly [field: string, min: number, max: number, make: (n: number) => Scenario];
const ranges: readonly Case[] = [
  ['shards', 1, 100, (n) => ({ ...base, shards: n })],
  ['load.keys', 1, 1_000_000, (n) => withLoad({ keys: n })],
  ['load.hotKeyShare', 0, 1, (n) => withLoad({ hotKeyShare: n })],
  ['load.duration', 1, 604_800, (n) => withLoad({ duration: { seconds: n } })],
  ['horizonSeconds', 1, 604_800, (n) => ({ ...base, horizonSeconds: n })],
  ['load.profile.ratePerSecond', 0, 100_000, (n) => withLoad({ profile: { kind: 'constant', ratePerSecond: n } })],
  ['load.profile.peakHour', 0, 23, (n) => withLoad({ profile: { kind: 'daily', basePerSecond: 1, peakPerSecond: 2, peakHour: n } })],
  ['seed', 0, 4_294_967_295, (n) => ({ ...base, seed: n })],
];

describe('validateScenario — both ends of every range', () => {
  it.each(ranges)('GIVEN %s at %d and at %d WHEN validated THEN no issue', (_f, min, max, make) => {
    expect(validateScenario(make(min))).toEqual([]);
    expect(validateScenario(make(max))).toEqual([]);
  });

  it.each(ranges)('GIVEN %s just outside %d–%d WHEN validated THEN out_of_range with the bounds and the value', (field, min, max, make) => {
    const step = max - min <= 1 ? 0.01 : 1;
    for (const got of [min - step, max + step]) {
      expect(validateScenario(make(got))).toEqual([expect.objectContaining({ code: 'out_of_range', field, min, max, inclusive: true, got })]);
    }
  });

  it('GIVEN load.itemSizeBytes from 337 to 409,600 WHEN validated THEN no issue; 409,601 is out_of_range (DynamoDB\'s 400 KB)', () => {
    expect(validateScenario(withLoad({ itemSizeBytes: 337 }))).toEqual([]);
    expect(validateScenario(withLoad({ itemSizeBytes: 409_600 }))).toEqual([]);
    expect(validateScenario(withLoad({ itemSizeBytes: 409_601 }))).toEqual([{ code: 'out_of_range', field: 'load.itemSizeBytes', min: 337, max: 409_600, inclusive: true, got: 409_601, unit: 'bytes' }]);
  });

  it('GIVEN load.itemSizeBytes 336 (or 1) WHEN validated THEN item_size_below_order: an order\'s own attributes need 337 bytes', () => {
    for (const got of [1, 200, 336]) {
      expect(validateScenario(withLoad({ itemSizeBytes: got }))).toEqual([{ code: 'item_size_below_order', field: 'load.itemSizeBytes', min: 337, max: 409_600, got }]);
    }
  });

  it('GIVEN an unknown stream view type WHEN validated THEN invalid_choice naming the four AWS has', () => {
    const scenario = { ...base, streamViewType: 'BOTH' } as unknown as Scenario;
    expect(validateScenario(scenario)).toEqual([
      { code: 'invalid_choice', field: 'streamViewType', allowed: ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'], got: 'BOTH' },
    ]);
    expect(validateScenario({ ...base, streamViewType: 'KEYS_ONLY' })).toEqual([]);
  });

  it('GIVEN 2.5 shards WHEN validated THEN not_integer', () => {
    expect(validateScenario({ ...base, shards: 2.5 })).toEqual([{ code: 'not_integer', field: 'shards', got: 2.5 }]);
  });

  it('GIVEN a NaN rate WHEN validated THEN not_a_number', () => {
    expect(validateScenario(withLoad({ profile: { kind: 'ramp', fromPerSecond: Number.NaN, toPerSecond: 1 } }))).toEqual([
      { code: 'not_a_number', field: 'load.profile.fromPerSecond', got: 'NaN' },
    ]);
  });

  it('GIVEN a steps profile with no step WHEN validated THEN missing_setting', () => {
    expect(validateScenario(withLoad({ profile: { kind: 'steps', steps: [] } }))).toEqual([{ code: 'missing_setting', field: 'load.profile.steps' }]);
  });
});
