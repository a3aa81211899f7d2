// The supervised worker's entry (Node worker_threads): guards first, a heartbeat, then the job. It answers
// exactly once — a result, a refusal, a verdict, or the kit's own failure — through `parentPort`. A prestarted
// thread (node-supervisor.ts) loads the kit's job code while it waits for its job, which arrives as a message.
import { parentPort, workerData } from 'node:worker_threads';
import { isWorkshopError } from '../errors/workshop-error.js';
import { WORKSHOP_DIR } from '../kit-location.js';
import { ensureLearnerLoader } from '../labs/node/learner-loader.js';
import type { JobMessage, JobRequest } from './job-protocol.js';
import { setLearnerFaultSink, type LearnerFault } from './learner-faults.js';
import { installLearnerGuards } from './learner-guards.js';
import type { PrestartData } from './node-supervisor.js';
import { previewValue, type SupervisorVerdict } from './verdicts.js';

/** Heartbeat period: the supervisor reads a silence much longer than this as a blocked event loop. */
export const ALIVE_EVERY_MS = 250;

const start = workerData as JobRequest | PrestartData;
const prestarted = 'prestarted' in start ? start.prestarted : undefined;
const port = parentPort!;
let request: JobRequest | undefined = prestarted ? undefined : (start as JobRequest);
let answered = false;

const post = (message: JobMessage): void => port.postMessage(message);
const answer = (message: JobMessage): void => {
  if (answered) return;
  answered = true;
  try {
    post(message);
  } catch (error) {
    // A value that cannot be cloned (e.g. a function in a lab's settings) is the kit's problem to explain.
    post({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
};
const fault = (found: LearnerFault): void => answer({ kind: 'verdict', verdict: { ...found, lab: request?.labName ?? '' } as SupervisorVerdict });

/**
 * The learner's console output reaches the parent on its own channel: it is let through before the answer,
 * since the supervisor ends the thread as soon as the answer arrives.
 */
const drained = () => Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));

installLearnerGuards({
  // The kit's sources (a compiled kit's frames are under node_modules/.cache, which no learner frame is either).
  kitDir: WORKSHOP_DIR,
  repoRoot: prestarted?.repoRoot ?? request!.repoRoot,
  report: fault,
  failed: (error) => answer({ kind: 'failed', detail: error.message, ...(error.stack ? { stack: error.stack } : {}) }),
  pending: () => !answered,
});
setLearnerFaultSink(fault);
// The job code loads at once: in a prestarted thread, while the CLI is still deciding what the job is; then the
// loader of the lab files (tsx, for a compiled kit: after the kit's modules, which need no loader).
const jobs = import('./lab-jobs.js').then(async (module) => {
  await ensureLearnerLoader();
  return module;
});
jobs.catch(() => undefined); // awaited (and reported) below, once the job is known
const job: JobRequest = request ?? (request = await new Promise<JobRequest>((resolve) => port.once('message', resolve)));
setInterval(() => post({ kind: 'alive' }), ALIVE_EVERY_MS).unref();
post({ kind: 'alive' });

try {
  const { runLabJob } = await jobs;
  const value = await runLabJob(job, {
    onProgress: (fractionDone) => post({ kind: 'progress', fractionDone }),
    onStarted: (simulatedSeconds, replayOf) => post({ kind: 'started', simulatedSeconds, ...(replayOf ? { replayOf } : {}) }),
  });
  await drained();
  answer({ kind: 'done', value });
} catch (error) {
  await drained();
  if (isWorkshopError(error)) answer({ kind: 'refused', issue: error.issue });
  else if (!(error instanceof Error)) fault({ code: 'code_threw_non_error', value: previewValue(error) });
  else answer({ kind: 'failed', detail: error.message, ...(error.stack ? { stack: error.stack } : {}) });
}
