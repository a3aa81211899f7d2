// `check NN` as a learner runs it (issue 8 item 4: ≤ 1.5 s wall each on an idle machine): a fresh
// `npx workshop` process (workshop/bin/workshop.js) per lab, on the reference solution (a solution's check
// records no progress). Wall time and the process's CPU time (user + system, every thread: the CLI, the
// supervised worker, tsx's loader); on a shared machine the CPU time is the figure to compare.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LAUNCHER = resolve(REPO_ROOT, 'workshop/bin/workshop.js');
const LABS = ['01', '02', '03', '04', '05', '06'] as const;
const ROUNDS = 3;
const CPU_MARK = '@@bench-cpu-us ';

/** Preloaded into the child: prints the whole process's CPU time (µs) on stderr as it exits. */
const REPORT_CPU = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\n${CPU_MARK}'+(u.user+u.system)+'\\n')})`;

interface CheckTiming {
  readonly wallS: number;
  readonly cpuS: number;
  readonly passed: boolean;
}

function checkOnce(lab: string): CheckTiming {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', REPORT_CPU, LAUNCHER, 'check', lab, '--solution', '--lang', 'en'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const wallS = (performance.now() - t0) / 1000;
  const mark = child.stderr.split('\n').find((line) => line.startsWith(CPU_MARK));
  if (mark === undefined) throw new Error(`check ${lab} --solution printed no CPU time (exit ${child.status}): ${child.stderr}`);
  return { wallS, cpuS: Number(mark.slice(CPU_MARK.length)) / 1e6, passed: child.status === 0 };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  console.log(`lab | check NN --solution wall s | cpu s (user + sys, all threads) | passes   (median of ${ROUNDS} fresh processes)`);
  for (const lab of LABS) {
    const runs = Array.from({ length: ROUNDS }, () => checkOnce(lab));
    console.log([lab, median(runs.map((r) => r.wallS)).toFixed(2), median(runs.map((r) => r.cpuS)).toFixed(2), runs.every((r) => r.passed) ? 'yes' : 'NO'].join(' | '));
  }
  console.log('(target: ≤ 1.5 s wall each on an idle machine; on a shared machine wall time also counts the waiting, so read cpu s. A process on');
  console.log(' an idle 2-core machine takes about its CPU time when the work is on one thread, less when the worker and tsx\'s loader overlap.)');
}
