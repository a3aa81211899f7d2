// The throughput figures the lab pages teach (labs 01–05), measured on the engine they describe. In the engine,
// as AWS documents it (facts sheet §A "Polling"), a shard that is behind sends its next batch as soon as the
// previous invocation returns, so a saturated consumer delivers BatchSize records per invocation duration.
// A lab's own local run (what its chart on the site draws) is read from its golden (test-fixtures/lab-golden.ts):
// lab-runs.golden.test.ts runs it on the engine and compares it byte for byte, so it is not run a second time here.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_ASSUMPTIONS } from '../../engine/engine-assumptions.js';
import { DEFAULT_OVERHEAD_MS } from '../../engine/handler/create-handler-runner.js';
import { IO_LATENCY_DEFAULTS } from '../../engine/handler/virtual-io.js';
import { simulate } from '../../engine/simulate.js';
import type { FunctionModel, Scenario } from '../../engine/scenario.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import { incidentBefore } from '../../engine/scenarios/incident.js';
import { fileURLToPath } from 'node:url';
import type { LabVariant } from '../core/lab-definition.js';
import { loadLab } from './lab-loader.js';
import { loadLabScenario } from './lab-scenario-loader.js';
import { ESTIMATE_TOLERANCE } from '../core/definitions/03-observe-iteratorage.js';
import { GROWING_LAG_MS } from '../core/lag-growth.js';
import { readLabGolden, type GoldenRun } from './test-fixtures/lab-golden.js';

// The reference handlers of labs 01 and 04, through the lab loader (the kit never imports lab code statically).
const solutionRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const referenceHandler = async (lab: string) => (await loadLab(solutionRoot, lab, { variant: 'solution', modules: ['handler'] })).exports.createHandler!;
const [oneAtATime, batchFriendly] = [await referenceHandler('01'), await referenceHandler('04')];

const repoRoot = solutionRoot;
/** The scenario of a lab chart id (`03-observe-iteratorage/solution`), as `run NN` and the site build it. */
const loadLabChartScenario = (id: string) => {
  const [slug, variant] = id.split('/') as [string, LabVariant];
  return loadLabScenario(repoRoot, slug.slice(0, 2), variant);
};

async function saturatedRun(batchSize: number, fn: FunctionModel, ratePerSecond: number, seconds: number): Promise<SimulationResult> {
  const scenario: Scenario = {
    seed: 1,
    load: { profile: { kind: 'constant', ratePerSecond }, duration: { seconds }, keys: 1_000 },
    consumer: { batchSize, startingPosition: 'TRIM_HORIZON' },
    function: fn,
  };
  const result = await simulate(scenario);
  expect(result.totals.inStream, 'the run must stay saturated').toBeGreaterThan(batchSize);
  return result;
}

/**
 * Checks that the run processed `batchSize` records every `batchMs`, back to back from the first poll (the
 * first record is seen by the 250 ms poll) to the end, to within one batch; returns that rate per second.
 */
function expectBackToBack(result: SimulationResult, batchSize: number, batchMs: number, seconds: number): number {
  const perSecond = (batchSize * 1000) / batchMs;
  const busySeconds = seconds - DEFAULT_ENGINE_ASSUMPTIONS.pollIntervalMs / 1000;
  expect(Math.abs(result.totals.processed - perSecond * busySeconds)).toBeLessThanOrEqual(batchSize);
  return perSecond;
}

/** One full batch of lab 01's handler: one PutItem per record, waited one after another, plus the invocation overhead. */
const oneAtATimeBatchMs = (batchSize: number) => batchSize * IO_LATENCY_DEFAULTS.putItemMs + DEFAULT_OVERHEAD_MS;

