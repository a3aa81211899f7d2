// The CLI as main.ts runs it, on another repository root: `node --import tsx run-cli-at.ts <repoRoot> <command…>`.
// Tests point it at throw-away repositories of broken labs.
import { runCli } from '../../cli/run-cli.js';

const [repoRoot, ...argv] = process.argv.slice(2);
process.exitCode = await runCli(argv, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTty: false,
  env: process.env,
  repoRoot: repoRoot!,
});
