// The work of `check`, `run` and `simulate` on the learner's code, as jobs: the same function runs inside the
// supervised worker (the CLI) and could run in a browser Web Worker. Everything it returns is plain data.
import { simulate } from '../engine/simulate.js';
import type { Scenario } from '../engine/scenario.js';
import { WorkshopError } from '../errors/workshop-error.js';
import { labEntry } from '../labs/lab-catalog.js';
import { runLabCheck } from '../labs/lab-check.js';
import { resolveLabFolder } from '../labs/lab-folder.js';
import { loadLabExports } from '../labs/lab-loader.js';
import { buildAlarmReplay, buildLabScenario, type LabExports } from '../labs/lab-scenarios.js';
import { loadLabModules } from '../cli/simulate/lab-modules.js';
import { buildScenario } from '../cli/simulate/simulate-options.js';
import type { JobRequest, JobValues, LabJob, PlainScenario, RunJobValue, SimulateJobValue } from './job-protocol.js';
import { handlerNeverReturned, reportLearnerFault, superviseCreateHandler } from './learner-faults.js';

/** What a job may tell its supervisor while it runs. */
export interface JobEvents {
  readonly onProgress?: (fractionDone: number) => void;
  readonly onStarted?: (simulatedSeconds: number, replayOf?: string) => void;
}

/** Runs `request`'s job to its answer. @throws WorkshopError when the kit refuses it (bad option, missing file). */
export async function runLabJob<J extends LabJob>(request: JobRequest & { readonly job: J }, events: JobEvents = {}): Promise<JobValues[J['command']]> {
  const job: LabJob = request.job;
  const value = job.command === 'check' ? await runLabCheck(request.repoRoot, job.lab, job.variant)
    : job.command === 'run' ? await runLab(request.repoRoot, job, events)
    : await simulateLab(request.repoRoot, job, events);
  // The engine counts a handler that waits on nothing as timed out; under a supervisor that is a verdict.
  if (handlerNeverReturned()) reportLearnerFault({ code: 'code_never_returned' });
  return value as JobValues[J['command']];
}

/** `run NN` on the local engine: the lab's scenario (lab 06: lab 03's replay with the lab's alarm). */
async function runLab(repoRoot: string, job: Extract<LabJob, { command: 'run' }>, events: JobEvents): Promise<RunJobValue> {
  const folder = resolveLabFolder(repoRoot, job.lab, job.variant);
  const entry = labEntry(folder.id);
  if (!entry || !entry.task) throw new WorkshopError({ code: 'lab_has_no_check', lab: folder.slug });
  const lab = supervised(await loadLabExports(folder, entry.modules, repoRoot));
  const reference = folder.id === '06' ? await loadLabExports(resolveLabFolder(repoRoot, '03', 'solution'), ['consumer', 'handler', 'load'], repoRoot) : undefined;
  const labScenario = reference && lab.alarm ? buildAlarmReplay(lab.alarm, reference, '03') : buildLabScenario(folder.id, lab);
  const scenario = job.horizonSeconds === undefined ? labScenario : { ...labScenario, horizonSeconds: job.horizonSeconds };
  const horizonSeconds = scenario.horizonSeconds ?? scenario.load.duration.seconds;
  const replayOf = reference ? '03' : undefined;
  events.onStarted?.(horizonSeconds, replayOf);
  const result = await simulate(scenario, { ...(events.onProgress ? { onProgress: events.onProgress } : {}) });
  return {
    result,
    horizonSeconds,
    ...(replayOf ? { replayOf } : {}),
    ...(lab.alarm ? { alarmThreshold: lab.alarm.threshold } : {}),
    ...(lab.estimateIteratorAgeMs ? { estimateMs: lab.estimateIteratorAgeMs(horizonSeconds) } : {}),
  };
}

/** `simulate` (with `--lab`: the folder's handler, or the cost model with that folder's settings). */
async function simulateLab(repoRoot: string, job: Extract<LabJob, { command: 'simulate' }>, events: JobEvents): Promise<SimulateJobValue> {
  const { flags } = job;
  const costModel = flags.perRecordMs !== undefined || flags.fixedMs !== undefined;
  const modules = flags.lab === undefined ? undefined : await loadLabModules(repoRoot, flags.lab, !costModel);
  const lab = modules?.createHandler ? { ...modules, createHandler: superviseCreateHandler(modules.createHandler) } : modules;
  const scenario = buildScenario(flags, lab);
  events.onStarted?.(scenario.horizonSeconds ?? scenario.load.duration.seconds);
  const result = await simulate(scenario, { ...(events.onProgress ? { onProgress: events.onProgress } : {}), mode: flags.exact ? 'exact' : 'auto' });
  return { result, scenario: plainScenario(scenario), ...(modules ? { labSlug: modules.slug } : {}) };
}

function supervised(lab: LabExports): LabExports {
  return lab.createHandler ? { ...lab, createHandler: superviseCreateHandler(lab.createHandler) } : lab;
}

/** `scenario` without the learner's function, so it can be posted. */
export function plainScenario(scenario: Scenario): PlainScenario {
  if (scenario.function.kind !== 'handler') return scenario as PlainScenario;
  const { createHandler: _code, ...model } = scenario.function;
  return { ...scenario, function: model };
}

/** A posted scenario made whole again for the report code, which never calls the handler. */
export function reportScenario(scenario: PlainScenario): Scenario {
  if (scenario.function.kind !== 'handler') return scenario as Scenario;
  return { ...scenario, function: { ...scenario.function, createHandler: () => { throw new Error('the handler ran in the supervised worker'); } } };
}
