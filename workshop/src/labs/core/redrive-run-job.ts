// `run 09`'s work, one function for both places that run it: the CLI's run job (supervise/lab-jobs.ts, in its
// supervised worker) and the site's in-browser panel (its Web Worker). Lab 07's reference consumer fills its
// on-failure queue, then the learner's redrive drains it over the run's retained stream, some time after the
// run ended. Browser-safe: the caller loads the reference lab (from files in the CLI, compiled in the site).
import type { SimulationResult } from '../../engine/simulation-result.js';
import type { ReferenceLab } from './check-kit.js';
import { DRAIN_SECONDS } from './definitions/07-poison-pill.js';
import type { LabDefinition, LabExports } from './lab-definition.js';
import { lazyModules } from './lazy-modules.js';
import type { RedriveRunValue } from './redrive-lab-run.js';

/** What `run 09` shows: the replayed run (its chart and summary), then the redrive's report. Plain data. */
export interface RedriveLabRun {
  readonly result: SimulationResult;
  readonly horizonSeconds: number;
  /** The lab whose reference consumer ran (lab 07). */
  readonly replayOf: string;
  readonly alarmThreshold?: number;
  readonly redrive: RedriveRunValue;
}

export interface RedriveLabRunOptions {
  /** Start the redrive this long after the run ended (`run 09 --after`; default right away). */
  readonly afterSeconds?: number;
  /** The run's simulated seconds (`--minutes`/`--hours`; default lab 07's load and its drain minute). */
  readonly horizonSeconds?: number;
  /** Told once the run's length is known, before it runs. */
  readonly onStarted?: (horizonSeconds: number, replayOf: string) => void;
  /** The share of the consumer's run simulated so far, 0–1 (the redrive after it takes a moment). */
  readonly onProgress?: (fractionDone: number) => void;
}

/** Whether a lab's modules run as `run 09` does: the folder has a redrive (redrive.ts's `redriveFailure`). */
export const hasRedrive = (lab: LabExports): boolean => lab.redriveFailure !== undefined;

/**
 * `run 09` of `lab` (the learner's handler.ts and redrive.ts): `definition.builtOn`'s reference consumer (lab 07)
 * gives the poison order up to its queue, then `lab.redriveFailure` drains it with `lab.createHandler`.
 * @throws Error when `lab` has no handler or no redrive, or `definition` builds on no lab.
 */
export async function runRedriveLabJob(definition: Pick<LabDefinition, 'id' | 'builtOn'>, lab: LabExports,
  reference: (labId: string) => Promise<ReferenceLab>, options: RedriveLabRunOptions = {}): Promise<RedriveLabRun> {
  const { createHandler, redriveFailure } = lab;
  const replayOf = definition.builtOn;
  if (!createHandler || !redriveFailure || replayOf === undefined) throw new Error(`Lab ${definition.id} needs handler.ts, redrive.ts and a lab it builds on to run its redrive.`);
  const [{ runRedriveLab }, replayed] = await Promise.all([lazyModules.redriveLabRun(), reference(replayOf)]);
  const horizonSeconds = options.horizonSeconds ?? replayed.exports.load!.duration.seconds + DRAIN_SECONDS;
  options.onStarted?.(horizonSeconds, replayOf);
  const { failed, redrive } = await runRedriveLab(replayed, { createHandler, redriveFailure },
    { drainSeconds: DRAIN_SECONDS, afterSeconds: options.afterSeconds ?? 0, horizonSeconds, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return { result: failed.result, horizonSeconds, replayOf, redrive, ...(lab.alarm ? { alarmThreshold: lab.alarm.threshold } : {}) };
}
