// run-cli-at.ts on the compiled kit, as bin/workshop.js runs it (no tsx until the lab's files load):
// `node run-cli-at-compiled.mjs <repoRoot> <command…>`. Plain JavaScript: nothing transpiles it.
import { fileURLToPath } from 'node:url';
import { compiledKit } from '../../../bin/kit-bundle.js';

const kit = await compiledKit({ repoRoot: fileURLToPath(new URL('../../../..', import.meta.url)) });
if (!kit) throw new Error('the compiled kit could not be built');
const [repoRoot, ...argv] = process.argv.slice(2);
const { startEarlyWorker } = await import(kit.entryUrl('cli/early-worker.ts'));
startEarlyWorker(argv, process.env, repoRoot);
const { runCli } = await import(kit.entryUrl('cli/run-cli.ts'));
process.exitCode = await runCli(argv, {
  out: (/** @type {string} */ text) => process.stdout.write(`${text}\n`),
  err: (/** @type {string} */ text) => process.stderr.write(`${text}\n`),
  isTty: false,
  env: process.env,
  repoRoot,
});
