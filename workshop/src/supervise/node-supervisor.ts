// The supervising side in Node: runs a job in a worker_threads Worker with a heap cap, watches its heartbeat
// and a wall-clock budget, and turns every way the worker can end into a result or a WorkshopError whose
// issue is a supervisor verdict. The worker is always terminated once the answer is in, so nothing it left
// (timers, sockets) keeps the command alive.
import { Worker } from 'node:worker_threads';
import { WorkshopError } from '../errors/workshop-error.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import type { JobMessage, JobRequest, JobValues, LabJob } from './job-protocol.js';
import type { SuperviseLimits } from './supervise-limits.js';

export interface SuperviseEvents {
  readonly onProgress?: (fractionDone: number) => void;
  readonly onStarted?: (simulatedSeconds: number, replayOf?: string) => void;
  /** The worker's first sign of life (thread up, tsx registered, guards installed): for the bench. */
  readonly onAlive?: () => void;
}

/** How long the worker may take to say it is alive at all (tsx compiling the kit on a cold cache, a busy machine). */
const STARTUP_SECONDS = 60;

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
 * Runs `request` under supervision and resolves with its answer.
 * @throws WorkshopError with the kit's refusal (e.g. `lab_file_missing`), a supervisor verdict
 *   (`code_called_exit`, `code_ran_too_long`, …) or `internal` when the kit itself failed.
 */
export function superviseJob<J extends LabJob>(request: JobRequest & { readonly job: J }, limits: SuperviseLimits, events: SuperviseEvents = {}): Promise<JobValues[J['command']]> {
  return new Promise((resolve, reject) => {
    const lab = request.labName;
    const worker = new Worker(bootstrap(), {
      eval: true,
      execArgv: [],
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    let settled = false;
    let alive = false;
    let lastSign = performance.now();

    const end = (outcome: { readonly value: JobValues[J['command']] } | { readonly issue: WorkshopIssue; readonly stack?: string }): void => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      if (wall) clearTimeout(wall);
      worker.removeAllListeners('message');
      void worker.terminate();
      if ('value' in outcome) resolve(outcome.value);
      else {
        const error = new WorkshopError(outcome.issue);
        if (outcome.stack) error.stack = outcome.stack;
        reject(error);
      }
    };

    worker.on('message', (message: JobMessage) => {
      lastSign = performance.now();
      if (!alive) events.onAlive?.();
      alive = true;
      switch (message.kind) {
        case 'alive':
          return;
        case 'progress':
          return events.onProgress?.(message.fractionDone);
        case 'started':
          return events.onStarted?.(message.simulatedSeconds, message.replayOf);
        case 'done':
          return end({ value: message.value as JobValues[J['command']] });
        case 'refused':
          return end({ issue: message.issue });
        case 'verdict':
          return end({ issue: message.verdict });
        case 'failed':
          return end({ issue: { code: 'internal', detail: message.detail }, ...(message.stack ? { stack: message.stack } : {}) });
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return end({ issue: { code: 'code_out_of_memory', lab, megabytes: limits.heapMb } });
      end({ issue: { code: 'internal', detail: error.message }, ...(error.stack ? { stack: error.stack } : {}) });
    });
    // Messages posted before the thread ended arrive first; an exit after them found nothing to say.
    worker.on('exit', (exitCode) => setImmediate(() => end({ issue: { code: 'code_ended_without_result', lab, exitCode } })));

    const watch = setInterval(() => {
      const silentSeconds = (performance.now() - lastSign) / 1000;
      if (silentSeconds > (alive ? limits.blockedSeconds : STARTUP_SECONDS)) {
        end({ issue: { code: 'code_ran_too_long', lab, seconds: alive ? limits.blockedSeconds : STARTUP_SECONDS, blocked: true } });
      }
    }, 100);
    watch.unref();
    const wall = limits.wallSeconds > 0
      ? setTimeout(() => end({ issue: { code: 'code_ran_too_long', lab, seconds: limits.wallSeconds, blocked: false } }), limits.wallSeconds * 1000)
      : undefined;
    wall?.unref();
  });
}
