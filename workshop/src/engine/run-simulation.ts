import { WorkshopError } from '../errors/workshop-error.js';
import type { ConsumerSettings } from '../settings/consumer-settings.js';
import { DEFAULT_ENGINE_ASSUMPTIONS, type EngineAssumptions } from './engine-assumptions.js';
import { EventSourceMapping } from './event-source-mapping.js';
import type { FunctionRunner } from './function-runner.js';
import { MetricsRecorder } from './metrics-recorder.js';
import type { Scenario } from './scenario.js';
import { validateScenario } from './scenario-validation.js';
import type { OnFailureRecord } from './on-failure-record.js';
import type { InFlightAtEnd, MinuteStats, SimulationTotals } from './simulation-result.js';
import { measureRecordSizes } from './handler/record-sizes.js';
import { buildLaneStreams, DEFAULT_ITEM_SIZE_BYTES, streamContextOf } from './retained-stream.js';
import { Simulator } from './simulator.js';

export interface RunOptions {
  /** Called with the fraction of virtual time done (0–1], at most ~100 times per run. */
  readonly onProgress?: (fractionDone: number) => void;
  /** Override the engine's assumptions (poll interval, retry delays, UNCERTAIN choices). */
  readonly assumptions?: Partial<EngineAssumptions>;
}

export interface RunOutput {
  minutes: MinuteStats[];
  totals: SimulationTotals;
  /** The invocations still running at the horizon and their batches' records. */
  inFlightAtEnd: InFlightAtEnd;
  /** What the on-failure destination received (first 100; empty without a destination). */
  onFailureRecords: readonly OnFailureRecord[];
}

const PROGRESS_STEPS = 100;

/**
 * Runs one scenario in virtual time: producer → stream (shards, 24 h retention) → event source mapping →
 * `runner` (the cost model or a lab's handler). Same scenario and seed → identical output.
 * `settings` arrive resolved (`resolveConsumerSettings(scenario.consumer)`); the scenario's own numbers
 * are checked here.
 * @throws WorkshopError (`out_of_range`, `not_integer`, ...) for the first invalid scenario number.
 */
export async function runSimulation(
  scenario: Scenario,
  settings: ConsumerSettings,
  runner: FunctionRunner,
  options?: RunOptions,
): Promise<RunOutput> {
  const [issue] = validateScenario(scenario);
  if (issue) throw new WorkshopError(issue);
  const assumptions: EngineAssumptions = { ...DEFAULT_ENGINE_ASSUMPTIONS, ...options?.assumptions };
  const { load } = scenario;
  const horizonMs = (scenario.horizonSeconds ?? load.duration.seconds) * 1000;
  const itemSizeBytes = load.itemSizeBytes ?? DEFAULT_ITEM_SIZE_BYTES;
  const seed = scenario.seed >>> 0;
  // The same lanes `retainedStream` rebuilds for a redrive (retained-stream.ts): one construction, one stream.
  const streams = buildLaneStreams(scenario, settings.parallelizationFactor);

  const sim = new Simulator();
  const metrics = new MetricsRecorder(horizonMs);
  // The batch limits count the records as the event builder makes them (their SizeBytes and JSON): batcher.ts.
  const recordSizes = measureRecordSizes(itemSizeBytes, load.keys, streamContextOf(seed, scenario));
  const esm = new EventSourceMapping({ sim, settings, runner, metrics, assumptions, horizonMs, recordSizes, seed }, streams);
  esm.start();

  const onProgress = options?.onProgress;
  if (onProgress === undefined) {
    await sim.runUntil(horizonMs);
  } else {
    for (let step = 1; step <= PROGRESS_STEPS; step++) {
      await sim.runUntil((horizonMs * step) / PROGRESS_STEPS);
      onProgress(step / PROGRESS_STEPS);
      await yieldToHost();
    }
  }

  const totals = esm.finish();
  const writtenBy = (timeMs: number): number => {
    const at = Math.min(timeMs, horizonMs);
    let written = 0;
    for (const stream of streams) written += stream.countAt(at);
    return written;
  };
  return { minutes: metrics.finish(writtenBy), totals, inFlightAtEnd: esm.inFlightNow, onFailureRecords: esm.onFailureRecords };
}

/** Lets the host breathe between progress steps: a progress bar redraws, a browser tab stays responsive. */
function yieldToHost(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise<void>((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}
