// The panel's duration control, in Node (the same code the Web Worker runs): the panel's Run of lab 03 for 30 h
// computes what the CLI's `run 03 --hours 30` computes (labs/core/lab-run-job.ts, same seed, same lines), lab 09's
// Run reports its progress, and hours outside `run --hours`'s range are refused as the CLI refuses them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labEntry } from '../../workshop/src/labs/core/lab-catalog.js';
import { runSummaryLines } from '../../workshop/src/labs/core/run-summary.js';
import { RUN_HOURS } from '../../workshop/src/labs/core/run-hours.js';
import { runLabJob } from '../../workshop/src/supervise/lab-jobs.js';
import { isWorkshopError } from '../../workshop/src/errors/workshop-error.js';
import { bundledModules } from '../src/components/LabWorkbench/bundled-modules';
import type { BrowserLabJob } from '../src/components/LabWorkbench/lab-protocol';
import { runBrowserLab } from '../src/components/LabWorkbench/run-browser-lab';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Every lab file, as the site's build collects them for the panel (site/scripts/generate-lab-files.ts).
const sources = Object.fromEntries(['labs', 'solutions'].flatMap((dir) => readdirSync(path.join(repoRoot, dir)).flatMap((slug) =>
  readdirSync(path.join(repoRoot, dir, slug)).filter((name) => name.endsWith('.ts')).map((name) => `${dir}/${slug}/${name}`)))
  .map((file) => [file, readFileSync(path.join(repoRoot, file), 'utf8')]));
/** The reference solution pasted into the lab's editable files, as the browser test does. */
const pasted = (labId: string): Record<string, string> => {
  const { slug, files } = labEntry(labId)!;
  return Object.fromEntries(files.map((name) => [`labs/${slug}/${name}`, sources[`solutions/${slug}/${name}`]!]));
};
const runJob = (labId: string, extra: Partial<BrowserLabJob> = {}): BrowserLabJob =>
  ({ command: 'run', labId, language: 'en', files: { ...sources, ...pasted(labId) }, ...extra });

describe('the panel\'s Run for N hours (the CLI\'s run job, shared)', () => {
  it('GIVEN lab 03\'s solution and 30 h WHEN the panel runs it THEN the same summary as `run 03 --solution --hours 30`, with the 24 h cliff and records lost', async () => {
    const seen: number[] = [];
    const panel = await runBrowserLab(runJob('03', { hours: 30 }), bundledModules, { onProgress: (f) => seen.push(f) });
    const cli = await runLabJob({ repoRoot, labName: '03-observe-iteratorage', job: { command: 'run', lab: '03', variant: 'solution', horizonSeconds: 30 * 3600, longRun: true } });
    if (panel.command !== 'run') throw new Error('expected a run');
    expect(panel.horizonSeconds).toBe(30 * 3600);
    expect(cli.longRun?.facts.lost).toBeGreaterThan(0);
    for (const language of ['en', 'pt-BR'] as const) {
      const again = language === 'en' ? panel : await runBrowserLab(runJob('03', { hours: 30, language }), bundledModules);
      expect(again.command === 'run' && again.summary).toEqual(runSummaryLines(cli, language));
    }
    expect(panel.summary.join('\n')).toContain(`${cli.longRun!.facts.lost.toLocaleString('en-US')} records lost, with no error`);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  }, 120_000);

  it('GIVEN lab 09\'s solution WHEN the panel runs it THEN progress climbs to 1 while lab 07\'s consumer runs, then the redrive report', async () => {
    const seen: number[] = [];
    const panel = await runBrowserLab(runJob('09'), bundledModules, { onProgress: (f) => seen.push(f) });
    expect(panel.command === 'run' && panel.redrive?.join('\n')).toContain('The queue afterwards: empty.');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
  }, 120_000);

  it.each([0, RUN_HOURS.max + 1, 2.5])('GIVEN %d hours (outside `run --hours`\'s whole %d–%d) WHEN the panel runs lab 07 THEN refused with the CLI\'s words, nothing run', async (hours) => {
    const refused = await runBrowserLab(runJob('07', { hours }), bundledModules).then(() => undefined, (error: unknown) => error);
    expect(isWorkshopError(refused) && refused.issue).toMatchObject({ field: '--hours', code: hours === 2.5 ? 'not_integer' : 'out_of_range' });
  });
});
