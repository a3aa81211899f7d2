// Broken lab code through the real CLI (runCli on a throw-away repository, in a child process): each case
// ends with its verdict in the learner's language, a failing exit code, no process left and no file written.
// Budgets are small (2 s blocked, 128 MB heap) so the suite is quick; nothing here measures time.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBrokenRepo, type BrokenLab } from './__fixtures__/broken-labs.js';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
/**
 * How the CLI is started: `compiled` as bin/workshop.js does (the kit's bundle, tsx only for the lab's files), or
 * `source`, the launcher's fallback (the kit's TypeScript through tsx). Most cases run compiled, what learners get.
 */
const LAUNCHERS = {
  compiled: [fileURLToPath(new URL('./__fixtures__/run-cli-at-compiled.mjs', import.meta.url))],
  source: ['--import', 'tsx', fileURLToPath(new URL('./__fixtures__/run-cli-at.ts', import.meta.url))],
} as const;
type Launcher = keyof typeof LAUNCHERS;
const roots: string[] = [];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Processes still alive afterwards that inherited this run's marker. */
  readonly leftovers: number;
  /** Files in the repository before and after. */
  readonly filesBefore: readonly string[];
  readonly filesAfter: readonly string[];
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => relative(root, join(d.parentPath, d.name))).sort();
}

function processesMarked(marker: string): number {
  let count = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)) count += 1;
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return count;
}

function cli(lab: BrokenLab, args: readonly string[], env: Readonly<Record<string, string>> = {}, launcher: Launcher = 'compiled'): Run {
  const root = writeBrokenRepo(lab);
  roots.push(root);
  const marker = `SUPERVISE_TEST_MARK=${randomUUID()}`;
  const filesBefore = listFiles(root);
  const run = spawnSync(process.execPath, [...LAUNCHERS[launcher], root, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 50_000,
    env: { ...process.env, LANG: 'C', WORKSHOP_BLOCKED_SECONDS: '2', WORKSHOP_HEAP_MB: '128', ...env, [marker.split('=')[0]!]: marker.split('=')[1]! },
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, leftovers: processesMarked(marker), filesBefore, filesAfter: listFiles(root) };
}

/** The command ended by itself, failed, left nothing running and wrote nothing. */
function expectCleanFailure(run: Run): void {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.status, run.stderr).toBe(1);
  expect(run.leftovers).toBe(0);
  expect(run.filesAfter).toEqual(run.filesBefore);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
}

