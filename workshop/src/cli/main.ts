// Entry point of the CLI (`npx workshop` / `npm run workshop -- <command>` start it through bin/workshop.js).
import { REPO_ROOT as repoRoot } from '../kit-location.js';
import { EXIT, runCli } from './run-cli.js';
import { restoreTerminal } from './terminal-restore.js';

// The README states the supported Node range; the SDK's multi-line notice about it would bury the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// `npx workshop check 01 | head -1` closes stdout early: that is the reader's choice, not an error, and not a
// success either. Output stops, the command finishes, and the exit code is still the command's own.
const open = { stdout: true, stderr: true };
for (const name of ['stdout', 'stderr'] as const) {
  process[name].on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    open[name] = false;
  });
}

// Ctrl-C: a command that handles it (load stops writing, watch stops refreshing) has its own listener; otherwise
// the terminal gets its cursor and line wrap back (a progress bar hides them) and the exit code is 130.
let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
  if (process.listenerCount('SIGINT') > 1) return;
  restoreTerminal();
  process.exit(EXIT.interrupted);
});

const code = await runCli(process.argv.slice(2), {
  out: (text) => {
    if (open.stdout) process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    if (open.stderr) process.stderr.write(`${text}\n`);
  },
  isTty: Boolean(process.stdout.isTTY),
  errIsTty: Boolean(process.stderr.isTTY),
  env: process.env,
  repoRoot,
});
process.exitCode = interrupted && code !== EXIT.ok ? EXIT.interrupted : code;