describe('the consumer throughput stated on the lab pages (engine, saturated runs, real lab handlers)', () => {
  it('GIVEN lab 01\'s handler and batches of 100 (100 × 8 ms + 5 ms = 805 ms) WHEN saturated THEN back to back: 100 ÷ 0.805 s ≈ 124 records/s (labs 01–03, 05)', async () => {
    expect(oneAtATimeBatchMs(100)).toBe(805);
    const result = await saturatedRun(100, { kind: 'handler', createHandler: oneAtATime }, 200, 300);
    expect(result.minutes[2]!.durationAvgMs).toBe(805);
    expect(Math.round(expectBackToBack(result, 100, 805, 300))).toBe(124);
  });

  it('GIVEN lab 01\'s handler and batches of 1,000 (8,005 ms) WHEN saturated THEN about 125 records/s: a bigger batch alone barely helps (lab 04, step 1)', async () => {
    const result = await saturatedRun(1_000, { kind: 'handler', createHandler: oneAtATime }, 200, 300);
    expect(result.minutes[2]!.durationAvgMs).toBe(oneAtATimeBatchMs(1_000));
    expect(Math.round(expectBackToBack(result, 1_000, 8_005, 300))).toBe(125);
  });

  it('GIVEN batches of 1,000 and lab 04\'s batch-friendly handler (93 ms) WHEN saturated THEN about 10,750 records/s per shard (lab 04, step 2)', async () => {
    // 3 s are ≈ 29 batches back to back (waiting for the next 250 ms poll after each would deliver ≈ 11): one batch
    // of tolerance still tells them apart, at a third of the records of a 10 s run.
    const result = await saturatedRun(1_000, { kind: 'handler', createHandler: batchFriendly }, 12_000, 3);
    expect(result.minutes[0]!.durationAvgMs).toBe(93);
    expect(Math.round(expectBackToBack(result, 1_000, 93, 3) / 250) * 250).toBe(10_750);
  });
});

/** IteratorAge (Maximum) of each minute, in ms (0 for a minute without invocations), of a run or a golden. */
const agesOf = (result: SimulationResult | GoldenRun): readonly number[] => ('ages' in result ? result.ages : result.minutes.map((m) => m.iteratorAgeMaxMs ?? 0));
/** Lag growth in seconds per minute, from the first to the last minute's Maximum. */
const secondsPerMinute = (result: SimulationResult | GoldenRun) => {
  const ages = agesOf(result);
  return (ages.at(-1)! - ages[0]!) / 1000 / (ages.length - 1);
};

