// Runs a few commands side by side and reports like running them one after another: each command's output is
// printed whole, in the order given (never interleaved), and the result fails when any command fails.
// `npm run typecheck` uses it for its two tsc programs (typecheck.ts).
import { spawn } from 'node:child_process';

export interface Command {
  /** What the report calls it, e.g. `tsc -p site/tsconfig.json`. */
  readonly label: string;
  /** Executable (no shell is involved: arguments are passed as they are). */
  readonly file: string;
  readonly args: readonly string[];
}

export interface CommandResult {
  readonly label: string;
  /** Exit code; 1 when the command could not start or was killed by a signal. */
  readonly code: number;
  /** stdout and stderr as they arrived, merged. */
  readonly output: string;
  readonly wallMs: number;
}

function runOne(command: Command, cwd: string): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command.file, [...command.args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number, extra = '') => resolve({ label: command.label, code, output: Buffer.concat(chunks).toString('utf8') + extra, wallMs: Math.round(performance.now() - started) });
    child.on('error', (error) => done(1, `${command.label} could not start: ${error.message}\n`));
    child.on('close', (code, signal) => done(code ?? 1, signal ? `${command.label} was stopped by ${signal}\n` : ''));
  });
}

/** Starts every command at once; resolves, in the given order, when all have ended. */
export function runSideBySide(commands: readonly Command[], cwd: string): Promise<readonly CommandResult[]> {
  return Promise.all(commands.map((command) => runOne(command, cwd)));
}

/** The exit code for the whole: 0 when every command succeeded, else the first failing command's code. */
export function overallCode(results: readonly CommandResult[]): number {
  return results.find((result) => result.code !== 0)?.code ?? 0;
}
