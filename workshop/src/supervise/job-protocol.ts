// The seam between a command and the learner's code: what the supervising side sends (a job, plain data)
// and what comes back (progress, then a result, a refusal or a verdict). Structured-clone safe, so the same
// messages cross a Node worker_threads port and a browser Web Worker's postMessage.
// Browser-safe: types only.
import type { FunctionModel, Scenario } from '../engine/scenario.js';
import type { SimulationResult } from '../engine/simulation-result.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import type { LabCheckReport } from '../labs/node/lab-check.js';
import type { LabVariant } from '../labs/core/lab-definition.js';
import type { LabRunValue } from '../labs/core/lab-run-job.js';
import type { SimulateFlags } from '../cli/simulate/simulate-options.js';
import type { SupervisorVerdict } from './verdicts.js';

/** One command's work on the learner's code. `lab` is what the learner typed (`04`, `labs/04-batch-size`, a folder). */
export type LabJob =
  | { readonly command: 'check'; readonly lab: string; readonly variant: LabVariant }
  /** `longRun`: `--hours` asked for the lab's long run (lab 03: its load at the long-run rate for all those hours). `afterSeconds` (lab 09): start the redrive this long after the run ended. */
  | { readonly command: 'run'; readonly lab: string; readonly variant: LabVariant; readonly horizonSeconds?: number; readonly longRun?: boolean; readonly afterSeconds?: number }
  | { readonly command: 'simulate'; readonly flags: SimulateFlags & { readonly lab?: string } };

/** A job and where its lab files are. `labName` names the lab in verdicts ("Lab 04-batch-size: …"). */
export interface JobRequest {
  readonly repoRoot: string;
  readonly labName: string;
  readonly job: LabJob;
}

/** `run`'s answer: the run, and what the report needs from the lab's own files (labs/core's run job, shared with the site). */
export type RunJobValue = LabRunValue;

/** A scenario without the learner's code in it (functions do not cross a worker boundary). */
export type PlainScenario = Omit<Scenario, 'function'> & {
  readonly function: Exclude<FunctionModel, { kind: 'handler' }> | Omit<Extract<FunctionModel, { kind: 'handler' }>, 'createHandler'>;
};

/** `simulate`'s answer: the run and the scenario it ran, for the report. */
export interface SimulateJobValue {
  readonly result: SimulationResult;
  readonly scenario: PlainScenario;
  /** The lab folder's name when a lab's handler ran. */
  readonly labSlug?: string;
}

/** What each job answers. */
export interface JobValues {
  readonly check: LabCheckReport;
  readonly run: RunJobValue;
  readonly simulate: SimulateJobValue;
}

/** Messages from the side running the learner's code to the supervising side. */
export type JobMessage =
  /** Sent every ~250 ms while the runner's event loop turns (a synchronous loop stops them). */
  | { readonly kind: 'alive' }
  | { readonly kind: 'progress'; readonly fractionDone: number }
  /** The scenario is built: how many simulated seconds it will run. */
  | { readonly kind: 'started'; readonly simulatedSeconds: number; readonly replayOf?: string }
  | { readonly kind: 'done'; readonly value: JobValues[keyof JobValues] }
  /** The kit refused the job (a bad option, a missing file): the issue the command would have thrown. */
  | { readonly kind: 'refused'; readonly issue: WorkshopIssue }
  /** The learner's code did something the run cannot survive. */
  | { readonly kind: 'verdict'; readonly verdict: SupervisorVerdict }
  /** The kit itself failed (a bug): the detail for the "unexpected" message. */
  | { readonly kind: 'failed'; readonly detail: string; readonly stack?: string };
