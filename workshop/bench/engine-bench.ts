// Stream engine benchmark: the 30-simulated-hour incident, before and after the fix (issue #3: ≤ 5 s wall each).
// Run: npm run bench -- engine   (or node --import tsx -e "import('./workshop/bench/engine-bench.ts').then(m=>m.run())")
import { createCostModelRunner } from '../src/engine/cost-model-runner.js';
import type { FunctionRunner } from '../src/engine/function-runner.js';
import { runSimulation } from '../src/engine/run-simulation.js';
import type { Scenario } from '../src/engine/scenario.js';
import { incidentAfter, incidentBefore } from '../src/engine/scenarios/incident.js';
import { resolveConsumerSettings } from '../src/settings/consumer-settings.js';

interface Row {
  readonly name: string;
  readonly wallS: number;
  readonly cpuS: number;
  readonly simulatedH: number;
  readonly processed: number;
  readonly invocations: number;
  readonly lost: number;
  readonly iteratorAgeMax: string;
  readonly maxRssMb: number;
}

async function measure(name: string, scenario: Scenario, recordsBuilt: boolean): Promise<Row> {
  if (scenario.function.kind !== 'cost') throw new Error('the bench uses the cost model');
  const cost = createCostModelRunner(scenario.function);
  // "records built": hide the cost model's count-only fast path, so every record is created as a real handler needs.
  const runner: FunctionRunner = recordsBuilt ? { invoke: cost.invoke } : cost;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { minutes, totals } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const ageMax = Math.max(...minutes.map((m) => m.iteratorAgeMaxMs ?? 0));
  return {
    name,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    simulatedH: minutes.length / 60,
    processed: totals.processed,
    invocations: minutes.reduce((n, m) => n + m.invocations, 0),
    lost: totals.lost,
    iteratorAgeMax: ageMax >= 3_600_000 ? `${(ageMax / 3_600_000).toFixed(1)} h` : `${ageMax} ms`,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export async function run(): Promise<void> {
  const threeHours = (s: Scenario): Scenario => ({ ...s, horizonSeconds: 3 * 3600 });
  const rows = [
    await measure('incident before (BatchSize 100, PF 1)', incidentBefore, false),
    await measure('incident after (BatchSize 1000, PF 10)', incidentAfter, false),
    await measure('incident after, first 3 h, every record built', threeHours(incidentAfter), true),
  ];
  console.log('scenario | wall s | cpu s | simulated h | sim ÷ wall | records processed | records/s (wall) | invocations | lost | IteratorAge max | peak RSS MB');
  for (const r of rows) {
    console.log([
      r.name,
      r.wallS.toFixed(2),
      r.cpuS.toFixed(2),
      r.simulatedH.toFixed(0),
      Math.round((r.simulatedH * 3600) / r.wallS).toLocaleString('en-US'),
      r.processed.toLocaleString('en-US'),
      Math.round(r.processed / r.wallS).toLocaleString('en-US'),
      r.invocations.toLocaleString('en-US'),
      r.lost.toLocaleString('en-US'),
      r.iteratorAgeMax,
      r.maxRssMb.toFixed(0),
    ].join(' | '));
  }
  console.log('(peak RSS is the whole process so far; 2-core machine; the cost model skips building records unless the row says so)');
}
