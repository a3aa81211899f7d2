import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { runSimulation } from './run-simulation.js';
import { constantScenario, recordingRunner } from './test-runners.js';

describe('runSimulation — per-key order and one batch per lane', () => {
  it.each([1, 3, 10])('GIVEN ParallelizationFactor %d on 2 shards WHEN 10 min of skewed writes run THEN each key sees its records in sequence order', async (pf) => {
    const scenario = constantScenario(400, 600, {
      shards: 2,
      load: { profile: { kind: 'constant', ratePerSecond: 400 }, duration: { seconds: 600 }, keys: 50, hotKeyShare: 0.3 },
      consumer: { startingPosition: 'TRIM_HORIZON', parallelizationFactor: pf, batchSize: 25 },
    });
    const { runner, deliveries } = recordingRunner(20, 2);
    const { totals, minutes } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);
    const lastSeen = new Map<number, string>();
    let outOfOrder = 0;
    for (const delivery of deliveries) {
      for (const record of delivery.records) {
        const before = lastSeen.get(record.keyIndex);
        if (before !== undefined && !(record.sequenceNumber > before)) outOfOrder += 1;
        lastSeen.set(record.keyIndex, record.sequenceNumber);
      }
    }
    expect(outOfOrder).toBe(0);
    const delivered = deliveries.reduce((n, d) => n + d.records.length, 0);
    expect(delivered).toBeGreaterThanOrEqual(totals.processed);
    expect(delivered).toBeLessThanOrEqual(totals.processed + totals.inStream);
    expect(Math.max(...minutes.map((m) => m.concurrentExecutionsMax))).toBeLessThanOrEqual(2 * pf);
  });

  it('GIVEN PF 10 and 1 shard WHEN saturated THEN up to 10 executions run at once, never more', async () => {
    const scenario = constantScenario(5_000, 120, { load: { profile: { kind: 'constant', ratePerSecond: 5_000 }, duration: { seconds: 120 }, keys: 1_000 }, consumer: { startingPosition: 'TRIM_HORIZON', parallelizationFactor: 10 } });
    const { runner } = recordingRunner(100, 5);
    const { minutes } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);
    expect(Math.max(...minutes.map((m) => m.concurrentExecutionsMax))).toBe(10);
  });

  it('GIVEN one batch delivered at a time per lane WHEN PF 1 THEN every delivery starts after the previous one ended', async () => {
    const scenario = constantScenario(100, 120, { consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 10 } });
    const { runner, deliveries } = recordingRunner(50, 10);
    await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);
    for (let i = 1; i < deliveries.length; i++) {
      const previous = deliveries[i - 1]!;
      expect(deliveries[i]!.startMs).toBeGreaterThanOrEqual(previous.startMs + 50 + 10 * previous.records.length);
    }
  });
});