describe('broken handlers under the supervisor (real CLI, throw-away repositories)', () => {
  it('GIVEN a handler awaiting a real setTimeout WHEN checked (en) THEN says to use io.sleep, without waiting for the timer', () => {
    const run = cli('real-timer', ['check', '01', '--lang', 'en']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('your handler waited on a real timer (setTimeout, 60,000 ms) (at labs/01-deploy-consumer/handler.ts:2:');
    expect(run.stderr).toContain('Use io.sleep in the workshop');
  });

  it('GIVEN a handler leaving a real setInterval pending WHEN run (pt-BR) THEN names the timer and the command ends', () => {
    const run = cli('pending-interval', ['run', '01', '--lang', 'pt-BR']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('o seu handler esperou um timer real (setInterval, 1.000 ms)');
    expect(run.stderr).toContain('Use io.sleep na oficina');
  });

  it('GIVEN a handler awaiting a promise nobody settles WHEN checked (pt-BR) THEN says it never returned (not exit 13 in silence)', () => {
    const run = cli('never-settles', ['check', '01', '--lang', 'pt-BR']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('o seu handler nunca retornou');
  });

  it('GIVEN the same handler WHEN simulated (en) THEN the engine\'s stalled invocations become the same verdict', () => {
    const run = cli('never-settles', ['simulate', '--lab', 'labs/01-deploy-consumer', '--duration', '1m', '--lang', 'en']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('Lab 01-deploy-consumer: your handler never returned');
  });

  it('GIVEN a handler calling process.exit(0) WHEN checked (en) THEN the check fails with that verdict (never exit 0)', () => {
    const run = cli('exit-zero', ['check', '01', '--lang', 'en']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('your code called process.exit(0) (at labs/01-deploy-consumer/handler.ts:2:');
  });

  it('GIVEN the same handler WHEN simulated with --json (pt-BR) THEN stdout stays empty and stderr has the verdict', () => {
    const run = cli('exit-zero', ['simulate', '--lab', 'labs/01-deploy-consumer', '--duration', '1m', '--json', '--lang', 'pt-BR']);
    expectCleanFailure(run);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('o seu código chamou process.exit(0)');
  });

  it('GIVEN a synchronous infinite loop in the handler WHEN checked (en) THEN it is stopped after the blocked budget', () => {
    const run = cli('loop-in-handler', ['check', '01', '--lang', 'en']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('your code ran past 2 s of real time without ever pausing (an infinite loop?)');
  });

  it('GIVEN an infinite loop at module level WHEN simulated (pt-BR) THEN it is stopped with the same verdict', () => {
    const run = cli('loop-at-module-level', ['simulate', '--lab', 'labs/01-deploy-consumer', '--lang', 'pt-BR']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('o seu código passou de 2 s de tempo real sem nenhuma pausa (um laço infinito?)');
  });

  it('GIVEN a handler leaving a rejected promise unhandled WHEN checked (pt-BR) THEN names the rejection and where', () => {
    const run = cli('unhandled-rejection', ['check', '01', '--lang', 'pt-BR']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('uma promise do seu código foi rejeitada e nada a tratou: Error: lost write (em labs/01-deploy-consumer/handler.ts:2:');
  });

  it('GIVEN a handler allocating 4 GB WHEN checked (en) THEN the heap cap stops it with a memory verdict (no V8 abort)', () => {
    // A generous blocked budget: on a busy machine the garbage collector near the cap must not look like a loop.
    const run = cli('allocates-4gb', ['check', '01', '--lang', 'en'], { WORKSHOP_BLOCKED_SECONDS: '30' });
    expectCleanFailure(run);
    expect(run.stderr).toContain('your code used more than 128 MB of memory');
  });

  it('GIVEN a handler throwing a plain object WHEN run (en) THEN shows the value', () => {
    const run = cli('throws-non-error', ['run', '01', '--lang', 'en']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('your code threw a non-Error value: {"code":42,"reason":"not an Error"}');
  });

  it('GIVEN a syntax error WHEN checked (pt-BR) THEN shows file, line, column, the compiler\'s message and a code frame', () => {
    const run = cli('syntax-error', ['check', '01', '--lang', 'pt-BR']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('labs/01-deploy-consumer/handler.ts, linha 2, coluna 49: Unexpected "*"');
    expect(run.stderr).toContain('> 2 |   const rows = event.Records.map((r: any) => r +* 2);');
    expect(run.stderr).toMatch(/\n {4}\| {49}\^\n/);
    expect(run.stderr).not.toContain('Transform failed');
  });

  // The launcher's fallback (the kit from its TypeScript sources, every module through tsx) gives the same verdicts.
  it('GIVEN a handler awaiting a real setTimeout WHEN checked (en) from the kit\'s sources THEN the same verdict, at the same place', () => {
    const run = cli('real-timer', ['check', '01', '--lang', 'en'], {}, 'source');
    expectCleanFailure(run);
    expect(run.stderr).toContain('your handler waited on a real timer (setTimeout, 60,000 ms) (at labs/01-deploy-consumer/handler.ts:2:');
  });

  it('GIVEN a syntax error WHEN checked (en) from the kit\'s sources THEN the same file, line, column and message', () => {
    const run = cli('syntax-error', ['check', '01', '--lang', 'en'], {}, 'source');
    expectCleanFailure(run);
    expect(run.stderr).toContain('labs/01-deploy-consumer/handler.ts, line 2, column 49: Unexpected "*"');
  });

  it('GIVEN a handler posting a made-up "passed" on the worker\'s channel WHEN checked (en) THEN lab code has no such channel: the check fails', () => {
    const run = cli('fakes-a-pass', ['check', '01', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('✖ Lab 01 is not done yet.');
    expect(run.stdout).not.toContain('passes');
    expect(run.leftovers).toBe(0);
  });

  it('GIVEN a handler logging every invocation WHEN simulated with --json THEN every line reaches stdout, before the JSON', () => {
    const run = cli('logs-every-invocation', ['simulate', '--lab', 'labs/01-deploy-consumer', '--duration', '1m', '--json', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    const jsonStart = lines.indexOf('{');
    const logged = lines.slice(0, jsonStart);
    const json = JSON.parse(lines.slice(jsonStart).join('\n')) as { invocations: { total: number } };
    expect(json.invocations.total).toBeGreaterThan(100);
    expect(logged).toEqual(Array.from({ length: json.invocations.total }, (_, i) => `invocation ${i + 1}`));
    expect(run.leftovers).toBe(0);
  });

  it('GIVEN a handler spinning forever WHEN the learner presses Ctrl-C (SIGINT) THEN the command ends as interrupted (130) and leaves nothing running', async () => {
    const root = writeBrokenRepo('loop-in-handler');
    roots.push(root);
    const marker = randomUUID();
    const child = spawn(process.execPath, [...LAUNCHERS.compiled, root, 'check', '01', '--lang', 'en'], {
      cwd: REPO,
      env: { ...process.env, LANG: 'C', WORKSHOP_BLOCKED_SECONDS: '45', SUPERVISE_TEST_MARK: marker },
    });
    let stderr = '';
    // Interrupt once the check has started (the worker is then running the learner's loop, or about to).
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('Checking')) child.kill('SIGINT');
    });
    const [status, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (code, sig) => resolve([code, sig])));
    // Killed by the signal (a shell reports 128 + 2 = 130) or exiting with 130 itself: both are "interrupted".
    expect(status === 130 || signal === 'SIGINT', `status ${status}, signal ${signal}`).toBe(true);
    expect(processesMarked(marker)).toBe(0);
  });
});

describe("the learner's imports of the kit (index.js, runtime/*) under the supervisor", () => {
  // The lab's file is loaded by tsx; its imports of the kit's public modules must reach the very instances the kit
  // runs (the compiled entries, through learner-loader.ts's redirect), or `instanceof` on the kit's errors fails.
  it.each(['compiled', 'source'] as const)('GIVEN a handler testing the kit\'s ValidationException WHEN run from the %s kit THEN the error the kit threw is an instance of the class the lab imported', (launcher) => {
    const run = cli('kit-identity', ['run', '01', '--lang', 'en'], {}, launcher);
    expectCleanFailure(run);
    expect(run.stderr).toContain('your code threw a non-Error value: {"validationException":true,"batchWriteMax":25}');
  });
});
