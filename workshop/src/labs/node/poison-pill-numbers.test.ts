// The numbers lab 07's pages state about the engine, computed by the engine from the lab's own files
// (real handlers, no mocks): the blocked lane of the starter, its 26-hour run, and the solution's single
// on-failure record. A page that states one of them must change when this test does.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../engine/simulate.js';
import { estimateLoadCost } from '../../settings/cost-estimate.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import { loadLabScenario } from './lab-scenario-loader.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const HOURS_26 = 26 * 3600;

describe('lab 07 — what its pages say the engine shows', () => {
  let starter: SimulationResult;
  let day: SimulationResult;
  let solution: SimulationResult;
  let itemSizeBytes: number | undefined;
  beforeAll(async () => {
    const scenario = await loadLabScenario(repoRoot, '07');
    itemSizeBytes = scenario.load.itemSizeBytes;
    starter = await simulate(scenario);
    day = await simulate({ ...scenario, horizonSeconds: HOURS_26 });
    solution = await simulate(await loadLabScenario(repoRoot, '07', 'solution'));
  }, 120_000);

  it('GIVEN the starter at 5 writes/s WHEN run for its 10 minutes THEN IteratorAge climbs one second per second from the poison on, with an error every minute and the other lanes still processing', () => {
    const ages = starter.minutes.map((m) => m.iteratorAgeMaxMs ?? 0);
    expect(Math.round(ages[9]! / 1000)).toBe(483);
    expect(Math.round((ages[9]! - ages[3]!) / 1000)).toBe(360); // 6 minutes later, 360 s older
    expect(starter.minutes.slice(2).every((m) => m.errors >= 1)).toBe(true);
    expect(starter.totals).toMatchObject({ written: 3_000, processed: 2_721, inStream: 279, lost: 0, onFailure: 0 });
    // Lab 06's reference alarm (inherited) pages at the end of minute 5, at 5 writes per second.
    expect(starter.alarm?.find((c) => c.state === 'ALARM')?.periodIndex).toBe(4);
    expect(solution.alarm?.some((c) => c.state === 'ALARM')).toBe(false);
  });

  it('GIVEN the same starter WHEN run for 26 hours THEN the 24 h retention trims the poison and the 5 orders of its batch, and its lane\'s 264 other orders are processed a day late', () => {
    expect(day.totals).toMatchObject({ written: 3_000, processed: 2_994, lost: 6, inStream: 0, onFailure: 0 });
    const firstLoss = day.minutes.findIndex((m) => m.lost > 0);
    expect(firstLoss).toBe(1_441); // minute 1,442: 24 h after the poison was written
    // The other orders of its lane, stuck behind it until then, are processed only from that minute on.
    expect(day.minutes.slice(firstLoss).reduce((sum, m) => sum + m.processed, 0)).toBe(264);
    expect(Math.round(Math.max(...day.minutes.map((m) => m.iteratorAgeMaxMs ?? 0)) / 3_600_000)).toBe(24);
    expect(day.execution?.mode).toBe('exact');
  });

  it('GIVEN the solution WHEN run THEN one on-failure record (3 invocations: 2 retries + 1), nothing lost, and IteratorAge peaks at 3.1 s', () => {
    expect(solution.onFailureRecords).toHaveLength(1);
    expect(solution.onFailureRecords[0]!.requestContext).toMatchObject({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 });
    expect(solution.onFailureRecords[0]!.DDBStreamBatchInfo.batchSize).toBe(1);
    expect(solution.totals).toMatchObject({ lost: 0, onFailure: 1 });
    expect(Math.round(Math.max(...solution.minutes.map((m) => m.iteratorAgeMaxMs ?? 0)) / 100) / 10).toBe(3.1);
  });

  it('GIVEN lab 07\'s own load.ts (3,000 orders of 400 bytes, each ≤ 1 KB) WHEN its AWS cost is estimated THEN 6,000 WRU (source + results rows) ≈ $0.004', () => {
    expect(itemSizeBytes).toBe(400);
    const cost = estimateLoadCost({ items: 3_000, itemSizeBytes: itemSizeBytes! });
    expect(cost.writeRequestUnits + cost.resultWriteRequestUnits).toBe(6_000);
    expect(cost.usd).toBeCloseTo(0.00375, 6);
  });
});
