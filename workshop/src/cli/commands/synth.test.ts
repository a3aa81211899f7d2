import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../test-fixtures/captured-cli.js';

const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const FIXTURE = 'workshop/src/infra/test-fixtures/sample-lab';
const scratch = mkdtempSync(join(tmpdir(), 'synth-cli-'));
const emptyHome = mkdtempSync(join(tmpdir(), 'synth-home-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(emptyHome, { recursive: true, force: true });
});

/** `npx --no-install workshop …` as a learner runs it, with a scrubbed env: no AWS credentials, profile or Region. */
function workshop(args: readonly string[], lang = 'en_US.UTF-8') {
  const env = { PATH: process.env['PATH'], HOME: emptyHome, LANG: lang, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', NO_COLOR: '1' };
  const started = Date.now();
  const run = spawnSync('npx', ['--no-install', 'workshop', ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 170_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

describe('npx workshop synth (real subprocess, real CDK CLI, offline, no credentials)', () => {
  it('GIVEN the fixture lab WHEN synthesized THEN the template file exists and holds the ESM with BatchSize 250 and PF 4', () => {
    const output = join(scratch, 'assembly');
    const run = workshop(['synth', FIXTURE, '--output', output]);
    console.info(`synth of the fixture lab took ${(run.ms / 1000).toFixed(1)} s (wall, including npx and the CDK CLI)`);
    expect(run.stderr).not.toMatch(/✖/);
    expect(run.status).toBe(0);
    const templatePath = join(output, 'IteratorAgeWorkshop-sample-lab.template.json');
    expect(run.stdout).toContain('IteratorAgeWorkshop-sample-lab.template.json');
    expect(existsSync(templatePath)).toBe(true);
    const template = JSON.parse(readFileSync(templatePath, 'utf8')) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const esm = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::EventSourceMapping');
    expect(esm?.Properties).toMatchObject({ BatchSize: 250, ParallelizationFactor: 4, StartingPosition: 'TRIM_HORIZON' });
  }, 180_000); // ≈ 7 s on an idle machine; far more when the 2 cores are shared by other test files
});

// Refusals happen before the CDK CLI starts: the in-process runner gives the same words and exit code without a
// process per case (bad-inputs.test.ts proves, in a real subprocess, that a failing command exits 1 with no stack trace).
describe('workshop synth refusals (in-process CLI, no CDK run)', () => {
  it('GIVEN an unknown lab and LANG pt_BR WHEN synthesized THEN exit 1, the message in Portuguese, and no stack trace', async () => {
    const run = await runCliCaptured(['synth', '99'], { env: { LANG: 'pt_BR.UTF-8' } });
    expect(run.code).toBe(1);
    expect(run.err).toContain('Não existe o lab "99"');
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('GIVEN a lab without a consumer (00-setup) WHEN synthesized THEN exit 1 with lab_not_deployable words', async () => {
    const run = await runCliCaptured(['synth', '00'], { env: { LANG: 'en_US.UTF-8' } });
    expect(run.code).toBe(1);
    expect(run.err).toContain('has nothing to deploy');
  });
});
