// The `check … --target aws` command as CLI tests drive it: the real command registered with the test's mocked
// AWS clients, on a context that collects what it prints, in a Region, with a fixed clock.
import { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { makeRegisterCheck } from '../commands/check.js';

export type CheckDeps = Parameters<typeof makeRegisterCheck>[0];

/** A `workshop` program holding only `check`, built on `deps`; errors throw instead of exiting. */
export function checkProgram(deps: CheckDeps, ctx: CliContext): Command {
  const command = new Command('workshop').exitOverride();
  makeRegisterCheck(deps)(command, ctx);
  return command;
}

/** A context on `repoRoot` that pushes every printed line to `out` (stderr dropped), Region us-east-1. */
export function awsCheckContext(repoRoot: string, out: string[], language: CliContext['language'] = 'en'): CliContext {
  return { language, out: (t) => out.push(t), err: () => undefined, isTty: false, env: { AWS_REGION: 'us-east-1' }, repoRoot };
}

/** The clock of the mocked metrics: three minutes after their first datapoint (2026-03-01T10:00:00Z). */
export const checkNow = (): Date => new Date('2026-03-01T10:03:00Z');
