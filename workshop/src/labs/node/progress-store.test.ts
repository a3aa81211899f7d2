import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearLab, labStates, markPassed, progressPath, readProgress } from './progress-store.js';

const roots: string[] = [];
const freshRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'progress-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));
const labs = [{ id: '00', task: false }, { id: '01', task: true }, { id: '02', task: true }, { id: '03', task: true }];

describe('progress store (real files in a temp folder)', () => {
  it('GIVEN no progress file WHEN read THEN it is empty and lab 01 is current', () => {
    const root = freshRoot();
    expect(readProgress(root)).toEqual({ version: 1, labs: {} });
    expect(labStates(readProgress(root), labs)).toEqual({ '00': 'todo', '01': 'current', '02': 'todo', '03': 'todo' });
  });

  it('GIVEN lab 01 passed WHEN saved THEN .workshop/progress.json holds it, no temp file is left, and 02 is current', () => {
    const root = freshRoot();
    markPassed(root, '01', new Date('2026-03-01T10:00:00Z'));
    expect(JSON.parse(readFileSync(progressPath(root), 'utf8'))).toEqual({ version: 1, labs: { '01': { passedAt: '2026-03-01T10:00:00.000Z' } } });
    expect(readdirSync(join(root, '.workshop'))).toEqual(['progress.json']);
    expect(labStates(readProgress(root), labs)['02']).toBe('current');
  });

  it('GIVEN labs 01 and 02 passed WHEN 01 is cleared THEN only 02 remains', () => {
    const root = freshRoot();
    markPassed(root, '01', new Date(0));
    markPassed(root, '02', new Date(0));
    expect(Object.keys(clearLab(root, '01').labs)).toEqual(['02']);
  });

  it('GIVEN a corrupt progress file WHEN read THEN it counts as empty instead of crashing', () => {
    const root = freshRoot();
    mkdirSync(join(root, '.workshop'));
    writeFileSync(progressPath(root), '{ not json');
    expect(readProgress(root).labs).toEqual({});
  });
});