describe('the lab charts\' numbers the pages state (engine: the labs\' own runs, as their goldens hold them, and variations)', () => {
  it('GIVEN lab 02\'s starter (50 writes/s) WHEN run THEN IteratorAge stays between 10 and 20 ms and the backlog never grows', () => {
    const result = readLabGolden('02-generate-load/starter');
    for (const age of result.ages) expect(age >= 10 && age <= 20, `IteratorAge ${age} ms`).toBe(true);
    expect(result.totals.inStream).toBeLessThan(20);
  });

  it('GIVEN lab 03\'s solution (200 writes/s, its whole 10-minute load) WHEN run THEN about 76 records/s more than delivered: the lag grows ≈ 23 s a minute, 227 s at the end, > 45,000 records queued', () => {
    const result = readLabGolden('03-observe-iteratorage/solution');
    expect(result.horizonSeconds).toBe(600);
    expect(Math.round(200 - 100_000 / 805)).toBe(76);
    expect(Math.round(secondsPerMinute(result))).toBe(23);
    expect(Math.round(agesOf(result).at(-1)! / 1000)).toBe(227);
    expect(agesOf(result)[0]!).toBeLessThan(30_000);
    expect(agesOf(result)[1]!).toBeGreaterThan(30_000); // crosses the 30 s line in the second minute
    expect(result.totals.inStream).toBeGreaterThan(45_000);
    // The page's estimate t × (1 − μ/λ) with μ = 100 ÷ 0.805 s: ≈ 114 s after 5 minutes, ≈ 227 after 10; 30 h of lag takes > 3 days.
    const growth = 1 - 100_000 / 805 / 200;
    expect([Math.round(300 * growth), Math.round(600 * growth)]).toEqual([114, 227]);
    // The page's wrong estimate: a batch rounded up to the next 1 s poll (μ = 100/s) says 300 s, outside the check's 20%.
    const pollRounded = 600 * (1 - 100 / 200);
    expect(pollRounded).toBe(300);
    expect(Math.abs(pollRounded * 1000 - agesOf(result).at(-1)!)).toBeGreaterThan(ESTIMATE_TOLERANCE * agesOf(result).at(-1)!);
    expect(30 / growth / 24).toBeGreaterThan(3);
  });

  it.each([
    [123, 'keeps up', (lastAgeMs: number, inStream: number) => lastAgeMs < 1_000 && inStream < 100],
    [125, 'falls behind slowly (under half a second of lag per minute)', (lastAgeMs: number) => lastAgeMs > 0 && lastAgeMs < 1_000],
  ] as const)('GIVEN lab 01\'s consumer and %d writes/s for 2 minutes WHEN run THEN it %s (lab 02\'s threshold: ≈ 124)', async (rate, _what, holds) => {
    const base = await loadLabChartScenario('02-generate-load/solution');
    const result = await simulate({ ...base, horizonSeconds: 120, load: { ...base.load, profile: { kind: 'constant', ratePerSecond: rate } } });
    expect(holds(agesOf(result).at(-1)!, result.totals.inStream)).toBe(true);
  });

  it('GIVEN lab 01\'s consumer and 150 writes/s WHEN run 2 minutes THEN the lag grows about 10 s a minute (lab 02: "150 or more")', async () => {
    const base = await loadLabChartScenario('02-generate-load/solution');
    const result = await simulate({ ...base, horizonSeconds: 120, load: { ...base.load, profile: { kind: 'constant', ratePerSecond: 150 } } });
    expect(Math.round(agesOf(result)[1]! / 1000 - agesOf(result)[0]! / 1000)).toBe(10);
  });

  it.each([
    [150, 51, false],
    [160, 66, true],
  ] as const)('GIVEN lab 01\'s consumer and %d writes/s WHEN run for the check\'s 5 minutes THEN the last IteratorAge is about %d s (passes check 02: %s; lab 02: "160 or more")', async (rate, seconds, passes) => {
    const base = await loadLabChartScenario('02-generate-load/solution');
    expect(base.horizonSeconds).toBe(300);
    const result = await simulate({ ...base, load: { ...base.load, profile: { kind: 'constant', ratePerSecond: rate } } });
    expect(Math.round(agesOf(result).at(-1)! / 1000)).toBe(seconds);
    expect(agesOf(result).at(-1)! >= GROWING_LAG_MS).toBe(passes);
  });

  it('GIVEN lab 04\'s starter and solution WHEN run THEN the starter peaks at 45 s and the solution stays at about 5 ms', () => {
    expect(Math.round(Math.max(...readLabGolden('04-batch-size/starter').ages) / 1000)).toBe(45);
    expect(Math.max(...readLabGolden('04-batch-size/solution').ages)).toBeLessThanOrEqual(5);
  });

  it('GIVEN lab 04\'s starter WHEN run for 10 minutes (`run 04 --minutes 10`) THEN the lag reaches 227 s ≈ 3.8 min, as in lab 03', async () => {
    const starter = await loadLabChartScenario('04-batch-size/starter');
    const result = await simulate({ ...starter, horizonSeconds: 600 });
    expect(Math.round(agesOf(result).at(-1)! / 1000)).toBe(227);
    expect(Math.round(agesOf(result).at(-1)! / 6_000) / 10).toBe(3.8);
  });

  it('GIVEN lab 05\'s starter and solution WHEN run THEN about 5 ms with one lane, a few tens of ms with 10', () => {
    expect(Math.max(...readLabGolden('05-parallelization/starter').ages)).toBeLessThanOrEqual(5);
    const tenLanes = Math.max(...readLabGolden('05-parallelization/solution').ages);
    expect(tenLanes).toBeGreaterThanOrEqual(20);
    expect(tenLanes).toBeLessThan(100);
  });

  it('GIVEN lab 05 at 20,000 writes/s on one shard WHEN run 3 s THEN one lane falls behind by about half a second every second, 10 lanes stay at about 1 ms', async () => {
    const at20k = async (id: string) => {
      const base = await loadLabChartScenario(id);
      return simulate({ ...base, horizonSeconds: 3, load: { ...base.load, profile: { kind: 'constant', ratePerSecond: 20_000 }, duration: { seconds: 3 } } });
    };
    const oneLane = agesOf(await at20k('05-parallelization/starter'))[0]!;
    const busySeconds = 3 - DEFAULT_ENGINE_ASSUMPTIONS.pollIntervalMs / 1000;
    expect(oneLane / 1000 / busySeconds).toBeGreaterThan(0.4);
    expect(oneLane / 1000 / busySeconds).toBeLessThan(0.55);
    expect(agesOf(await at20k('05-parallelization/solution'))[0]!).toBeLessThanOrEqual(2);
  });
});

