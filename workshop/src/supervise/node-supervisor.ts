// The supervising side in Node: a worker_threads Worker with a heap cap (resourceLimits) that registers tsx,
// wired to the shared job watch (job-watch.ts: heartbeat, wall clock, verdicts). The worker is always
// terminated once the answer is in, so nothing it left (timers, sockets) keeps the command alive.
import { Worker } from 'node:worker_threads';
import type { JobMessage, JobRequest, JobValues, LabJob } from './job-protocol.js';
import { watchJob, type SuperviseEvents } from './job-watch.js';
import type { SuperviseLimits } from './supervise-limits.js';

export type { SuperviseEvents } from './job-watch.js';

const ENTRY = new URL('./node-worker-entry.ts', import.meta.url).href;

/**
 * The worker's first script: registers tsx (the lab files and the kit are TypeScript) whatever way the CLI was
 * started (`node --import tsx` or bin/workshop.js), then loads the entry.
 */
function bootstrap(): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return [
    "const { parentPort } = require('node:worker_threads');",
    `import(${JSON.stringify(tsx)})`,
    `  .then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); })`,
    "  .catch((error) => parentPort.postMessage({ kind: 'failed', detail: String(error && error.message || error), stack: error && error.stack }));",
  ].join('\n');
}

/**
 * Runs `request` under supervision in a worker_threads Worker capped at `limits.heapMb`, and resolves with its
 * answer; {@link watchJob} judges the messages, the heartbeat and the wall-clock budget.
 * @throws WorkshopError with the kit's refusal (e.g. `lab_file_missing`), a supervisor verdict
 *   (`code_called_exit`, `code_ran_too_long`, …) or `internal` when the kit itself failed.
 */
export function superviseJob<J extends LabJob>(request: JobRequest & { readonly job: J }, limits: SuperviseLimits, events: SuperviseEvents = {}): Promise<JobValues[J['command']]> {
  const worker = new Worker(bootstrap(), {
    eval: true,
    execArgv: [],
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
  });
  // Once the answer is in, the worker goes, with whatever it left behind (timers, sockets, a spinning loop).
  const watch = watchJob<JobValues[J['command']]>(request.labName, limits, () => {
    worker.removeAllListeners('message');
    void worker.terminate();
  }, events);
  worker.on('message', (message: JobMessage) => watch.message(message));
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') watch.outOfMemory(limits.heapMb);
    else watch.crashed(error);
  });
  // Messages posted before the thread ended arrive first; an exit after them found nothing to say.
  worker.on('exit', (exitCode) => setImmediate(() => watch.ended(exitCode)));
  return watch.answer;
}
