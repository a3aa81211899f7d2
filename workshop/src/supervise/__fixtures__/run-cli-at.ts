// The CLI as bin/workshop.js runs it (the supervised worker prestarted before the CLI loads), on another
// repository root: `node --import tsx run-cli-at.ts <repoRoot> <command…>`. Tests point it at throw-away
// repositories of broken labs, so every verdict there comes through a prestarted worker, as with `npx workshop`.
import { startEarlyWorker } from '../../cli/early-worker.js';

const [repoRoot, ...argv] = process.argv.slice(2);
startEarlyWorker(argv, process.env, repoRoot!);
const { runCli } = await import('../../cli/run-cli.js');
process.exitCode = await runCli(argv, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTty: false,
  env: process.env,
  repoRoot: repoRoot!,
});
