import { createInterface } from 'node:readline';

/** How a yes/no question ended: an answer, no terminal to ask on, the input closed (Ctrl-D, EOF), or Ctrl-C. */
export type ConfirmAnswer = 'yes' | 'no' | 'no_terminal' | 'interrupted';

/** "y", "yes", "s", "sim" (any case) confirm; anything else, including an empty line, does not. */
export const isYes = (answer: string): boolean => /^(y|yes|s|sim)$/i.test(answer.trim());

/**
 * Asks `question` on the terminal (the question on stderr, so stdout stays clean). Always settles: without
 * a terminal on stdin it does not ask ('no_terminal'); Ctrl-D or the end of the input is 'no'; Ctrl-C is
 * 'interrupted' (the caller exits 130). A pending prompt can never leave the process hanging or exit 13.
 */
export function askOnTerminal(
  question: string,
  io: { readonly input: NodeJS.ReadableStream & { isTTY?: boolean }; readonly output: NodeJS.WritableStream } = { input: process.stdin, output: process.stderr },
): Promise<ConfirmAnswer> {
  if (io.input.isTTY !== true) return Promise.resolve('no_terminal');
  return new Promise((resolve) => {
    const rl = createInterface({ input: io.input, output: io.output, terminal: true });
    let settled = false;
    const done = (answer: ConfirmAnswer) => {
      if (settled) return;
      settled = true;
      rl.close();
      resolve(answer);
    };
    rl.on('SIGINT', () => {
      io.output.write('\n');
      done('interrupted');
    });
    rl.on('close', () => done('no'));
    rl.question(question, (answer) => done(isYes(answer) ? 'yes' : 'no'));
  });
}
