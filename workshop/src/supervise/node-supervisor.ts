// The supervising side in Node: a worker_threads Worker with a heap cap (resourceLimits) that runs the kit's
// worker entry (compiled, or its TypeScript source through tsx), wired to the shared job watch (job-watch.ts: heartbeat, wall clock, verdicts). The worker is always
// terminated once the answer is in, so nothing it left (timers, sockets) keeps the command alive.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { COMPILED_KIT, kitModuleFile } from '../kit-location.js';
import type { JobMessage, JobRequest, JobValues, LabJob } from './job-protocol.js';
import { watchJob, type SuperviseEvents } from './job-watch.js';
import type { SuperviseLimits } from './supervise-limits.js';

export type { SuperviseEvents } from './job-watch.js';

const ENTRY = pathToFileURL(kitModuleFile('supervise/node-worker-entry.ts')).href;

/** What a thread that waits for its job is given instead of one (node-worker-entry.ts reads it). */
export interface PrestartData {
  readonly prestarted: { readonly repoRoot: string };
}

/**
 * The worker's first script: loads the entry. From the TypeScript sources (`node --import tsx`, tests, the
 * launcher's fallback) it registers tsx first, whatever way the CLI was started; the compiled entry loads as is and
 * registers tsx for the lab files itself, once the kit's job code is in (labs/node/learner-loader.ts).
 */
function bootstrap(): string {
  const load = COMPILED_KIT
    ? `import(${JSON.stringify(ENTRY)})`
    : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})\n  .then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); })`;
  return [
    "const { parentPort } = require('node:worker_threads');",
    load,
    "  .catch((error) => parentPort.postMessage({ kind: 'failed', detail: String(error && error.message || error), stack: error && error.stack }));",
  ].join('\n');
}

type ThreadEvent = { readonly kind: 'message'; readonly message: JobMessage } | { readonly kind: 'error'; readonly error: Error & { code?: string } } | { readonly kind: 'exit'; readonly exitCode: number };

/** A worker whose events wait in `early` until a watch takes them (a prestarted thread runs before its job is known). */
interface Thread {
  readonly worker: Worker;
  readonly heapMb: number;
  readonly early: ThreadEvent[];
  sink?: (event: ThreadEvent) => void;
}

function startThread(workerData: JobRequest | PrestartData, heapMb: number): Thread {
  const worker = new Worker(bootstrap(), { eval: true, execArgv: [], workerData, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const thread: Thread = { worker, heapMb, early: [] };
  const deliver = (event: ThreadEvent) => (thread.sink ? thread.sink(event) : thread.early.push(event));
  worker.on('message', (message: JobMessage) => deliver({ kind: 'message', message }));
  worker.on('error', (error: Error & { code?: string }) => deliver({ kind: 'error', error }));
  worker.on('exit', (exitCode) => deliver({ kind: 'exit', exitCode }));
  return thread;
}

let waiting: { readonly thread: Thread; readonly repoRoot: string } | undefined;

/**
 * Starts the supervised worker before its job is known (bin/workshop.js calls it for `check`, `run` and
 * `simulate --lab` as soon as the command line says so), so that the thread, its tsx and the kit load on the
 * other core while the CLI loads its own modules. The next {@link superviseJob} with the same heap cap and repo
 * hands it the job instead of starting a thread. Unref'd until then: an unused one never keeps the process alive.
 */
export function prestartSupervisedWorker(repoRoot: string, limits: Pick<SuperviseLimits, 'heapMb'>): void {
  if (waiting) return;
  waiting = { thread: startThread({ prestarted: { repoRoot } }, limits.heapMb), repoRoot };
  waiting.thread.worker.unref();
}

/** The prestarted thread if it suits `request` and is still healthy (else it goes, and the job gets its own). */
function claimPrestarted(request: JobRequest, limits: SuperviseLimits): Thread | undefined {
  const prestarted = waiting;
  waiting = undefined;
  if (!prestarted) return undefined;
  const { thread } = prestarted;
  if (prestarted.repoRoot === request.repoRoot && thread.heapMb === limits.heapMb && thread.early.every((e) => e.kind === 'message')) return thread;
  void thread.worker.terminate();
  return undefined;
}

/**
 * Runs `request` under supervision in a worker_threads Worker capped at `limits.heapMb` (the prestarted one, if
 * any), and resolves with its answer; {@link watchJob} judges the messages, the heartbeat and the wall-clock budget.
 * @throws WorkshopError with the kit's refusal (e.g. `lab_file_missing`), a supervisor verdict
 *   (`code_called_exit`, `code_ran_too_long`, …) or `internal` when the kit itself failed.
 */
export function superviseJob<J extends LabJob>(request: JobRequest & { readonly job: J }, limits: SuperviseLimits, events: SuperviseEvents = {}): Promise<JobValues[J['command']]> {
  const prestarted = claimPrestarted(request, limits);
  const thread = prestarted ?? startThread(request, limits.heapMb);
  const { worker } = thread;
  // Once the answer is in, the worker goes, with whatever it left behind (timers, sockets, a spinning loop).
  const watch = watchJob<JobValues[J['command']]>(request.labName, limits, () => {
    worker.removeAllListeners('message');
    void worker.terminate();
  }, events);
  thread.sink = (event) => {
    if (event.kind === 'message') watch.message(event.message);
    else if (event.kind === 'error') {
      if (event.error.code === 'ERR_WORKER_OUT_OF_MEMORY') watch.outOfMemory(limits.heapMb);
      else watch.crashed(event.error);
    }
    // Messages posted before the thread ended arrive first; an exit after them found nothing to say.
    else setImmediate(() => watch.ended(event.exitCode));
  };
  for (const event of thread.early.splice(0)) thread.sink(event);
  if (prestarted) {
    worker.ref();
    worker.postMessage(request);
  }
  return watch.answer;
}
