#!/usr/bin/env node
// Launcher for `npx workshop`. The kit runs from its compiled copy (kit-bundle.js: an esbuild bundle of
// workshop/src, rebuilt on the first start after any kit source changed), so a start does not transpile the kit
// through tsx; the learner's files stay TypeScript, loaded through tsx when a command runs them
// (src/labs/node/learner-loader.ts). When the copy cannot be built, or WORKSHOP_KIT_FROM_SOURCE is set, the CLI
// runs from its TypeScript sources through tsx, as it did before the bundle existed: slower, same behaviour.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledKit } from './kit-bundle.js';

const argv = process.argv.slice(2);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const debug = argv.includes('--debug');
const onError = (/** @type {unknown} */ error) => {
  if (debug) process.stderr.write(`(the compiled kit could not be built, running from the sources: ${error instanceof Error ? error.stack : String(error)})\n`);
};
const kit = process.env.WORKSHOP_KIT_FROM_SOURCE ? undefined : await compiledKit({ repoRoot, onError });

// A command that runs the learner's code locally starts its supervised worker first, so that it loads while
// the CLI does (see src/cli/early-worker.ts).
if (kit) {
  // `--debug` prints stacks: let them name the kit's TypeScript files, not the bundle's.
  if (debug) process.setSourceMapsEnabled(true);
  const { startEarlyWorker } = await import(kit.entryUrl('cli/early-worker.ts'));
  startEarlyWorker(argv, process.env);
  await import(kit.entryUrl('cli/main.ts'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { startEarlyWorker } = await import('../src/cli/early-worker.js');
  startEarlyWorker(argv, process.env);
  await import('../src/cli/main.js');
}
