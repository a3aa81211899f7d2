// `run NN`'s work on the local engine, one function for both places that run it: the CLI's run job
// (supervise/lab-jobs.ts, in its supervised worker) and the site's in-browser panel (its Web Worker), so the two
// compute the same run for the same files, `--hours` and lab 03's long run included. Browser-safe: the caller
// loads the lab's modules and its reference labs (from files in the CLI, compiled in the site).
import type { SimulationResult } from '../../engine/simulation-result.js';
import type { ReferenceLab } from './check-kit.js';
import { ownModules, type LabDefinition, type LabExports, type LabModule } from './lab-definition.js';
import { labRunScenario } from './lab-scenarios.js';
import { lazyModules } from './lazy-modules.js';
import { longRunFacts, longRunScenario } from './long-run.js';
import type { LongRunReport } from './long-run-summary.js';
import type { RedriveRunValue } from './redrive-lab-run.js';
import { hasRedrive, runRedriveLabJob } from './redrive-run-job.js';

/** What `run NN` shows: the run (its chart and summary) and what the report needs from the lab's own files. Plain data. */
export interface LabRunValue {
  readonly result: SimulationResult;
  readonly horizonSeconds: number;
  /** The lab replays another lab's consumer (lab 06 replays lab 03's; lab 09 runs lab 07's). */
  readonly replayOf?: string;
  readonly alarmThreshold?: number;
  /** `estimate.ts`'s answer for the run's length (lab 03). */
  readonly estimateMs?: number;
  /** The lab's long run (`run 03 --hours N`): the cliff, the records lost and the estimate's μ. */
  readonly longRun?: LongRunReport;
  /** Lab 09: the redrive of the run's on-failure queue, after the run. */
  readonly redrive?: RedriveRunValue;
}

export interface LabRunOptions {
  /** The run's simulated seconds (`--minutes`/`--hours`, the panel's duration); default the lab's own. */
  readonly horizonSeconds?: number;
  /** `--hours` asked for: a lab with a long run (lab 03) writes its load at the long-run rate for all of them. */
  readonly longRun?: boolean;
  /** Lab 09: start the redrive this long after the run ended (`run 09 --after`; default right away). */
  readonly afterSeconds?: number;
  /** Whether the lab's folder holds `module` itself (default: the definition's own files; the CLI asks its folder). */
  readonly ownsModule?: (module: LabModule) => boolean;
  readonly onProgress?: (fractionDone: number) => void;
  /** Told once the run's length is known, before it runs. */
  readonly onStarted?: (horizonSeconds: number, replayOf?: string) => void;
}

/** The lab's long run, when `options` asks for one and the lab has one (lab 03). */
export function longRunOf(definition: Pick<LabDefinition, 'longRun'>, options: Pick<LabRunOptions, 'horizonSeconds' | 'longRun'>): LabDefinition['longRun'] {
  return options.longRun === true && options.horizonSeconds !== undefined ? definition.longRun : undefined;
}

/**
 * `run NN` of `lab` (the learner's modules, already supervised by the caller): lab 09's redrive run, else the
 * lab's scenario (or the lab it replays, with this lab's alarm) for its own length, `horizonSeconds`, or its
 * long run. `reference` loads another lab's reference.
 */
export async function runLabRunJob(definition: LabDefinition, lab: LabExports, reference: (labId: string) => Promise<ReferenceLab>,
  options: LabRunOptions = {}): Promise<LabRunValue> {
  if (hasRedrive(lab)) {
    return runRedriveLabJob(definition, lab, reference, {
      ...(options.afterSeconds === undefined ? {} : { afterSeconds: options.afterSeconds }),
      ...(options.horizonSeconds === undefined ? {} : { horizonSeconds: options.horizonSeconds }),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onStarted: (seconds, replayOf) => options.onStarted?.(seconds, replayOf),
    });
  }
  const { scenario: labScenario, replayed } = await labRunScenario(definition, lab, reference);
  const longRun = longRunOf(definition, options);
  const scenario = longRun ? longRunScenario(labScenario, longRun, options.horizonSeconds!)
    : options.horizonSeconds === undefined ? labScenario : { ...labScenario, horizonSeconds: options.horizonSeconds };
  const horizonSeconds = scenario.horizonSeconds ?? scenario.load.duration.seconds;
  const replayOf = replayed?.definition.id;
  options.onStarted?.(horizonSeconds, replayOf);
  const { simulate } = await lazyModules.simulate();
  const result = await simulate(scenario, options.onProgress ? { onProgress: options.onProgress } : {});
  // Only the lab that asks for an estimate (lab 03's estimate.ts) compares with it, not the labs built on it.
  const owns = options.ownsModule ?? ((module: LabModule) => ownModules(definition).includes(module));
  const ownEstimate = lab.estimateIteratorAgeMs !== undefined && owns('estimate');
  return {
    result,
    horizonSeconds,
    ...(replayOf ? { replayOf } : {}),
    ...(lab.alarm ? { alarmThreshold: lab.alarm.threshold } : {}),
    ...(longRun ? { longRun: longRunReport(longRun.ratePerSecond, result, ownEstimate ? lab.consumerRecordsPerSecond : undefined) }
      : ownEstimate ? { estimateMs: lab.estimateIteratorAgeMs!(horizonSeconds) } : {}),
  };
}

/** What `run` tells of a long run: the facts the engine showed, and estimate.ts's μ when it answers a number. */
function longRunReport(ratePerSecond: number, result: SimulationResult, mu: (() => number) | undefined): LongRunReport {
  let estimated: number | undefined;
  try {
    const value = mu?.();
    if (typeof value === 'number' && Number.isFinite(value)) estimated = value;
  } catch {
    // An estimate that throws is the check's to report (`check 03`); the run still shows the engine's curve.
  }
  const execution = result.execution ? { mode: result.execution.mode, ...result.execution.invocations } : undefined;
  return { ratePerSecond, facts: longRunFacts(result), ...(estimated === undefined ? {} : { estimatedRecordsPerSecond: estimated }), ...(execution ? { execution } : {}) };
}
