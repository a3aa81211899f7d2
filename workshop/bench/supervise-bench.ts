// Supervision's cost: starting the worker (thread + tsx + the kit), passing the answer back, and watching the
// learner's handler (the non-Error/never-returned wrapper), next to the engine's own work on the same jobs.
// Run: npm run bench -- supervis
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulate } from '../src/engine/simulate.js';
import { buildLabScenario } from '../src/labs/core/lab-scenarios.js';
import { loadLab } from '../src/labs/node/lab-loader.js';
import type { JobRequest } from '../src/supervise/job-protocol.js';
import { runLabJob } from '../src/supervise/lab-jobs.js';
import { superviseJob } from '../src/supervise/node-supervisor.js';
import { superviseLimits } from '../src/supervise/supervise-limits.js';
import { setLearnerFaultSink, superviseCreateHandler } from '../src/supervise/learner-faults.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = 5;

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

/** A fresh `node --import tsx` process that runs `request` in-process or supervised; its wall time in ms. */
function coldRunMs(request: JobRequest, supervised: boolean): number {
  const script = supervised
    ? `const [{ superviseJob }, { superviseLimits }] = await Promise.all([import(${JSON.stringify(new URL('../src/supervise/node-supervisor.ts', import.meta.url).href)}), import(${JSON.stringify(new URL('../src/supervise/supervise-limits.ts', import.meta.url).href)})]);
       await superviseJob(JSON.parse(process.argv[1]), superviseLimits('check', {}));`
    : `const { runLabJob } = await import(${JSON.stringify(new URL('../src/supervise/lab-jobs.ts', import.meta.url).href)});
       await runLabJob(JSON.parse(process.argv[1]));`;
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(request)], { cwd: repoRoot, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  return performance.now() - t0;
}

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export async function run(): Promise<void> {
  const jobs: readonly [string, JobRequest][] = [
    ['a 1-minute cost-model simulate (almost no engine work)', { repoRoot, labName: '-', job: { command: 'simulate', flags: { duration: '1m' } } }],
    ['check 01 --solution', { repoRoot, labName: '01-deploy-consumer', job: { command: 'check', lab: '01', variant: 'solution' } }],
    ['check 05 --solution', { repoRoot, labName: '05-parallelization', job: { command: 'check', lab: '05', variant: 'solution' } }],
  ];
  console.log(`job, each in a fresh node --import tsx process | in-process ms | supervised ms | supervision ms | answer clone ms   (median of ${ROUNDS})`);
  for (const [name, request] of jobs) {
    const inProcess: number[] = [];
    const supervised: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      inProcess.push(coldRunMs(request, false));
      supervised.push(coldRunMs(request, true));
    }
    const answer = await runLabJob(request);
    const clone = await medianMs(async () => structuredClone(answer));
    console.log([name, median(inProcess).toFixed(0), median(supervised).toFixed(0), (median(supervised) - median(inProcess)).toFixed(0), clone.toFixed(2)].join(' | '));
  }

  // Inside one process: from new Worker to its first sign of life (thread + tsx + guards), then to the answer.
  const request: JobRequest = { repoRoot, labName: '01-deploy-consumer', job: { command: 'check', lab: '01', variant: 'solution' } };
  const up: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    let aliveAt = t0;
    await superviseJob(request, superviseLimits('check', {}), { onAlive: () => (aliveAt = performance.now()) });
    up.push(aliveAt - t0);
    total.push(performance.now() - t0);
  }
  console.log(`check 01 --solution, supervised: worker up (thread + tsx + guards) ${median(up).toFixed(0)} ms, answer after ${median(total).toFixed(0)} ms`);

  // The watched handler: one extra async frame per invocation and one per I/O call (lab 05's reference).
  const { definition, exports: lab } = await loadLab(repoRoot, '05', { variant: 'solution', modules: ['consumer', 'handler', 'load'] });
  const scenario = buildLabScenario(definition, lab);
  const rateOnce = async (watched: boolean): Promise<number> => {
    setLearnerFaultSink(watched ? () => {} : undefined);
    const createHandler = watched ? superviseCreateHandler(lab.createHandler!) : lab.createHandler!;
    const t0 = performance.now();
    const { processed } = (await simulate({ ...scenario, function: { kind: 'handler', createHandler } })).totals;
    setLearnerFaultSink(undefined);
    return processed / ((performance.now() - t0) / 1000);
  };
  const plainRates: number[] = [];
  const watchedRates: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    plainRates.push(await rateOnce(false));
    watchedRates.push(await rateOnce(true));
  }
  const bare = median(plainRates);
  const watched = median(watchedRates);
  console.log(`lab 05 reference handler in the engine: ${Math.round(bare).toLocaleString('en-US')} records/s plain, ${Math.round(watched).toLocaleString('en-US')} records/s watched (${((watched / bare) * 100).toFixed(0)} %)`);
}
