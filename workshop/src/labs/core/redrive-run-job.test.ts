// `run 09`'s shared run (the CLI's run job and the site's panel call it), on the real lab files: lab 07's
// reference consumer, the real engine and redrive kit, no mocks.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLabJob } from '../../supervise/lab-jobs.js';
import { loadLab } from '../node/lab-loader.js';
import { loadReferenceLab } from '../node/lab-scenario-loader.js';
import type { LabDefinition, LabExports } from './lab-definition.js';
import { hasRedrive, runRedriveLabJob } from './redrive-run-job.js';
import { redriveRunLines } from './redrive-run-summary.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const reference = (labId: string) => loadReferenceLab(repoRoot, labId);

describe('runRedriveLabJob (run 09 in the CLI and in the site\'s panel)', () => {
  let definition: LabDefinition;
  let solution: LabExports;
  let starter: LabExports;
  beforeAll(async () => {
    const loaded = await loadLab(repoRoot, '09', { variant: 'solution' });
    definition = loaded.definition;
    solution = loaded.exports;
    starter = (await loadLab(repoRoot, '09', { variant: 'starter' })).exports;
  }, 60_000);

  it('GIVEN the solution WHEN run right away THEN told 660 s of lab 07 first, its one message redriven (1 record) and the queue empty', async () => {
    const started: [number, string][] = [];
    const run = await runRedriveLabJob(definition, solution, reference, { onStarted: (seconds, replayOf) => started.push([seconds, replayOf]) });
    expect(started).toEqual([[660, '07']]);
    expect({ horizon: run.horizonSeconds, replayOf: run.replayOf, queued: run.redrive.queued, records: run.redrive.report.records, left: run.redrive.queueAfter.length })
      .toEqual({ horizon: 660, replayOf: '07', queued: 1, records: 1, left: 0 });
    expect(redriveRunLines(run.redrive, 'en')).toContain('The queue afterwards: empty.');
  });

  it('GIVEN the solution WHEN run 25 h after the run ended THEN the records are gone and the message stays in the queue', async () => {
    const run = await runRedriveLabJob(definition, solution, reference, { afterSeconds: 25 * 3_600 });
    expect(run.redrive.report.messages[0]).toMatchObject({ status: 'kept', issue: { code: 'redrive_records_gone' } });
    expect(run.redrive.queueAfter.map((m) => m.id)).toEqual(['msg-0001']);
  });

  it('GIVEN the untouched starter WHEN the CLI\'s run job runs lab 09 THEN it answers what the shared function answers (the 1,000 records for a range of 1)', async () => {
    const shared = await runRedriveLabJob(definition, starter, reference);
    const cli = await runLabJob({ repoRoot, labName: definition.slug, job: { command: 'run', lab: '09', variant: 'starter' } });
    expect(cli.redrive).toEqual(shared.redrive);
    expect(cli.result.totals).toEqual(shared.result.totals);
    expect(shared.redrive.report.records).toBe(1_000);
  });

  it('GIVEN a lab with no redrive.ts (lab 07\'s reference) WHEN asked to run its redrive THEN refused, naming what it needs', async () => {
    const lab07 = await reference('07');
    expect(hasRedrive(lab07.exports)).toBe(false);
    await expect(runRedriveLabJob(lab07.definition, lab07.exports, reference)).rejects.toThrow('Lab 07 needs handler.ts, redrive.ts and a lab it builds on');
  });
});
