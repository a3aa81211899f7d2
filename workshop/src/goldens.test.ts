// One golden mechanism for the whole repository: vitest's toMatchFileSnapshot on files under __golden__/ (plus
// the site's generated charts, checked against the lab goldens), all rewritten by `npm run goldens` after a
// reviewed change. This test keeps that true: every test that checks a golden is in the script, and no other
// update switch exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const script = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['goldens'] ?? '';

function testFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'build' || entry.name.startsWith('.')) return [];
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? testFiles(path) : /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const tests = ['workshop', 'site'].flatMap(testFiles).filter((path) => path !== 'workshop/src/goldens.test.ts');

describe('one golden mechanism', () => {
  it('GIVEN every test that checks a golden file WHEN the goldens script is read THEN it updates that test', () => {
    const golden = tests.filter((path) => /toMatchFileSnapshot|__golden__/.test(readFileSync(join(repoRoot, path), 'utf8')));
    expect(golden.length).toBeGreaterThan(0);
    expect(golden.filter((path) => !script.includes(path))).toEqual([]);
    expect(script).toContain('site/tests/chart-goldens.test.ts');
  });

  it('GIVEN the tests WHEN searched for another update switch (UPDATE_GOLDEN…) THEN there is none', () => {
    expect(tests.filter((path) => /UPDATE_GOLDEN/.test(readFileSync(join(repoRoot, path), 'utf8')))).toEqual([]);
  });
});
