import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors/workshop-error.js';
import { loadLabExports } from './lab-loader.js';

const root = mkdtempSync(join(tmpdir(), 'lab-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = (name: string, files: Record<string, string>) => {
  const dir = join(root, 'labs', name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return { id: name.slice(0, 2), slug: name, variant: 'starter' as const, dir };
};
const issueOf = async (work: Promise<unknown>) => {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(WorkshopError);
  return (error as WorkshopError).issue;
};

describe('loadLabExports (real TypeScript files in a temp folder)', () => {
  it('GIVEN a folder with consumer.ts and handler.ts WHEN loaded THEN both exports come back', async () => {
    const lab = folder('01-good', { 'consumer.ts': "export const consumer = { startingPosition: 'TRIM_HORIZON' as const };", 'handler.ts': 'export const createHandler = () => async () => {};' });
    const exports = await loadLabExports(lab, ['consumer', 'handler'], root);
    expect(exports.consumer).toEqual({ startingPosition: 'TRIM_HORIZON' });
    expect(typeof exports.createHandler).toBe('function');
  });

  it('GIVEN no load.ts WHEN loaded THEN lab_file_missing names the file', async () => {
    const lab = folder('02-missing', { 'consumer.ts': "export const consumer = { startingPosition: 'LATEST' };" });
    expect(await issueOf(loadLabExports(lab, ['consumer', 'load'], root))).toEqual({ code: 'lab_file_missing', lab: '02-missing', file: join('labs', '02-missing', 'load.ts') });
  });

  it('GIVEN a handler.ts that exports the wrong thing WHEN loaded THEN lab_module_invalid says what is expected', async () => {
    const lab = folder('03-wrong', { 'handler.ts': 'export const handler = 1;' });
    const issue = await issueOf(loadLabExports(lab, ['handler'], root));
    expect(issue).toMatchObject({ code: 'lab_module_invalid', lab: '03-wrong' });
    expect(issue.code === 'lab_module_invalid' && issue.detail).toContain('createHandler must be a function');
  });

  it('GIVEN a consumer.ts with a syntax error WHEN loaded THEN lab_module_invalid, not a crash', async () => {
    const lab = folder('04-broken', { 'consumer.ts': 'export const consumer = {' });
    expect(await issueOf(loadLabExports(lab, ['consumer'], root))).toMatchObject({ code: 'lab_module_invalid', lab: '04-broken' });
  });
});
