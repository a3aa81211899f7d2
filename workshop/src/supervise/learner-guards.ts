// Inside the supervised worker: catches what the learner's code may do to the thread it runs in and turns
// each into a fault, without changing what well-behaved code sees. Node-specific (process, node:timers).
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { promisify } from 'node:util';
import type { LearnerFault } from './learner-faults.js';
import { describeThrown, learnerFrame, previewValue } from './verdicts.js';

export interface GuardOptions {
  /** The kit's own folder: frames in it are not the learner's. */
  readonly kitDir: string;
  readonly repoRoot: string;
  readonly report: (fault: LearnerFault) => void;
  /** A throw with no frame in the learner's files: the kit's own bug. */
  readonly failed: (error: Error) => void;
  /** False once the job answered: an emptied event loop is then just the end. */
  readonly pending: () => boolean;
}

type TimerApi = 'setTimeout' | 'setInterval';

/**
 * Installs the guards on this thread: process.exit/abort/kill(self), real timers started by lab files
 * (a delay > 0 from a frame outside the kit; they are unref'd so they never keep the thread alive),
 * unhandled rejections, uncaught throws, an event loop that empties while the job still waits, and the
 * worker's parentPort (hidden from lab code).
 */
export function installLearnerGuards(options: GuardOptions): void {
  const { report } = options;
  const where = (stack = new Error().stack) => learnerFrame(stack, options.kitDir, options.repoRoot);

  const exit = process.exit.bind(process);
  const exitWith = (code: unknown): never => {
    const exitCode = Number(code ?? 0);
    report({ code: 'code_called_exit', exitCode: Number.isFinite(exitCode) ? exitCode : 0, ...definedWhere(where()) });
    return exit(1);
  };
  process.exit = exitWith as typeof process.exit;
  process.abort = (() => exitWith(134)) as typeof process.abort;
  const kill = process.kill.bind(process);
  process.kill = ((pid: number, signal?: string | number) => (pid === process.pid || pid === 0 ? exitWith(signal ?? 'SIGTERM') : kill(pid, signal))) as typeof process.kill;

  const realTimer = (api: TimerApi, delay: unknown): boolean => {
    const ms = Number(delay);
    if (!(ms > 0)) return false;
    const frame = where();
    if (frame === undefined) return false;
    report({ code: 'code_used_real_timer', timer: api, delayMs: ms, where: frame });
    return true;
  };
  const timers = createRequire(import.meta.url)('node:timers') as typeof import('node:timers');
  const timersPromises = createRequire(import.meta.url)('node:timers/promises') as typeof import('node:timers/promises');
  for (const api of ['setTimeout', 'setInterval'] as const) {
    const real = globalThis[api] as (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => NodeJS.Timeout;
    const guarded = function (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): NodeJS.Timeout {
      const timer = real(callback, delay, ...args);
      if (realTimer(api, delay)) timer.unref();
      return timer;
    };
    const custom = (real as unknown as Record<symbol, unknown>)[promisify.custom];
    if (custom) Object.defineProperty(guarded, promisify.custom, { value: custom });
    (globalThis as Record<string, unknown>)[api] = guarded;
    (timers as Record<string, unknown>)[api] = guarded;
  }
  const realSleep = timersPromises.setTimeout;
  (timersPromises as Record<string, unknown>).setTimeout = (delay?: number, value?: unknown, opts?: { ref?: boolean; signal?: AbortSignal }) =>
    realSleep(delay, value, realTimer('setTimeout', delay) ? { ...opts, ref: false } : opts);
  // The answer channel is the kit's alone: lab code importing node:worker_threads sees no parent to post a
  // made-up "passed" to (the entry took its own reference before the guards went up).
  const threads = createRequire(import.meta.url)('node:worker_threads') as Record<string, unknown>;
  threads.parentPort = null;
  threads.workerData = null;
  syncBuiltinESMExports();

  process.on('unhandledRejection', (reason) => {
    report({ code: 'code_unhandled_rejection', detail: describeThrown(reason), ...definedWhere(reason instanceof Error ? where(reason.stack) : undefined) });
  });
  process.on('uncaughtException', (error) => {
    if (!(error instanceof Error)) return report({ code: 'code_threw_non_error', value: previewValue(error) });
    const frame = where(error.stack);
    if (frame === undefined) return options.failed(error);
    report({ code: 'code_crashed', detail: describeThrown(error), where: frame });
  });
  process.on('beforeExit', () => {
    if (options.pending()) report({ code: 'code_never_returned' });
  });
}

function definedWhere(where: string | undefined): { readonly where?: string } {
  return where === undefined ? {} : { where };
}
