import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { createCostModelRunner } from './cost-model-runner.js';
import type { EngineAssumptions } from './engine-assumptions.js';
import { runSimulation } from './run-simulation.js';
import type { Scenario } from './scenario.js';
import { constantScenario } from './test-runners.js';

const run = (scenario: Scenario) => {
  if (scenario.function.kind !== 'cost') throw new Error('cost model expected');
  return runSimulation(scenario, resolveConsumerSettings(scenario.consumer), createCostModelRunner(scenario.function));
};

// Consumer of these tests: 1 shard, PF 1, BatchSize 100, 10 ms per record → 1 s per full batch → μ = 100 records/s.
const consumer = { startingPosition: 'TRIM_HORIZON', batchSize: 100 } as const;
const cost = { kind: 'cost', fixedMs: 0, perRecordMs: 10 } as const;

describe('queueing sanity (the engine behaves like a queue)', () => {
  it.each([200, 400])('GIVEN λ = %d/s above μ = 100/s WHEN run 30 min THEN IteratorAge grows linearly with slope 1 − μ/λ (±3%%)', async (lambda) => {
    const { minutes } = await run(constantScenario(lambda, 1_800, { consumer, function: cost }));
    const [early, late] = [minutes[5]!.iteratorAgeMaxMs!, minutes[29]!.iteratorAgeMaxMs!];
    const slope = (late - early) / (24 * 60_000);
    const expected = 1 - 100 / lambda;
    expect(Math.abs(slope - expected) / expected).toBeLessThan(0.03);
  });

  it('GIVEN λ = 50/s below μ = 100/s WHEN run 1 h THEN IteratorAge stays bounded (< 1.5 s) and the backlog stays small', async () => {
    const { minutes } = await run(constantScenario(50, 3_600, { consumer, function: cost }));
    expect(Math.max(...minutes.map((m) => m.iteratorAgeMaxMs ?? 0))).toBeLessThan(1_500);
    expect(Math.max(...minutes.map((m) => m.backlog))).toBeLessThan(100);
  });

  // Saturated: 2 shards × PF 3, BatchSize 100, 400 ms per batch. A busy lane starts its next batch as soon as the
  // previous one returns (facts sheet §A "Polling"); with the round-1 'next-poll' rule it waited for the shard's
  // next regular poll (every 250 ms): 400 ms → 500 ms.
  const saturated = (assumptions?: Partial<EngineAssumptions>) => {
    const scenario = constantScenario(6_000, 600, {
      shards: 2,
      load: { profile: { kind: 'constant', ratePerSecond: 6_000 }, duration: { seconds: 600 }, keys: 5_000 },
      consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100, parallelizationFactor: 3 },
    });
    const runner = createCostModelRunner({ kind: 'cost', fixedMs: 100, perRecordMs: 3 });
    return runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner, assumptions ? { assumptions } : undefined);
  };
  const throughput = (minutes: readonly { processed: number }[]) => minutes.slice(2, 9).reduce((n, m) => n + m.processed, 0) / (7 * 60);

  it('GIVEN a saturated stream WHEN run THEN batches run back to back: shards × PF × batch ÷ duration = 600 ÷ 0.4 s (±3%)', async () => {
    const { minutes } = await saturated();
    expect(Math.abs(throughput(minutes) - 1_500) / 1_500).toBeLessThan(0.03);
  });

  it('GIVEN the same stream and an assumed 100 ms gap between back-to-back batches WHEN run THEN 600 ÷ 0.5 s (±3%)', async () => {
    const { minutes } = await saturated({ backToBackGapMs: 100 });
    expect(Math.abs(throughput(minutes) - 1_200) / 1_200).toBeLessThan(0.03);
  });

  it('GIVEN the same stream and the round-1 "next-poll" rule WHEN run THEN each batch waits for the next 250 ms poll: 600 ÷ 0.5 s (±3%)', async () => {
    const { minutes } = await saturated({ pollAfterInvocation: 'next-poll' });
    expect(Math.abs(throughput(minutes) - 1_200) / 1_200).toBeLessThan(0.03);
  });

  it('GIVEN one record every 3.3 s and an idle lane WHEN run THEN IteratorAge never exceeds the 250 ms poll gap + duration', async () => {
    const { minutes } = await run(constantScenario(0.3, 600, { consumer, function: { kind: 'cost', fixedMs: 5, perRecordMs: 0 } }));
    const ages = minutes.map((m) => m.iteratorAgeMaxMs ?? 0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(250);
    expect(Math.max(...ages)).toBeGreaterThan(0);
  });
});
