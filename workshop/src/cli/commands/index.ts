import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';

/** Adds one command (with its options and `--help`) to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

// One line per command, in the order `--help` lists them. Each command lives in its own file beside this one.
export const COMMANDS: readonly RegisterCommand[] = [
];
