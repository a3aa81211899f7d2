// The supervising side's judgement, whatever runs the job (a Node worker_threads Worker, a browser Web Worker):
// reads the job's messages, watches its heartbeat and the wall-clock budget, and settles once — with the answer,
// the kit's refusal, a verdict, or the kit's own failure — then asks the host to stop the worker.
// Browser-safe: no Node imports; the host wires its worker's events to the returned callbacks.
import { WorkshopError } from '../errors/workshop-error.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import type { JobMessage } from './job-protocol.js';
import type { SuperviseLimits } from './supervise-limits.js';

export interface SuperviseEvents {
  readonly onProgress?: (fractionDone: number) => void;
  readonly onStarted?: (simulatedSeconds: number, replayOf?: string) => void;
  /** The worker's first sign of life (thread up, TypeScript loader ready, guards installed): for the bench. */
  readonly onAlive?: () => void;
}

/** How long a worker may take to say it is alive at all (compiling the kit on a cold cache, a busy machine). */
export const STARTUP_SECONDS = 60;

/** What the host tells the watch about its worker. */
export interface JobWatch<V> {
  readonly answer: Promise<V>;
  message(message: JobMessage): void;
  /** The worker ended (after its last message was delivered). */
  ended(exitCode: number): void;
  /** The worker hit its heap cap. */
  outOfMemory(megabytes: number): void;
  /** The worker failed in a way only the host sees (it could not start, a crash outside the guards). */
  crashed(error: Error): void;
}

/**
 * Watches one job run by the learner's lab `lab`; `stop` terminates the worker (called once, on settling).
 * @returns callbacks for the host, and the answer (rejected with a WorkshopError carrying the issue).
 */
export function watchJob<V>(lab: string, limits: Pick<SuperviseLimits, 'wallSeconds' | 'blockedSeconds'>, stop: () => void, events: SuperviseEvents = {}): JobWatch<V> {
  let settle!: (outcome: { readonly value: V } | { readonly issue: WorkshopIssue; readonly stack?: string }) => void;
  const answer = new Promise<V>((resolve, reject) => {
    let settled = false;
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      if (wall !== undefined) clearTimeout(wall);
      stop();
      if ('value' in outcome) return resolve(outcome.value);
      const error = new WorkshopError(outcome.issue);
      if (outcome.stack) error.stack = outcome.stack;
      reject(error);
    };
  });
  let alive = false;
  let lastSign = performance.now();
  const watch = setInterval(() => {
    const allowed = alive ? limits.blockedSeconds : STARTUP_SECONDS;
    if ((performance.now() - lastSign) / 1000 > allowed) settle({ issue: { code: 'code_ran_too_long', lab, seconds: allowed, blocked: true } });
  }, 100);
  const wall = limits.wallSeconds > 0
    ? setTimeout(() => settle({ issue: { code: 'code_ran_too_long', lab, seconds: limits.wallSeconds, blocked: false } }), limits.wallSeconds * 1000)
    : undefined;
  unref(watch);
  unref(wall);

  return {
    answer,
    message(message) {
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
          return settle({ value: message.value as V });
        case 'refused':
          return settle({ issue: message.issue });
        case 'verdict':
          return settle({ issue: message.verdict });
        case 'failed':
          return settle({ issue: { code: 'internal', detail: message.detail }, ...(message.stack ? { stack: message.stack } : {}) });
      }
    },
    ended: (exitCode) => settle({ issue: { code: 'code_ended_without_result', lab, exitCode } }),
    outOfMemory: (megabytes) => settle({ issue: { code: 'code_out_of_memory', lab, megabytes } }),
    crashed: (error) => settle({ issue: { code: 'internal', detail: error.message }, ...(error.stack ? { stack: error.stack } : {}) }),
  };
}

/** Node timers keep a process alive unless unref'd; browser timers are numbers and need nothing. */
function unref(timer: unknown): void {
  (timer as { unref?: () => void } | undefined)?.unref?.();
}
