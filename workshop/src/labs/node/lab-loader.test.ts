import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkshopError } from '../../errors/workshop-error.js';
import { importLabModules, labSourceFiles, loadLab } from './lab-loader.js';
import { resolveLabFolder } from './lab-folder.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const root = mkdtempSync(join(tmpdir(), 'lab-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = (name: string, contents: Record<string, string>) => {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(contents)) writeFileSync(join(dir, file), text);
  return (file: string) => join(dir, file);
};
const issueOf = async (work: Promise<unknown>) => {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(WorkshopError);
  return (error as WorkshopError).issue;
};

describe('importLabModules (real TypeScript files in a temp folder)', () => {
  it('GIVEN consumer.ts and handler.ts WHEN imported THEN both exports come back', async () => {
    const at = files('good', { 'consumer.ts': "export const consumer = { startingPosition: 'TRIM_HORIZON' as const };", 'handler.ts': 'export const createHandler = () => async () => {};' });
    const exports = await importLabModules(root, 'good', [{ module: 'consumer', path: at('consumer.ts') }, { module: 'handler', path: at('handler.ts') }]);
    expect(exports.consumer).toEqual({ startingPosition: 'TRIM_HORIZON' });
    expect(typeof exports.createHandler).toBe('function');
  });

  it('GIVEN no load.ts WHEN imported THEN lab_file_missing names the file', async () => {
    const at = files('missing', {});
    expect(await issueOf(importLabModules(root, 'missing', [{ module: 'load', path: at('load.ts') }]))).toEqual({ code: 'lab_file_missing', lab: 'missing', file: join('missing', 'load.ts') });
  });

  it('GIVEN a handler.ts that exports the wrong thing WHEN imported THEN lab_module_invalid says what is expected', async () => {
    const at = files('wrong', { 'handler.ts': 'export const handler = 1;' });
    const issue = await issueOf(importLabModules(root, 'wrong', [{ module: 'handler', path: at('handler.ts') }]));
    expect(issue).toMatchObject({ code: 'lab_module_invalid', lab: 'wrong' });
    expect(issue.code === 'lab_module_invalid' && issue.detail).toContain('createHandler must be a function');
  });

  it('GIVEN a consumer.ts with a syntax error WHEN imported THEN lab_module_invalid, not a crash', async () => {
    const at = files('broken', { 'consumer.ts': 'export const consumer = {' });
    expect(await issueOf(importLabModules(root, 'broken', [{ module: 'consumer', path: at('consumer.ts') }]))).toMatchObject({ code: 'lab_module_invalid', lab: 'broken' });
  });
});

describe('loadLab and labSourceFiles (the real lab folders)', () => {
  it("GIVEN lab 05's starter WHEN its sources are resolved THEN consumer.ts is the learner's, the handler is solutions/04's and the load solutions/02's", () => {
    const sources = labSourceFiles(repoRoot, resolveLabFolder(repoRoot, '05'), ['consumer', 'handler', 'load']);
    expect(sources.map((s) => [s.module, s.path.slice(repoRoot.length + 1), s.own])).toEqual([
      ['consumer', 'labs/05-parallelization/consumer.ts', true],
      ['handler', 'solutions/04-batch-size/handler.ts', false],
      ['load', 'solutions/02-generate-load/load.ts', false],
    ]);
  });

  it("GIVEN solutions/06 WHEN loaded THEN its own alarm and lab 05's consumer (PF 10) come back", async () => {
    const lab = await loadLab(repoRoot, 'solutions/06-alarm', { modules: ['consumer', 'alarm'] });
    expect(lab.folder.variant).toBe('solution');
    expect(lab.exports.consumer?.parallelizationFactor).toBe(10);
    expect(lab.exports.alarm?.treatMissingData).toBe('notBreaching');
  });
});
