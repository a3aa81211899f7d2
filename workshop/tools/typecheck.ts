// `npm run typecheck`: the kit's program (tsconfig.json: workshop/, labs/, solutions/) and the site's
// (site/tsconfig.json, Docusaurus settings) are two separate tsc runs of about the same size (≈ 22 s of CPU each
// here; tsc checks on one thread, its garbage collector borrows some of a second core). One after the other they
// took 30.5 s of wall time on this 2-core machine, side by side 26.8 s with other work running beside them: the
// gain is the part of the second core one tsc leaves idle.
// Output: each program's errors whole, in this order, then one line per program; exit code non-zero if either fails.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { overallCode, runSideBySide, type Command } from './parallel-commands.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const program = (project: string): Command => ({ label: `tsc -p ${project} --noEmit`, file: process.execPath, args: [tsc, '-p', project, '--noEmit'] });

const results = await runSideBySide([program('tsconfig.json'), program('site/tsconfig.json')], repoRoot);
for (const result of results) process.stdout.write(result.output);
for (const result of results) console.log(`${result.code === 0 ? '✔' : '✖'} ${result.label} (${(result.wallMs / 1000).toFixed(1)} s)`);
process.exitCode = overallCode(results);
