// Lab 06's check on variations of the reference alarm: real solution files, real engine replays, nothing mocked.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LabExports } from '../core/lab-definition.js';
import { loadLab } from './lab-loader.js';
import { loadReferenceLab } from './lab-scenario-loader.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

async function failedIds(change: (lab: LabExports) => LabExports): Promise<string[]> {
  const { definition, exports } = await loadLab(repoRoot, '06', { variant: 'solution' });
  const outcome = await definition.check!.run({ definition, lab: change(exports), reference: (id) => loadReferenceLab(repoRoot, id) });
  return outcome.expectations.filter((e) => !e.passed).map((e) => e.id);
}
const withRule = (evaluationPeriods: number, datapointsToAlarm: number) => (lab: LabExports): LabExports =>
  ({ ...lab, alarm: { ...lab.alarm!, evaluationPeriods, datapointsToAlarm } });

describe('check 06: M (datapointsToAlarm) is what stops a single slow minute', () => {
  it('GIVEN the reference alarm (3 of 5) WHEN checked THEN every expectation passes', async () => {
    expect(await failedIds((lab) => lab)).toEqual([]);
  });

  it('GIVEN the reference alarm turned into 1 of 5 WHEN checked THEN only the M-of-N expectation fails (it still fires on lab 03 and stays quiet on lab 05)', async () => {
    expect(await failedIds(withRule(5, 1))).toEqual(['m-of-n-per-minute']);
  });

  it('GIVEN 2 of 2 WHEN checked THEN M = 2 satisfies the M-of-N expectation', async () => {
    expect(await failedIds(withRule(2, 2))).not.toContain('m-of-n-per-minute');
  });
});
