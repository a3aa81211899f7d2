// `check NN` as a learner runs it (issue 8 item 4: ≤ 1.5 s wall each on an idle machine): a fresh
// `npx workshop` process (workshop/bin/workshop.js) per lab, on the reference solution and on the untouched
// starter (neither records progress: a solution's check never does, a starter fails). Wall time and the process's
// CPU time (user + system, every thread: the CLI, the supervised worker, both tsx loaders); on a shared machine the
// CPU time is the figure to compare, and the load average printed next to each row says how shared it was.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
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

type Variant = 'solution' | 'starter';

function checkOnce(lab: string, variant: Variant): CheckTiming {
  const t0 = performance.now();
  const args = ['--import', REPORT_CPU, LAUNCHER, 'check', lab, ...(variant === 'solution' ? ['--solution'] : []), '--lang', 'en'];
  const child = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const wallS = (performance.now() - t0) / 1000;
  const mark = child.stderr.split('\n').find((line) => line.startsWith(CPU_MARK));
  if (mark === undefined) throw new Error(`check ${lab} (${variant}) printed no CPU time (exit ${child.status}): ${child.stderr}`);
  return { wallS, cpuS: Number(mark.slice(CPU_MARK.length)) / 1e6, passed: child.status === 0 };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  console.log(`lab | variant | check NN wall s | cpu s (user + sys, all threads) | verdict as expected | load (1 min)   (median of ${ROUNDS} fresh processes)`);
  for (const lab of LABS) {
    for (const variant of ['solution', 'starter'] as const) {
      const runs = Array.from({ length: ROUNDS }, () => checkOnce(lab, variant));
      // A solution passes; an untouched starter fails (labs/node/lab-checks.test.ts says which expectations).
      const expected = runs.every((r) => r.passed === (variant === 'solution'));
      console.log([lab, variant, median(runs.map((r) => r.wallS)).toFixed(2), median(runs.map((r) => r.cpuS)).toFixed(2), expected ? 'yes' : 'NO', loadavg()[0]!.toFixed(1)].join(' | '));
    }
  }
  console.log('(target: ≤ 1.5 s wall each on an idle machine; on a shared machine wall time also counts the waiting, so read cpu s. On an idle');
  console.log(' 2-core machine wall is below the CPU time: the supervised worker is prestarted and loads on the other core while the CLI loads.)');
}
