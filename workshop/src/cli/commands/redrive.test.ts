// `workshop redrive`'s command line: refused inputs (before any AWS client is made or any lab code is loaded), and
// the local target, which is `run 09`.
import { afterEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../test-fixtures/captured-cli.js';

const cli = (...argv: string[]) => runCliCaptured(argv);
afterEach(() => {
  process.exitCode = undefined;
});

describe('workshop redrive — bad input, refused before anything is read or deleted', () => {
  it('GIVEN --target gcp WHEN run THEN invalid_choice lists local and aws, exit 1', async () => {
    const run = await cli('redrive', '--target', 'gcp', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.err).toContain('--target');
    expect(run.err).toContain('local, aws');
  });

  it('GIVEN --after with --target aws WHEN run THEN option_ignored: on AWS the redrive starts now, exit 1', async () => {
    const run = await cli('redrive', '--target', 'aws', '--after', '25h', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.err).toContain('--after');
    expect(run.err).toContain('--target local');
  });

  it.each([['--yes'], ['--region', 'us-east-1'], ['--profile', 'learner']])('GIVEN %s without --target aws WHEN run in Portuguese THEN option_ignored says it needs --target aws, exit 1', async (...flag) => {
    const run = await cli('redrive', ...flag, '--lang', 'pt-BR');
    expect(run.code).toBe(1);
    expect(run.err).toContain('--target aws');
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});

describe('workshop redrive (local) is run 09', () => {
  it('GIVEN the reference solution WHEN `redrive --solution --after 25h` THEN it prints exactly what `run 09 --solution --after 25h` prints (the engine, virtual time), with the same exit code', async () => {
    const redrive = await cli('redrive', '--solution', '--after', '25h', '--lang', 'en');
    process.exitCode = undefined;
    const run = await cli('run', '09', '--solution', '--after', '25h', '--lang', 'en');
    expect(redrive.out).toBe(run.out);
    expect(redrive.code).toBe(run.code);
    expect(redrive.out).toContain('TrimmedDataAccessException');
  }, 120_000);
});