describe('the capacity page, the playground and the incident (engine, cost model)', () => {
  const run = (scenario: Scenario) => simulate(scenario);
  const capacityExample = (batchSize: number, parallelizationFactor: number, hotKeyShare = 0): Scenario => ({
    seed: 1,
    shards: 2,
    load: { profile: { kind: 'constant', ratePerSecond: 300 }, duration: { seconds: 3_600 }, keys: 1_000, hotKeyShare },
    consumer: { startingPosition: 'TRIM_HORIZON', batchSize, parallelizationFactor },
    function: { kind: 'cost', fixedMs: 20, perRecordMs: 10 },
  });
  const minutesOfLag = (result: SimulationResult) => Math.round(agesOf(result).at(-1)! / 6_000) / 10;

  it('GIVEN 2 shards, 20 ms + 10 ms/record, 300 writes/s for 1 h WHEN run THEN 196/s and 22.6 min of lag; batch 1,000: 199/s and 21.8 min; PF 10 keeps up', async () => {
    const before = await run(capacityExample(100, 1));
    expect(Math.round(before.totals.processed / 3_600)).toBe(196);
    expect(minutesOfLag(before)).toBe(22.6);
    const bigBatch = await run(capacityExample(1_000, 1));
    expect(Math.round(bigBatch.totals.processed / 3_600)).toBe(199);
    expect(minutesOfLag(bigBatch)).toBe(21.8);
    const tenLanes = await run(capacityExample(100, 10));
    expect(Math.max(...agesOf(tenLanes))).toBeLessThan(1_000);
  });

  it('GIVEN PF 10 and every write on one key WHEN run THEN the one lane that key goes through delivers about 98 records/s (100 ÷ 1.02 s)', async () => {
    const result = await run({ ...capacityExample(100, 10, 1), shards: 1 });
    expect(Math.round(result.totals.processed / 3_600)).toBe(98);
    const halfHot = await run(capacityExample(100, 10, 0.5));
    expect(minutesOfLag(halfHot)).toBeGreaterThan(20); // 150 writes/s to that key: its lag grows
  });

  it.each([
    [100, 98],
    [1_000, 100],
  ])('GIVEN the playground\'s starting values with batches of %d WHEN run THEN about %d records/s', async (batchSize, perSecond) => {
    const result = await run({
      seed: 1,
      load: { profile: { kind: 'constant', ratePerSecond: 500 }, duration: { seconds: 600 }, keys: 1_000 },
      consumer: { startingPosition: 'TRIM_HORIZON', batchSize },
      function: { kind: 'cost', fixedMs: 20, perRecordMs: 10 },
    });
    expect(Math.round(result.totals.processed / 600)).toBe(perSecond);
  });

  it('GIVEN the incident\'s "before" consumer (25 ms + 30 ms/record, batches of 100) WHEN run THEN about 33 records/s (100 ÷ 3.025 s)', async () => {
    const result = await run({ ...incidentBefore, load: { ...incidentBefore.load, duration: { seconds: 3_600 } } });
    expect(Math.round(result.totals.processed / 3_600)).toBe(33);
    expect(Math.round(100_000 / 3_025)).toBe(33);
  });
});
