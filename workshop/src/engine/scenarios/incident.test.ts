import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConsumerSettings } from '../../settings/consumer-settings.js';
import { createCostModelRunner } from '../cost-model-runner.js';
import { type RunOutput, runSimulation } from '../run-simulation.js';
import type { Scenario } from '../scenario.js';
import { summarizeByHour } from './hourly-summary.js';
import { incidentAfter, incidentBefore } from './incident.js';

const HOUR_MS = 3_600_000;
const run = (scenario: Scenario): Promise<RunOutput> => {
  if (scenario.function.kind !== 'cost') throw new Error('the incident uses the cost model');
  return runSimulation(scenario, resolveConsumerSettings(scenario.consumer), createCostModelRunner(scenario.function));
};
const golden = (scenario: Scenario, output: RunOutput) =>
  `${JSON.stringify({ consumer: scenario.consumer, function: scenario.function, totals: output.totals, hours: summarizeByHour(output.minutes) }, null, 1)}\n`;

describe('the seed incident, replayed (30 simulated hours, ~29 million writes)', () => {
  let before: RunOutput;
  let after: RunOutput;
  beforeAll(async () => {
    before = await run(incidentBefore);
    after = await run(incidentAfter);
  });

  it('GIVEN the incident scale WHEN written THEN tens of millions of records (25–35 million in 30 h)', () => {
    expect(before.totals.written).toBeGreaterThan(25_000_000);
    expect(before.totals.written).toBeLessThan(35_000_000);
  });

  it('GIVEN BatchSize 100, PF 1, one record at a time WHEN run THEN IteratorAge climbs hour after hour for the first 24 hours', () => {
    const hourly = summarizeByHour(before.minutes).map((h) => h.iteratorAgeMaxMs ?? 0);
    for (let h = 1; h < 24; h++) expect(hourly[h]!).toBeGreaterThan(hourly[h - 1]!);
    expect(hourly[12]!).toBeGreaterThan(10 * HOUR_MS);
  });

  it('GIVEN the same run WHEN IteratorAge reaches the 24 h retention THEN records are lost (millions), never before hour 24', () => {
    const firstLoss = before.minutes.findIndex((m) => m.lost > 0);
    expect(firstLoss).toBeGreaterThanOrEqual(24 * 60);
    expect(before.totals.lost).toBeGreaterThan(1_000_000);
    expect(Math.max(...before.minutes.map((m) => m.iteratorAgeMaxMs ?? 0))).toBeLessThanOrEqual(24 * HOUR_MS);
  });

  it('GIVEN BatchSize 1000, PF 10 and a batch-friendly handler WHEN run THEN IteratorAge stays under 1 s and nothing is lost', () => {
    expect(Math.max(...after.minutes.map((m) => m.iteratorAgeMaxMs ?? 0))).toBeLessThan(1_000);
    expect(after.totals.lost).toBe(0);
    expect(after.totals.inStream).toBeLessThan(1_000);
  });

  it('GIVEN both runs WHEN totals are added up THEN written = processed + inStream + lost + onFailure', () => {
    for (const { totals: t } of [before, after]) expect(t.processed + t.inStream + t.lost + t.onFailure).toBe(t.written);
  });

  it('GIVEN the before run WHEN summarized per hour THEN it matches the checked-in golden file byte for byte', async () => {
    await expect(golden(incidentBefore, before)).toMatchFileSnapshot('./__golden__/incident-before.json');
  });

  it('GIVEN the after run WHEN summarized per hour THEN it matches the checked-in golden file byte for byte', async () => {
    await expect(golden(incidentAfter, after)).toMatchFileSnapshot('./__golden__/incident-after.json');
  });
});
