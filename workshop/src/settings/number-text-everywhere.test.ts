// `1_000` means the same in every place a number is typed: simulate, load and run read it through
// settings/number-text.ts, and the range checks of settings/range-check.ts follow.
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../cli/simulate/simulate-options.js';
import { parseLoadPlan } from '../load/load-options.js';

const load = { rate: '1_000', duration: '1m', keys: '1_000', hotKeyShare: '0', itemSize: '400', concurrency: '4', maxCost: '0.25' };

describe('one number syntax for every command', () => {
  it('GIVEN --rate 1_000 WHEN simulate and load read it THEN both get 1000 writes a second', () => {
    expect(buildScenario({ rate: '1_000' }).load.profile).toMatchObject({ ratePerSecond: 1000 });
    expect(parseLoadPlan(load).ratePerSecond).toBe(1000);
  });

  it('GIVEN --rate 1__000 WHEN simulate and load read it THEN both refuse it as not a number, naming --rate', () => {
    expect(() => buildScenario({ rate: '1__000' })).toThrow(expect.objectContaining({ issue: { code: 'not_a_number', field: '--rate', got: '1__000' } }));
    expect(() => parseLoadPlan({ ...load, rate: '1__000' })).toThrow(expect.objectContaining({ issue: { code: 'not_a_number', field: '--rate', got: '1__000' } }));
  });
});
