// Exact mode against the bare handler: how much of a real-handler run is the learner's code, how much the engine.
// "Bare loop": the same handler over the same batches, as pre-built events, with I/O that resolves at once.
// "Exact": the engine runs every invocation through the handler (stream, lanes, virtual-time I/O, metrics).
import type { FunctionRunner, StreamRecordView } from '../src/engine/function-runner.js';
import { createStreamEventBuilder } from '../src/engine/handler/stream-event-builder.js';
import { createHandlerRunner } from '../src/engine/handler/create-handler-runner.js';
import { runSimulation } from '../src/engine/run-simulation.js';
import type { Scenario } from '../src/engine/scenario.js';
import { resolveConsumerSettings } from '../src/settings/consumer-settings.js';
import type { ConsumerIO } from '../src/runtime/consumer-io.js';
import { type BenchLab, constantLoadScenario, loadSolution } from './lab-scenario.js';

export interface HandlerSpeed {
  readonly lab: BenchLab;
  readonly records: number;
  /** Records per second of wall time, and per second of this process's CPU time (steadier on a shared machine). */
  readonly exactPerS: number;
  readonly exactPerCpuS: number;
  readonly barePerS: number;
  readonly barePerCpuS: number;
  readonly buildPerS: number;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const INSTANT_IO: ConsumerIO = { putResult: () => Promise.resolve(), putResults: () => Promise.resolve([]), sleep: () => Promise.resolve() };
/** Events are pre-built this many records at a time, so the bare loop's memory stays small. */
const CHUNK_RECORDS = 20_000;

/** Every invocation through the handler; with `batches`, each batch the engine delivers is kept there too. */
function runExact(scenario: Scenario, batches?: StreamRecordView[][]) {
  if (scenario.function.kind !== 'handler') throw new Error('the handler bench needs a handler scenario');
  // Straight to the handler runner: exact by construction, whatever simulate's size rule would pick.
  const settings = resolveConsumerSettings(scenario.consumer);
  const handler = createHandlerRunner(scenario.function, settings, scenario.seed, scenario);
  const runner: FunctionRunner = batches ? { invoke: (batch, startMs) => (batches.push([...batch]), handler.invoke(batch, startMs)) } : handler;
  return runSimulation(scenario, settings, runner);
}

export async function measureHandlerSpeed(lab: BenchLab, ratePerSecond: number, seconds: number): Promise<HandlerSpeed> {
  const parts = await loadSolution(lab);
  const scenario = constantLoadScenario(parts, ratePerSecond, seconds);
  // The run that keeps the batches goes first: it also warms the engine and the handler up (JIT), so the timed
  // exact run and the bare loop after it are both measured warm — before, exact alone paid the warm-up.
  const batches: StreamRecordView[][] = [];
  await runExact(scenario, batches);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const exact = await runExact(scenario);
  const exactS = (performance.now() - t0) / 1000;
  const exactCpuS = cpuSeconds(c0);

  const build = createStreamEventBuilder({ seed: scenario.seed });
  const handler = parts.createHandler!(INSTANT_IO);
  let records = 0;
  let bareMs = 0;
  let bareCpuS = 0;
  let buildMs = 0;
  for (let from = 0; from < batches.length; ) {
    const chunk = [];
    let size = 0;
    const b0 = performance.now();
    for (; from < batches.length && size < CHUNK_RECORDS; from++) {
      chunk.push(build(batches[from]!));
      size += batches[from]!.length;
    }
    buildMs += performance.now() - b0;
    const h0 = performance.now();
    const hc = process.cpuUsage();
    for (const event of chunk) {
      try {
        await handler(event);
      } catch {
        // a failing invocation is part of the run too; the bare loop just moves on
      }
    }
    bareMs += performance.now() - h0;
    bareCpuS += cpuSeconds(hc);
    records += size;
  }
  // Both rates count every record handed to the handler (retried ones again), so they compare like for like.
  return {
    lab,
    records,
    exactPerS: records / exactS,
    exactPerCpuS: records / exactCpuS,
    barePerS: records / (bareMs / 1000),
    barePerCpuS: records / bareCpuS,
    buildPerS: records / (buildMs / 1000),
  };
}

