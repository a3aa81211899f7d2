// A Run or a Check of the learner's files, as the Web Worker does it: load the files (learner-modules.ts), then
// the lab definition's own check and scenario (workshop/src/labs/core) — the modules `npm test` proves.
import { runLabScenario, type ReferenceLab } from '../../../../workshop/src/labs/core/check-kit.js';
import { labEntry, moduleSources } from '../../../../workshop/src/labs/core/lab-catalog.js';
import type { LabDefinition, LabExports, LabVariant } from '../../../../workshop/src/labs/core/lab-definition.js';
import { runLabRunJob } from '../../../../workshop/src/labs/core/lab-run-job.js';
import { loadEveryLazyModule } from '../../../../workshop/src/labs/core/lazy-modules.js';
import { redriveRunLines } from '../../../../workshop/src/labs/core/redrive-run-summary.js';
import { RUN_HOURS } from '../../../../workshop/src/labs/core/run-hours.js';
import { runSummaryLines } from '../../../../workshop/src/labs/core/run-summary.js';
import { WorkshopError } from '../../../../workshop/src/errors/workshop-error.js';
import type { WorkshopIssue } from '../../../../workshop/src/errors/workshop-issue.js';
import { checkInteger } from '../../../../workshop/src/settings/range-check.js';
import { handlerNeverReturned, reportLearnerFault, superviseCreateHandler } from '../../../../workshop/src/supervise/learner-faults.js';
import { describeThrown } from '../../../../workshop/src/supervise/verdicts.js';
import { toChartData } from '../charts/chart-data';
import type { BrowserJobValue, BrowserLabJob, HandlerError } from './lab-protocol';
import { learnerFrames, loadLabSource, type BundledModules, type LabSource } from './learner-modules';

export interface BrowserJobEvents {
  readonly onProgress?: (fractionDone: number) => void;
}

/** The files of `definition`'s modules, as the CLI's loader resolves them: its own folder's, else an earlier lab's reference. */
export function labModulePaths(definition: LabDefinition, variant: LabVariant): LabSource['modules'] {
  return moduleSources(definition).map((source) => ({
    module: source.module,
    path: source.own ? `${variant === 'starter' ? 'labs' : 'solutions'}/${definition.slug}/${source.module}.ts` : `solutions/${source.fromLab.slug}/${source.module}.ts`,
  }));
}

/**
 * Every module the lab checks import lazily (each a chunk of its own in the site's bundle: the engine, lab 08's
 * alarm series, lab 09's redrive run…), and a one-second run of an empty handler through the check kit, so a
 * later Run or Check fetches nothing. Resolves once the run has ended.
 */
export async function warmUpEngine(): Promise<unknown> {
  await loadEveryLazyModule();
  return runLabScenario(
    { id: 'warm-up', horizonSeconds: 1, defaultLoad: { profile: { kind: 'constant', ratePerSecond: 1 }, duration: { seconds: 1 }, keys: 1, itemSizeBytes: 400 } },
    { consumer: { startingPosition: 'TRIM_HORIZON' }, createHandler: () => async () => undefined },
  );
}

function definitionOf(labId: string): LabDefinition {
  const definition = labEntry(labId);
  if (!definition?.check) throw new Error(`Lab ${labId} has no check.`);
  return definition;
}

/**
 * Runs `job`. @throws LabLoadError when a lab file does not load (syntax error, bad import, wrong export), and
 * WorkshopError when the job asks for hours outside `run --hours`'s range.
 */
export async function runBrowserLab(job: BrowserLabJob, bundled: BundledModules, events: BrowserJobEvents = {}): Promise<BrowserJobValue> {
  const definition = definitionOf(job.labId);
  let handlerError: HandlerError | undefined;
  const watched = (lab: LabExports): LabExports => {
    const createHandler = lab.createHandler;
    if (!createHandler) return lab;
    // The first Error the learner's handler throws, with its frames in the learner's files (the engine counts it as a failed batch).
    return { ...lab, createHandler: superviseCreateHandler((io) => {
      const handler = createHandler(io);
      if (typeof handler !== 'function') return handler;
      return async (event) => {
        try {
          return await handler(event);
        } catch (error) {
          if (!handlerError && error instanceof Error) handlerError = { message: describeThrown(error), frames: learnerFrames(error.stack) };
          throw error;
        }
      };
    }) };
  };
  const lab = watched(loadLabSource({ slug: definition.slug, files: job.files, modules: labModulePaths(definition, 'starter') }, bundled));
  const reference = async (labId: string): Promise<ReferenceLab> => {
    const other = definitionOf(labId);
    return { definition: other, exports: loadLabSource({ slug: other.slug, files: job.files, modules: labModulePaths(other, 'solution') }, bundled) };
  };
  const withError = <T extends object>(value: T): T & { handlerError?: HandlerError } => (handlerError ? { ...value, handlerError } : value);
  if (job.command === 'check') {
    const outcome = await definition.check!.run({ definition, lab, reference });
    if (handlerNeverReturned()) reportLearnerFault({ code: 'code_never_returned' });
    return withError({ command: 'check' as const, outcome: { ...outcome, passed: outcome.expectations.every((e) => e.passed) } });
  }
  // `run NN` (with `--hours`: the panel's duration) as the CLI's run job computes it (labs/core/lab-run-job.ts).
  const horizonSeconds = job.hours === undefined ? undefined : runHoursSeconds(job.hours);
  const run = await runLabRunJob(definition, lab, reference, {
    ...(horizonSeconds === undefined ? {} : { horizonSeconds, longRun: true }),
    ...(job.afterSeconds === undefined ? {} : { afterSeconds: job.afterSeconds }),
    ...(events.onProgress ? { onProgress: events.onProgress } : {}),
  });
  if (handlerNeverReturned()) reportLearnerFault({ code: 'code_never_returned' });
  return withError({
    command: 'run' as const,
    horizonSeconds: run.horizonSeconds,
    chart: toChartData(run.result, lab.alarm),
    ...(run.alarmThreshold === undefined ? {} : { threshold: run.alarmThreshold }),
    summary: runSummaryLines(run, job.language),
    ...(run.redrive ? { redrive: redriveRunLines(run.redrive, job.language) } : {}),
  });
}

/** The panel's hours in simulated seconds, within `run --hours`'s range. @throws WorkshopError outside it. */
function runHoursSeconds(hours: number): number {
  const issues: WorkshopIssue[] = [];
  checkInteger(issues, '--hours', hours, RUN_HOURS);
  if (issues[0]) throw new WorkshopError(issues[0]);
  return hours * 3600;
}
