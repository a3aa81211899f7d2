import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { registerCheck } from './check.js';
import { registerDeploy } from './deploy.js';
import { registerDiff } from './diff.js';
import { registerHint } from './hint.js';
import { registerList } from './list.js';
import { registerRedrive } from './redrive.js';
import { registerReset } from './reset.js';
import { registerRun } from './run.js';
import { registerDestroy } from './destroy.js';
import { registerLeftovers } from './leftovers.js';
import { registerDoctor } from './doctor.js';
import { registerLoad } from './load.js';
import { registerSimulate } from './simulate.js';
import { registerSynth } from './synth.js';
import { registerWatch } from './watch.js';

/** Adds one command (with its options and `--help`) to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

// One line per command, in the order `--help` lists them. Each command lives in its own file beside this one.
export const COMMANDS: readonly RegisterCommand[] = [
  registerList,
  registerRun,
  registerCheck,
  registerHint,
  registerDiff,
  registerReset,
  registerSynth,
  registerDeploy,
  registerDestroy,
  registerLeftovers,
  registerLoad,
  registerWatch,
  registerRedrive,
  registerSimulate,
  registerDoctor,
];
