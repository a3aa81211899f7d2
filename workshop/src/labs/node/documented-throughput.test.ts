// The throughput figures the lab pages teach (labs 01–05), measured on the engine they describe. In the engine,
// as AWS documents it (facts sheet §A "Polling"), a shard that is behind sends its next batch as soon as the
// previous invocation returns, so a saturated consumer delivers BatchSize records per invocation duration.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_ASSUMPTIONS } from '../../engine/engine-assumptions.js';
import { DEFAULT_OVERHEAD_MS } from '../../engine/handler/create-handler-runner.js';
import { IO_LATENCY_DEFAULTS } from '../../engine/handler/virtual-io.js';
import { simulate } from '../../engine/simulate.js';
import type { FunctionModel, Scenario } from '../../engine/scenario.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import { fileURLToPath } from 'node:url';
import { loadLab } from './lab-loader.js';

// The reference handlers of labs 01 and 04, through the lab loader (the kit never imports lab code statically).
const solutionRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const referenceHandler = async (lab: string) => (await loadLab(solutionRoot, lab, { variant: 'solution', modules: ['handler'] })).exports.createHandler!;
const [oneAtATime, batchFriendly] = [await referenceHandler('01'), await referenceHandler('04')];

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
    const result = await saturatedRun(1_000, { kind: 'handler', createHandler: batchFriendly }, 12_000, 10);
    expect(result.minutes[0]!.durationAvgMs).toBe(93);
    expect(Math.round(expectBackToBack(result, 1_000, 93, 10) / 250) * 250).toBe(10_750);
  });
});
