// `npx workshop …` in-process for tests: runs the CLI with its output captured, no TTY, an empty environment
// unless one is given. Commands report failure through process.exitCode and test files share one process
// (vitest `isolate: false`), so it is cleared before and after each run.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../run-cli.js';

/** The repository this checkout is. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface CapturedRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCliCaptured(argv: readonly string[], options: { readonly root?: string; readonly env?: Record<string, string> } = {}): Promise<CapturedRun> {
  const out: string[] = [];
  const err: string[] = [];
  process.exitCode = undefined;
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), isTty: false, env: options.env ?? {}, repoRoot: options.root ?? repoRoot });
  process.exitCode = undefined;
  return { code, out: out.join('\n'), err: err.join('\n') };
}
