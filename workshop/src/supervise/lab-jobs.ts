// The work of `check`, `run` and `simulate` on the learner's code, as jobs: the same function runs inside the
// supervised worker (the CLI) and could run in a browser Web Worker. Everything it returns is plain data.
import { simulate } from '../engine/simulate.js';
import type { Scenario } from '../engine/scenario.js';
import { WorkshopError } from '../errors/workshop-error.js';
import type { LabExports } from '../labs/core/lab-definition.js';
import { runLabRunJob } from '../labs/core/lab-run-job.js';
import { runLabCheck } from '../labs/node/lab-check.js';
import { loadLab } from '../labs/node/lab-loader.js';
import { loadReferenceLab } from '../labs/node/lab-scenario-loader.js';
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

/** `run NN` on the local engine: labs/core's run job (as the site's panel runs it), on the lab's files. */
async function runLab(repoRoot: string, job: Extract<LabJob, { command: 'run' }>, events: JobEvents): Promise<RunJobValue> {
  const loaded = await loadLab(repoRoot, job.lab, { variant: job.variant });
  if (!loaded.definition.check) throw new WorkshopError({ code: 'lab_has_no_check', lab: loaded.folder.slug });
  return runLabRunJob(loaded.definition, supervised(loaded.exports), (labId) => loadReferenceLab(repoRoot, labId), {
    ...(job.horizonSeconds === undefined ? {} : { horizonSeconds: job.horizonSeconds }),
    ...(job.longRun === undefined ? {} : { longRun: job.longRun }),
    ...(job.afterSeconds === undefined ? {} : { afterSeconds: job.afterSeconds }),
    // A folder may hold a module its definition does not list (the loader takes it): the folder decides.
    ownsModule: (module) => loaded.sources.some((s) => s.module === module && s.own),
    ...(events.onProgress ? { onProgress: events.onProgress } : {}),
    onStarted: (seconds, replayOf) => events.onStarted?.(seconds, replayOf),
  });
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
