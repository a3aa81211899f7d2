/** Shows the cursor and turns line wrap back on: what a progress bar (cli-progress) turns off while it draws. */
export const RESTORE_SEQUENCE = '\x1b[?25h\x1b[?7h';

/**
 * Puts the terminal back as the learner had it, on each stream that is a terminal (never into a pipe or a
 * file). Safe to call any number of times; used when the CLI ends and on Ctrl-C.
 */
export function restoreTerminal(streams: readonly (NodeJS.WriteStream | { isTTY?: boolean; write: (s: string) => unknown })[] = [process.stderr, process.stdout]): void {
  for (const stream of streams) {
    if (stream.isTTY === true) stream.write(RESTORE_SEQUENCE);
  }
}
