// The page's side of the lab worker, judged by the kit's own supervisor logic (workshop/src/supervise/job-watch.ts:
// heartbeat, wall-clock budget, verdicts) with the CLI's limits. A worker that stops beating (a synchronous
// endless loop), runs past its budget or ends in a verdict is terminated and replaced; the page never waits on it.
// A worker that answered is kept for the next job (its script need not load again, offline included).
import { isWorkshopError } from '../../../../workshop/src/errors/workshop-error.js';
import type { WorkshopIssue } from '../../../../workshop/src/errors/workshop-issue.js';
import type { JobMessage } from '../../../../workshop/src/supervise/job-protocol.js';
import { watchJob } from '../../../../workshop/src/supervise/job-watch.js';
import { superviseLimits } from '../../../../workshop/src/supervise/supervise-limits.js';
import type { BrowserJobValue, BrowserLabJob, BrowserWorkerMessage } from './lab-protocol';

export type LabJobAnswer =
  | { readonly kind: 'done'; readonly value: BrowserJobValue; readonly elapsedMs: number }
  /** A lab file did not load, or the learner's code did something the run cannot survive (kit issues/verdicts). */
  | { readonly kind: 'issue'; readonly issue: WorkshopIssue }
  /** The learner pressed Stop: the worker was terminated. */
  | { readonly kind: 'stopped'; readonly elapsedMs: number };

export interface LabWorkerClient {
  run(job: BrowserLabJob, labName: string, onProgress?: (fraction: number) => void): Promise<LabJobAnswer>;
  /** Stop: terminates the worker of the job that runs (its answer is `stopped`); the next job starts a new one. */
  stop(): void;
  /** Starts the worker now (its script loads while the learner reads), so the first job does not wait for it. */
  warm(): void;
  dispose(): void;
}

export interface LabWorkerEvents {
  /** The current worker's engine: `false` when a worker starts, `true` once it is loaded (it then works offline). */
  readonly onEngineLoaded?: (loaded: boolean) => void;
}

export function createLabWorkerClient(spawn: () => Worker, events: LabWorkerEvents = {}): LabWorkerClient {
  let worker: Worker | undefined;
  let stopRunning: (() => void) | undefined;
  const fresh = (): Worker => {
    if (worker) return worker;
    const started = spawn();
    events.onEngineLoaded?.(false);
    started.addEventListener('message', (event: MessageEvent<BrowserWorkerMessage>) => {
      if (event.data.kind === 'engine-loaded' && worker === started) events.onEngineLoaded?.(true);
    });
    return (worker = started);
  };
  const drop = (which: Worker): void => {
    which.terminate();
    if (worker === which) worker = undefined;
  };
  return {
    async run(job, labName, onProgress) {
      const current = fresh();
      const started = performance.now();
      const watch = watchJob<BrowserJobValue>(labName, superviseLimits(job.command, {}), () => undefined, onProgress ? { onProgress } : {});
      current.onmessage = (event: MessageEvent<BrowserWorkerMessage>) => {
        if (event.data.kind !== 'engine-loaded') watch.message(event.data as JobMessage);
      };
      current.onerror = (event: ErrorEvent) => watch.crashed(new Error(event.message || 'the lab worker failed to start'));
      const stopped = new Promise<'stopped'>((resolve) => { stopRunning = () => resolve('stopped'); });
      current.postMessage(job);
      try {
        const value = await Promise.race([watch.answer, stopped]);
        const elapsedMs = Math.round(performance.now() - started);
        if (value !== 'stopped') return { kind: 'done', value, elapsedMs };
        drop(current);
        // Settles the watch (its heartbeat timer ends with it); the answer is the learner's Stop, not its rejection.
        watch.answer.catch(() => undefined);
        watch.ended(0);
        return { kind: 'stopped', elapsedMs };
      } catch (error) {
        // Whatever the learner's code left behind (a loop, a timer, a pending promise) goes with its worker.
        drop(current);
        if (isWorkshopError(error)) return { kind: 'issue', issue: error.issue };
        return { kind: 'issue', issue: { code: 'internal', detail: error instanceof Error ? error.message : String(error) } };
      } finally {
        stopRunning = undefined;
        current.onmessage = null;
        current.onerror = null;
      }
    },
    stop() {
      stopRunning?.();
    },
    warm() {
      fresh();
    },
    dispose() {
      if (worker) drop(worker);
    },
  };
}
