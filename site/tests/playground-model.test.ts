import { describe, expect, it } from 'vitest';
import { buildScenario, DEFAULT_ALARM } from '../src/components/Playground/build-scenario';
import { estimateCapacity, NEAR_CAPACITY_SHARE } from '../src/components/Playground/capacity';
import { DEFAULT_VALUES, fromQuery, fromSliderPosition, PARAMS, SLIDER_STEPS, toQuery, toSliderPosition, toText } from '../src/components/Playground/playground-params';

describe('playground settings → engine scenario', () => {
  it('GIVEN the defaults WHEN built THEN the scenario is a constant load with the cost model and the 30 s alarm', () => {
    const outcome = buildScenario(toText(DEFAULT_VALUES));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.scenario.load.profile).toEqual({ kind: 'constant', ratePerSecond: 500 });
    expect(outcome.scenario.consumer).toMatchObject({ batchSize: 100, parallelizationFactor: 1, maxBatchingWindow: { seconds: 0 } });
    expect(outcome.scenario.function).toEqual({ kind: 'cost', fixedMs: 20, perRecordMs: 10 });
    expect(outcome.scenario.alarm).toEqual(DEFAULT_ALARM);
    expect(outcome.scenario.horizonSeconds).toBe(5_400);
  });

  it('GIVEN batchSize 10001 WHEN built THEN the kit reports out_of_range 1–10,000 with the value', () => {
    const outcome = buildScenario({ ...toText(DEFAULT_VALUES), batchSize: '10001' });
    expect(outcome).toEqual({ ok: false, issues: [{ code: 'out_of_range', field: 'batchSize', min: 1, max: 10_000, inclusive: true, got: 10_001 }] });
  });

  it('GIVEN batchSize 10000 and parallelizationFactor 10 (the maximums) WHEN built THEN they are accepted', () => {
    expect(buildScenario({ ...toText(DEFAULT_VALUES), batchSize: '10000', parallelizationFactor: '10' }).ok).toBe(true);
  });

  it('GIVEN parallelizationFactor 0 and a hot-key share of 101 % WHEN built THEN both problems are listed', () => {
    const outcome = buildScenario({ ...toText(DEFAULT_VALUES), parallelizationFactor: '0', hotKeyPercent: '101' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toEqual([
      { code: 'out_of_range', field: 'hotKeyPercent', min: 0, max: 100, inclusive: true, got: 101, unit: '%' },
      { code: 'out_of_range', field: 'parallelizationFactor', min: 1, max: 10, inclusive: true, got: 0 },
    ]);
  });

  it('GIVEN text that is not a number WHEN built THEN not_a_number quotes what was typed', () => {
    const outcome = buildScenario({ ...toText(DEFAULT_VALUES), perRecordMs: 'ten' });
    expect(outcome.ok ? [] : outcome.issues).toEqual([{ code: 'not_a_number', field: 'perRecordMs', got: 'ten' }]);
  });

  it('GIVEN settings WHEN written to the URL and read back THEN they are the same, and unknown keys are ignored', () => {
    const text = { ...toText(DEFAULT_VALUES), parallelizationFactor: '4', rate: '800' };
    const query = toQuery(text);
    expect(query).toContain('parallelizationFactor=4');
    expect(fromQuery(`${query}&evil=1`, toText(DEFAULT_VALUES))).toEqual(text);
  });
});

describe('log-scale sliders', () => {
  const batch = PARAMS.find((p) => p.key === 'batchSize')!;

  it('GIVEN the batch-size slider WHEN at either end THEN it gives the AWS bounds 1 and 10,000', () => {
    expect(fromSliderPosition(batch, 0)).toBe(1);
    expect(fromSliderPosition(batch, SLIDER_STEPS)).toBe(10_000);
  });

  it('GIVEN a batch size of 100 WHEN placed on the slider and read back THEN it is 100, about half-way along', () => {
    const position = toSliderPosition(batch, 100);
    expect(position).toBeGreaterThan(400);
    expect(position).toBeLessThan(600);
    expect(fromSliderPosition(batch, position)).toBe(100);
  });
});

describe('capacity estimate (shards × PF × batch ÷ batch duration: batches back to back while behind)', () => {
  it('GIVEN 1 shard, PF 1, batch 100 at 20 ms + 10 ms/record WHEN estimated THEN about 98 records/s and the write rate of 500 is above', () => {
    const c = estimateCapacity(DEFAULT_VALUES);
    expect(c.batchDurationMs).toBe(1_020);
    expect(c.bestPerSecond).toBeCloseTo(98.04, 1);
    expect(c.verdict).toBe('above');
  });

  it('GIVEN PF 10 WHEN estimated THEN capacity is ten times higher and 500/s is below it', () => {
    const c = estimateCapacity({ ...DEFAULT_VALUES, parallelizationFactor: 10 });
    expect(c.concurrency).toBe(10);
    expect(c.bestPerSecond).toBeCloseTo(980.4, 1);
    expect(c.verdict).toBe('below');
  });

  it('GIVEN a write rate within 10 % under the capacity WHEN estimated THEN near; above it, above', () => {
    const capacity = estimateCapacity(DEFAULT_VALUES).bestPerSecond;
    expect(estimateCapacity({ ...DEFAULT_VALUES, rate: Math.ceil(NEAR_CAPACITY_SHARE * capacity) }).verdict).toBe('near');
    expect(estimateCapacity({ ...DEFAULT_VALUES, rate: Math.floor(NEAR_CAPACITY_SHARE * capacity) - 1 }).verdict).toBe('below');
    expect(estimateCapacity({ ...DEFAULT_VALUES, rate: Math.ceil(capacity) }).verdict).toBe('above');
  });
});

describe('hot key against one lane', () => {
  it('GIVEN 50 % of 500 writes/s to one key and PF 10 WHEN estimated THEN that key (250/s) outruns its single lane (98/s)', () => {
    const c = estimateCapacity({ ...DEFAULT_VALUES, parallelizationFactor: 10, hotKeyPercent: 50 });
    expect(c.hotKey).toEqual({ perSecond: 250, laneBestPerSecond: 100_000 / 1_020, outruns: true });
  });

  it('GIVEN no hot key WHEN estimated THEN there is no hot-key line', () => {
    expect(estimateCapacity(DEFAULT_VALUES).hotKey).toBeUndefined();
  });
});
