import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../workshop/src/engine/scenario.js';
import { generateCharts } from '../scripts/generate-charts';

const small: Scenario = {
  seed: 1,
  load: { profile: { kind: 'constant', ratePerSecond: 50 }, duration: { seconds: 300 }, keys: 100 },
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 10, parallelizationFactor: 1 },
  function: { kind: 'cost', fixedMs: 20, perRecordMs: 30 },
  alarm: { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'notBreaching' },
};

const read = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(path.join(dir, 'charts')).map((f) => [f, readFileSync(path.join(dir, 'charts', f), 'utf8')]));

describe('generate-charts (real engine, temporary folder)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('GIVEN the same scenarios WHEN generated twice THEN the files are byte for byte the same', async () => {
    const [a, b] = [mkdtempSync(path.join(tmpdir(), 'charts-a-')), mkdtempSync(path.join(tmpdir(), 'charts-b-'))];
    dirs.push(a, b);
    const sources = [{ id: 'demo/solution', scenario: small }];
    await generateCharts(sources, () => {}, a);
    await generateCharts(sources, () => {}, b);
    expect(read(a)).toEqual(read(b));
    expect(readFileSync(path.join(a, 'playground-presets.json'), 'utf8')).toBe(readFileSync(path.join(b, 'playground-presets.json'), 'utf8'));
  });

  it('GIVEN a slow consumer with an alarm WHEN generated THEN the index maps the id to its data and threshold, and a preset is made for the lab', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charts-'));
    dirs.push(dir);
    await generateCharts([{ id: 'demo/solution', scenario: small }], () => {}, dir);
    const index = readFileSync(path.join(dir, 'charts', 'index.ts'), 'utf8');
    expect(index).toContain(`import chart0 from './demo--solution.json';`);
    expect(index).toContain(`"demo/solution": { data: chart0 as ChartData, threshold: 30000 },`);
    const data = JSON.parse(readFileSync(path.join(dir, 'charts', 'demo--solution.json'), 'utf8'));
    expect(data.summary.written).toBe(15_000);
    expect(data.summary.alarm.finalState).toBe('ALARM');
    const presets = JSON.parse(readFileSync(path.join(dir, 'playground-presets.json'), 'utf8'));
    expect(presets.demo.values).toMatchObject({ rate: 50, durationMinutes: 5, batchSize: 10, parallelizationFactor: 1 });
  });
});
