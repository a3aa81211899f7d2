// `npx workshop check 04`: the supervised worker (its thread, tsx and the kit's job code: about a third of a
// second of CPU) starts as soon as the command line says a local job will run, on the other core, while the CLI
// loads commander and its commands. bin/workshop.js calls this before it imports the CLI.
import { REPO_ROOT } from '../kit-location.js';
import { prestartSupervisedWorker } from '../supervise/node-supervisor.js';
import { superviseLimits } from '../supervise/supervise-limits.js';

/** Global options that take a value (`--lang en check 04`): the value is not the command. */
const GLOBAL_WITH_VALUE = new Set(['--lang']);

/**
 * The supervised command `argv` (without node and script) will run, or undefined: `check` and `run` on the local
 * engine, and `simulate --lab`. Help, `--target aws` and the other commands start no worker. A guess from the
 * raw words only: commander still parses them, and a wrong guess costs a thread that is never used.
 */
export function supervisedCommand(argv: readonly string[]): 'check' | 'run' | 'simulate' | undefined {
  if (argv.some((word) => word === '--help' || word === '-h' || word === '--version' || word === '-V')) return undefined;
  let index = 0;
  while (index < argv.length && argv[index]!.startsWith('-')) index += GLOBAL_WITH_VALUE.has(argv[index]!) ? 2 : 1;
  const command = argv[index];
  const rest = argv.slice(index + 1);
  const aws = rest.some((word, i) => word === '--target=aws' || (word === '--target' && rest[i + 1] === 'aws'));
  if ((command === 'check' || command === 'run') && !aws) return command;
  if (command === 'simulate' && rest.some((word) => word === '--lab' || word.startsWith('--lab='))) return 'simulate';
  return undefined;
}

/**
 * Prestarts the worker when {@link supervisedCommand} says a job will run, with the limits the command will ask
 * for, for the CLI at `repoRoot` (the CLI's own, as main.ts reads it; a worker prestarted for another root is not used).
 */
export function startEarlyWorker(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, repoRoot = REPO_ROOT): void {
  const command = supervisedCommand(argv);
  if (command !== undefined) prestartSupervisedWorker(repoRoot, superviseLimits(command, env));
}
