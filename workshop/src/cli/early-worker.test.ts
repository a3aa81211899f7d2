// Which command lines prestart the supervised worker (bin/workshop.js), and that a prestarted worker nobody
// uses never keeps the command alive. The verdicts through a prestarted worker: supervise/broken-handlers.test.ts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { supervisedCommand } from './early-worker.js';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const LAUNCHER = fileURLToPath(new URL('../../bin/workshop.js', import.meta.url));

describe('supervisedCommand: the raw command line that will run the learner\'s code locally', () => {
  it.each([
    [['check', '04'], 'check'],
    [['--lang', 'en', 'check', '04', '--solution'], 'check'],
    [['--debug', 'run', '03', '--hours', '30'], 'run'],
    [['check', '04', '--target', 'local'], 'check'],
    [['simulate', '--lab', 'labs/01-deploy-consumer'], 'simulate'],
    [['simulate', '--lab=labs/01-deploy-consumer', '--json'], 'simulate'],
  ] as const)('GIVEN %j THEN %s', (argv, command) => {
    expect(supervisedCommand(argv)).toBe(command);
  });

  it.each([
    [[]], [['list']], [['hint', '04']], [['check', '04', '--help']], [['run', '-h']], [['--version']],
    [['check', '04', '--target', 'aws', '--function', 'f']], [['run', '04', '--target=aws']],
    [['simulate', '--duration', '1m']], [['--lang', 'check', 'list']],
  ] as const)('GIVEN %j THEN no worker', (argv) => {
    expect(supervisedCommand(argv)).toBeUndefined();
  });
});

describe('a prestarted worker the command never uses', () => {
  it('GIVEN `run 99` (no such lab: refused before any job) WHEN run through bin/workshop.js THEN it ends at once with the refusal, exit 1', () => {
    const run = spawnSync(process.execPath, [LAUNCHER, 'run', '99', '--lang', 'en'], { cwd: REPO, encoding: 'utf8', timeout: 50_000 });
    expect(run.signal, run.stderr).toBeNull();
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('99');
  });
});
