import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { createCostModelRunner } from './cost-model-runner.js';
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

  // Saturated: 2 shards × PF 3, BatchSize 100, 400 ms per batch. A busy lane starts its next batch at the shard's
  // next regular poll (every 250 ms): 400 ms → 500 ms, a 100 ms poll gap (facts sheet: "up to 0.25 s").
  const saturated = (assumptions?: { pollAfterInvocation: 'immediate' }) => {
    const scenario = constantScenario(6_000, 600, {
      shards: 2,
      load: { profile: { kind: 'constant', ratePerSecond: 6_000 }, duration: { seconds: 600 }, keys: 5_000 },
      consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100, parallelizationFactor: 3 },
    });
    const runner = createCostModelRunner({ kind: 'cost', fixedMs: 100, perRecordMs: 3 });
    return runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner, assumptions ? { assumptions } : undefined);
  };
  const throughput = (minutes: readonly { processed: number }[]) => minutes.slice(2, 9).reduce((n, m) => n + m.processed, 0) / (7 * 60);

  it('GIVEN a saturated stream WHEN run THEN throughput = shards × PF × batch ÷ (duration + poll gap) = 600 ÷ 0.5 s (±3%)', async () => {
    const { minutes } = await saturated();
    expect(Math.abs(throughput(minutes) - 1_200) / 1_200).toBeLessThan(0.03);
  });

  it('GIVEN the same stream and the "immediate" re-poll assumption WHEN run THEN the gap is 0: 600 ÷ 0.4 s (±3%)', async () => {
    const { minutes } = await saturated({ pollAfterInvocation: 'immediate' });
    expect(Math.abs(throughput(minutes) - 1_500) / 1_500).toBeLessThan(0.03);
  });

  it('GIVEN one record every 3.3 s and an idle lane WHEN run THEN IteratorAge never exceeds the 250 ms poll gap + duration', async () => {
    const { minutes } = await run(constantScenario(0.3, 600, { consumer, function: { kind: 'cost', fixedMs: 5, perRecordMs: 0 } }));
    const ages = minutes.map((m) => m.iteratorAgeMaxMs ?? 0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(250);
    expect(Math.max(...ages)).toBeGreaterThan(0);
  });
});
