// The learner's own code at the story's scale (issue 8 items 1–4): the seed incident with a solution's handler
// and settings (calibrated fast-forward, as `simulate` picks it), exact mode against the bare handler loop, and
// fast-forward against exact on 2 simulated hours at 300 writes/s. Figures only: nothing here passes or fails.
import { simulate } from '../src/engine/simulate.js';
import { incidentBefore } from '../src/engine/scenarios/incident.js';
import { ACCURACY, compareModes } from './fast-forward-compare.js';
import { measureHandlerSpeed } from './handler-speed-bench.js';
import { type BenchLab, constantLoadScenario, loadSolution } from './lab-scenario.js';

const LABS: readonly BenchLab[] = ['01-deploy-consumer', '05-parallelization'];
const n = (value: number) => Math.round(value).toLocaleString('en-US');
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const hours = (ms: number) => (ms >= 3_600_000 ? `${(ms / 3_600_000).toFixed(1)} h` : `${n(ms)} ms`);

async function incidentRows(): Promise<void> {
  console.log('\nThe seed incident (30 simulated hours, 100–400 writes/s) with a solution\'s handler and settings');
  console.log('solution | wall s | cpu s | written | processed | lost | IteratorAge max | mode | invocations real / total | peak RSS MB');
  for (const lab of LABS) {
    const parts = await loadSolution(lab);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await simulate({ ...incidentBefore, consumer: parts.consumer, function: { kind: 'handler', createHandler: parts.createHandler! } });
    const wallS = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const e = result.execution!;
    console.log([lab, wallS.toFixed(2), ((cpu.user + cpu.system) / 1e6).toFixed(2), n(result.totals.written), n(result.totals.processed), n(result.totals.lost),
      hours(Math.max(...result.minutes.map((m) => m.iteratorAgeMaxMs ?? 0))), e.fallback ? `${e.mode} (fell back: ${e.fallback.reason})` : e.mode,
      `${n(e.invocations.real)} / ${n(e.invocations.total)}`, rssMb()].join(' | '));
  }
}

async function speedRows(): Promise<void> {
  console.log('\nExact mode (every invocation through the handler) against the same handler in a bare loop over pre-built events, I/O resolved at once');
  console.log('solution | simulated at 300 writes/s | records | exact records/s (per CPU s) | bare-loop records/s (per CPU s) | exact ÷ bare (CPU) | event building records/s | peak RSS MB');
  for (const [lab, minutes] of [['05-parallelization', 15], ['01-deploy-consumer', 10]] as const) {
    const r = await measureHandlerSpeed(lab, 300, minutes * 60);
    console.log([lab, `${minutes} min`, n(r.records), `${n(r.exactPerS)} (${n(r.exactPerCpuS)})`, `${n(r.barePerS)} (${n(r.barePerCpuS)})`,
      `${(r.exactPerS / r.barePerS).toFixed(2)} (${(r.exactPerCpuS / r.barePerCpuS).toFixed(2)})`, n(r.buildPerS), rssMb()].join(' | '));
  }
}

async function accuracyRows(): Promise<void> {
  console.log(`\nFast-forward against exact, 2 simulated hours at 300 writes/s (allowed: IteratorAge max per minute within ${ACCURACY.ageShare * 100} % or ${ACCURACY.ageMs} ms, processed within ${ACCURACY.processedShare * 100} %)`);
  console.log('solution | exact wall s | fast-forward wall s | real / total invocations | worst minute (exact → fast-forward) | processed difference | within | peak RSS MB');
  for (const lab of LABS) {
    const c = await compareModes(constantLoadScenario(await loadSolution(lab), 300, 7_200));
    const e = c.fast.execution!;
    const w = c.worstMinute;
    console.log([lab, c.exactWallS.toFixed(1), c.fastWallS.toFixed(2), `${n(e.invocations.real)} / ${n(e.invocations.total)}`,
      w.ofAllowance === 0 ? 'none: every minute identical' : `minute ${w.t}: ${w.exactMs ?? '–'} → ${w.fastMs ?? '–'} ms (${(w.ofAllowance * 100).toFixed(1)} % of the allowance)`,
      `${(c.processedShare * 100).toFixed(3)} %`, c.withinAccuracy ? 'yes' : 'NO', rssMb()].join(' | '));
  }
}

export async function run(): Promise<void> {
  await incidentRows();
  await speedRows();
  await accuracyRows();
  console.log('\n(2-core machine shared with other work: wall times vary; cpu s is this process only. Peak RSS is the whole process so far.)');
}
