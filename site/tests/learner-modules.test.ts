// The in-browser module registry, run here in Node (the same code the Web Worker runs): real lab files, real
// sucrase, the lab definitions' module sources. The Worker and the page are covered by browser-lab-panel.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labEntry } from '../../workshop/src/labs/core/lab-catalog.js';
import { bundledModules } from '../src/components/LabWorkbench/bundled-modules';
import { LabLoadError, learnerFrames, loadLabSource } from '../src/components/LabWorkbench/learner-modules';
import { labModulePaths, runBrowserLab, warmUpEngine } from '../src/components/LabWorkbench/run-browser-lab';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Every lab file, as the site's build collects them for the panel (site/scripts/generate-lab-files.ts).
const sources = Object.fromEntries(['labs', 'solutions'].flatMap((dir) => readdirSync(path.join(repoRoot, dir)).flatMap((slug) =>
  readdirSync(path.join(repoRoot, dir, slug)).filter((name) => name.endsWith('.ts')).map((name) => `${dir}/${slug}/${name}`)))
  .map((file) => [file, readFileSync(path.join(repoRoot, file), 'utf8')]));
const lab04 = (edit: Record<string, string> = {}) => ({ slug: '04-batch-size', files: { ...sources, ...edit }, modules: labModulePaths(labEntry('04')!, 'solution') });
const issueOf = (work: () => unknown): LabLoadError['issue'] => {
  try {
    work();
  } catch (error) {
    if (error instanceof LabLoadError) return error.issue;
    throw error;
  }
  throw new Error('expected a LabLoadError');
};

describe('learner modules in the browser (sucrase + a require of bundled modules)', () => {
  it('GIVEN solutions/04 and what it builds on (p-limit, the Lambda entry, the kit entry) WHEN loaded THEN the exports have the lab\'s shape', () => {
    const lab = loadLabSource(lab04(), bundledModules);
    expect(lab.consumer?.batchSize).toBe(1000);
    expect(typeof lab.createHandler).toBe('function');
    expect(lab.load?.duration.seconds).toBeGreaterThan(0);
  });

  it('GIVEN a syntax error on line 3, inside an arrow function WHEN loaded THEN lab_syntax_error names the file, the line and a code frame', () => {
    const broken = 'const a = 1;\nexport const consumer = (io: unknown) => async () => {\n  const x = ;\n};\n';
    const issue = issueOf(() => loadLabSource(lab04({ 'solutions/04-batch-size/consumer.ts': broken }), bundledModules));
    expect(issue).toMatchObject({ code: 'lab_syntax_error', file: 'solutions/04-batch-size/consumer.ts', line: 3 });
    expect(issue.code === 'lab_syntax_error' && issue.frame).toContain('> 3 |');
  });

  it('GIVEN an import that is not bundled WHEN loaded THEN the message says which imports are available', () => {
    const issue = issueOf(() => loadLabSource(lab04({ 'solutions/04-batch-size/consumer.ts': "import fs from 'node:fs';\nexport const consumer = fs;\n" }), bundledModules));
    expect(issue).toMatchObject({ code: 'lab_module_invalid', detail: expect.stringContaining("'p-limit'") });
    expect(issue).toMatchObject({ detail: expect.stringContaining("'@aws-lambda-powertools/batch'") });
  });

  it('GIVEN lab 07 (Powertools batch, toCheckedResult of the Lambda entry) WHEN checked with the browser\'s modules THEN the starter fails and the solution passes', async () => {
    const job = (files: Record<string, string>) => ({ command: 'check' as const, labId: '07', language: 'en' as const, files: { ...sources, ...files } });
    const solution = Object.fromEntries(labEntry('07')!.files.map((name) => [`labs/07-poison-pill/${name}`, sources[`solutions/07-poison-pill/${name}`]!]));
    const starter = await runBrowserLab(job({}), bundledModules);
    const solved = await runBrowserLab(job(solution), bundledModules);
    expect(starter.command === 'check' && starter.outcome.passed).toBe(false);
    expect(solved.command === 'check' && solved.outcome.expectations.filter((e) => !e.passed).map((e) => e.id)).toEqual([]);
  });

  it('GIVEN lab 03 run with the browser\'s modules WHEN summarized in Portuguese THEN the summary says, as the CLI does, why the handler wrote more items than processed (the batch still running at the end)', async () => {
    const ran = await runBrowserLab({ command: 'run' as const, labId: '03', language: 'pt-BR' as const, files: sources }, bundledModules);
    expect(ran.command === 'run' && ran.summary).toContain('O handler gravou 74.531 itens na tabela de resultados (mais do que os 74.431 processados: os 100 registros do lote que ainda rodava quando a execução terminou já foram gravados e contam como processados quando ele retornar).');
  });

  it('GIVEN the worker\'s engine warm-up WHEN run THEN it runs to the end (the panel hears "engine loaded" only then)', async () => {
    await expect(warmUpEngine()).resolves.toBeDefined();
  });

  it('GIVEN a handler that throws on line 4 WHEN it runs THEN its stack frame names the learner\'s file and line', async () => {
    const handler = "import type { CreateHandler } from '../../workshop/src/index.js';\n\nexport const createHandler: CreateHandler = () => async () => {\n  throw new TypeError('boom');\n};\n";
    const lab = loadLabSource(lab04({ 'solutions/04-batch-size/handler.ts': handler }), bundledModules);
    const error = await Promise.resolve(lab.createHandler!({} as never)({ Records: [] })).catch((e: unknown) => e as Error);
    expect(learnerFrames((error as Error).stack)[0]).toMatch(/solutions\/04-batch-size\/handler\.ts:4:\d+\)?$/);
  });
});
