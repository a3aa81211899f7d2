// Start-up (issue 8 item 6: `--help`, `list`, `hint` ≤ 0.5 s): a fresh process per command, three ways —
// `npx workshop` (what the README says), `node workshop/bin/workshop.js` (the same launcher without npx's own
// start), and the launcher's fallback WORKSHOP_KIT_FROM_SOURCE=1 (the kit through tsx, as before the bundle).
// Wall time and CPU time (user + system, every thread); plus what the first start after a kit change pays to
// build the bundle (bin/kit-bundle.js) into a throw-away cache.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKit } from '../bin/kit-bundle.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LAUNCHER = resolve(REPO_ROOT, 'workshop/bin/workshop.js');
const ROUNDS = 3;
const CPU_MARK = '@@bench-cpu-us ';
/** Preloaded into the child: prints the whole process's CPU time (µs) on stderr as it exits (node bin only: npx is timed on the wall). */
const REPORT_CPU = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\n${CPU_MARK}'+(u.user+u.system)+'\\n')})`;

const COMMANDS: readonly (readonly string[])[] = [['--help'], ['list'], ['hint', '04'], ['check', '01', '--solution'], ['check', '05', '--solution']];

type Way = 'npx' | 'node' | 'source';

interface Timing {
  readonly wallS: number;
  /** The workshop process's CPU time (NaN with npx). */
  readonly cpuS: number;
}

function once(way: Way, args: readonly string[]): Timing {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'en', ...(way === 'source' ? { WORKSHOP_KIT_FROM_SOURCE: '1' } : {}) };
  const [command, argv] = way === 'npx'
    ? ['npx', ['--no-install', 'workshop', ...args]]
    : [process.execPath, ['--import', REPORT_CPU, LAUNCHER, ...args]];
  const t0 = performance.now();
  const child = spawnSync(command, argv, { cwd: REPO_ROOT, encoding: 'utf8', env });
  const wallS = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`${way} ${args.join(' ')} failed (exit ${child.status}): ${child.stderr}`);
  const mark = child.stderr.split('\n').find((line) => line.startsWith(CPU_MARK));
  return { wallS, cpuS: mark === undefined ? Number.NaN : Number(mark.slice(CPU_MARK.length)) / 1e6 };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function wallS(command: string, args: readonly string[], cwd?: string): number {
  return median(Array.from({ length: ROUNDS }, () => {
    const t0 = performance.now();
    spawnSync(command, args, cwd === undefined ? {} : { cwd });
    return (performance.now() - t0) / 1000;
  }));
}

/** npx's own start: `npx --no-install probe` in a throw-away folder whose bin `probe` is a shell script that exits at once. */
function npxAloneS(): number {
  const dir = mkdtempSync(join(tmpdir(), 'npx-probe-'));
  try {
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "name": "npx-probe", "private": true }\n');
    writeFileSync(join(dir, 'node_modules', '.bin', 'probe'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, 'node_modules', '.bin', 'probe'), 0o755);
    return wallS('npx', ['--no-install', 'probe'], dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  // The launcher builds the bundle if a kit source changed since the last start: one start first, not measured.
  once('node', ['--version']);
  console.log(`command | npx workshop wall s | node bin wall s | cpu s | from sources (tsx) wall s | cpu s | load (1 min)   (median of ${ROUNDS} fresh processes)`);
  for (const args of COMMANDS) {
    const row = (way: Way) => {
      const runs = Array.from({ length: ROUNDS }, () => once(way, args));
      return { wallS: median(runs.map((r) => r.wallS)), cpuS: median(runs.map((r) => r.cpuS)) };
    };
    const [npx, node, source] = [row('npx'), row('node'), row('source')];
    console.log([args.join(' '), npx.wallS.toFixed(2), node.wallS.toFixed(2), node.cpuS.toFixed(2), source.wallS.toFixed(2), source.cpuS.toFixed(2), loadavg()[0]!.toFixed(1)].join(' | '));
  }
  console.log(`npx alone (a bin that only exits): ${npxAloneS().toFixed(2)} s wall; node -e 0 alone: ${wallS(process.execPath, ['-e', '0']).toFixed(2)} s wall.`);
  console.log('(Target: --help, list, hint ≤ 0.5 s wall with npx on an idle machine. npx itself loads npm\'s installer modules before it');
  console.log(' runs a local bin, so its own start is outside the kit\'s reach; the node-bin column is the workshop\'s own part.');
  console.log(' check NN also runs the lab\'s code in the supervised worker.)');

  const cacheDir = join(REPO_ROOT, 'workshop', 'node_modules', '.cache', `startup-bench-${process.pid}`);
  try {
    const t0 = performance.now();
    const kit = await buildKit({ repoRoot: REPO_ROOT, cacheDir });
    console.log(`first start after a kit change: building the bundle takes ${((performance.now() - t0) / 1000).toFixed(2)} s (${kit ? 'built' : 'FAILED'}), once.`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
