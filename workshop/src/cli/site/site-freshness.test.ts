import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siteBuildState } from './site-freshness.js';

let root: string;

function touch(relative: string, secondsAgo: number): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x');
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, when, when);
}

describe('siteBuildState (real temporary folders)', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'site-freshness-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('GIVEN no build WHEN checked THEN a build is needed because it is missing', () => {
    touch('site/docs/index.mdx', 100);
    expect(siteBuildState(root)).toEqual({ fresh: false, reason: { kind: 'missing' } });
  });

  it('GIVEN only the pt-BR build WHEN checked THEN the build counts as missing', () => {
    touch('site/build/index.html', 10);
    expect(siteBuildState(root).reason).toEqual({ kind: 'missing' });
  });

  it('GIVEN a build newer than every source WHEN checked THEN it is fresh', () => {
    touch('site/docs/index.mdx', 100);
    touch('solutions/04-batch-size/handler.ts', 90);
    touch('site/build/index.html', 10);
    touch('site/build/en/index.html', 10);
    expect(siteBuildState(root)).toEqual({ fresh: true, reason: null });
  });

  it('GIVEN a solution file edited after the build WHEN checked THEN it names that file', () => {
    touch('site/build/index.html', 100);
    touch('site/build/en/index.html', 100);
    touch('solutions/04-batch-size/handler.ts', 5);
    expect(siteBuildState(root)).toEqual({ fresh: false, reason: { kind: 'changed', file: path.join('solutions', '04-batch-size', 'handler.ts') } });
  });

  it('GIVEN only a test file edited after the build WHEN checked THEN the build stays fresh', () => {
    touch('site/build/index.html', 100);
    touch('site/build/en/index.html', 100);
    touch('workshop/src/engine/simulator.test.ts', 5);
    touch('site/node_modules/x/index.js', 5);
    expect(siteBuildState(root).fresh).toBe(true);
  });
});
