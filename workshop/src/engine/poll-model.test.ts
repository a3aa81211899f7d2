// The poll model (facts sheet §A "Polling", §E): while a lane is behind, the next batch starts when the previous
// invocation returns; once it has caught up, a new record waits for the shard's next regular poll (4 per second).
import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { AWS_FACTS } from '../settings/aws-limits.js';
import { DEFAULT_ENGINE_ASSUMPTIONS, type EngineAssumptions } from './engine-assumptions.js';
import { runSimulation } from './run-simulation.js';
import { constantScenario, recordingRunner } from './test-runners.js';

const POLL_MS = 1000 / AWS_FACTS.pollsPerSecond;
// Lab 01's consumer shape: BatchSize 100, one 8 ms write per record + 5 ms per invocation → 805 ms per full batch.
const consumer = { startingPosition: 'TRIM_HORIZON', batchSize: 100 } as const;

async function deliveries(ratePerSecond: number, seconds: number, assumptions?: Partial<EngineAssumptions>) {
  const scenario = constantScenario(ratePerSecond, seconds, { consumer });
  const { runner, deliveries: seen } = recordingRunner(5, 8);
  const { totals } = await runSimulation(scenario, resolveConsumerSettings(consumer), runner, assumptions ? { assumptions } : undefined);
  return { seen, totals };
}
const gaps = (starts: readonly number[]) => starts.slice(1).map((t, i) => t - starts[i]!);

describe('poll model — back to back while behind, next poll once caught up', () => {
  it('GIVEN the default assumptions WHEN read THEN batches run back to back with no gap (the model AWS documents)', () => {
    expect(DEFAULT_ENGINE_ASSUMPTIONS.pollAfterInvocation).toBe('back-to-back');
    expect(DEFAULT_ENGINE_ASSUMPTIONS.backToBackGapMs).toBe(0);
    expect(DEFAULT_ENGINE_ASSUMPTIONS.pollIntervalMs).toBe(250);
  });

  it('GIVEN a lane far behind (500 writes/s, 805 ms batches) WHEN run THEN every batch is full and starts the moment the previous one returns', async () => {
    const { seen, totals } = await deliveries(500, 60);
    expect(totals.inStream).toBeGreaterThan(0);
    expect(seen.slice(0, -1).every((d) => d.records.length === 100)).toBe(true);
    // The first batch waits for the first poll; from then on each starts when the previous invocation ends.
    expect(new Set(gaps(seen.map((d) => d.startMs)).slice(1))).toEqual(new Set([805]));
  });

  it('GIVEN the same lane and an assumed 20 ms gap between back-to-back batches WHEN run THEN batches start 825 ms apart', async () => {
    const { seen } = await deliveries(500, 60, { backToBackGapMs: 20 });
    expect(new Set(gaps(seen.map((d) => d.startMs)).slice(1))).toEqual(new Set([825]));
  });

  it('GIVEN the round-1 "next-poll" rule WHEN the lane is behind THEN each 805 ms batch waits for the next 250 ms poll: one per second', async () => {
    const { seen } = await deliveries(500, 60, { pollAfterInvocation: 'next-poll' });
    expect(new Set(gaps(seen.map((d) => d.startMs)).slice(1))).toEqual(new Set([1_000]));
  });

  it('GIVEN a lane that keeps up (1 write every 1.3 s) WHEN a record arrives THEN it is delivered at the first regular poll at or after its arrival', async () => {
    const { seen } = await deliveries(1 / 1.3, 120);
    expect(seen.length).toBeGreaterThan(50);
    for (const { startMs, records } of seen) {
      expect(records).toHaveLength(1);
      expect(startMs % POLL_MS).toBe(0);
      const arrival = records[0]!.arrivalMs;
      expect(startMs).toBeGreaterThanOrEqual(arrival);
      expect(startMs - arrival).toBeLessThan(POLL_MS);
    }
  });

  it('GIVEN a backlog that drains (burst, then quiet) WHEN the lane catches up THEN it goes back to the poll cadence', async () => {
    const scenario = constantScenario(300, 10, { consumer, horizonSeconds: 60 });
    const { runner, deliveries: seen } = recordingRunner(5, 8);
    const { totals } = await runSimulation(scenario, resolveConsumerSettings(consumer), runner);
    expect(totals.processed).toBe(totals.written);
    const starts = seen.map((d) => d.startMs);
    // Back to back through the backlog: only the first start (a poll) and the gaps of exactly one invocation.
    gaps(starts).forEach((gap, i) => expect(gap).toBe(seen[i]!.records.length * 8 + 5));
    expect(starts[0]! % POLL_MS).toBe(0);
  });

  it.each([
    ['back-to-back', 100 / 0.805],
    ['next-poll', 100],
  ] as const)('GIVEN lab 01\'s consumer shape saturated WHEN run with %s THEN it delivers 100 records per batch ÷ the batch cycle (≈ %d/s)', async (rule, perSecond) => {
    const { totals } = await deliveries(500, 600, { pollAfterInvocation: rule });
    expect(totals.processed / 600).toBeCloseTo(perSecond, 0);
  });
});
