import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const emptyHome = mkdtempSync(join(tmpdir(), 'doctor-home-'));
afterAll(() => rmSync(emptyHome, { recursive: true, force: true }));

describe('npx workshop doctor (real subprocess, no credentials, no network)', () => {
  it('GIVEN a machine without AWS setup WHEN running doctor THEN ✔ Node and install, – for AWS, exit 0, and it ends quickly', () => {
    const env = { PATH: process.env['PATH'], HOME: emptyHome, LANG: 'en_US.UTF-8', NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' };
    const started = Date.now();
    const run = spawnSync('npx', ['--no-install', 'workshop', 'doctor'], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
    console.info(`doctor offline took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((l) => l.slice(0, 1))).toEqual(['✔', '✔', '–', '–', '–']);
    expect(lines[3]).toContain('AWS credentials: none found — not needed for the local target');
  });
});
