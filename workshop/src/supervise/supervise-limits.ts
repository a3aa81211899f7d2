// How much real time and memory one supervised job may take. Defaults are generous for real labs; tests
// and trainers set them through the environment.
import { parseNumberText } from '../settings/number-text.js';

export interface SuperviseLimits {
  /** Real seconds the whole job may take; 0 = no limit (long simulations are legal). */
  readonly wallSeconds: number;
  /** Real seconds the learner's code may hold the event loop without a pause (a synchronous loop). */
  readonly blockedSeconds: number;
  /** Heap cap of the job's thread, in MB (engine + the learner's code). */
  readonly heapMb: number;
}

/** `check` answers in seconds: two minutes is far past any lab's check. */
export const CHECK_WALL_SECONDS = 120;
export const DEFAULT_BLOCKED_SECONDS = 10;
/**
 * The heap a run may use. Not the lab's memorySize (128–10,240 MB on AWS, for the function alone): the thread
 * also holds the engine and its metrics, and memorySize is only known after the learner's consumer.ts ran.
 */
export const DEFAULT_HEAP_MB = 1_024;

/** The limits for `command`, overridden by WORKSHOP_WALL_SECONDS, WORKSHOP_BLOCKED_SECONDS and WORKSHOP_HEAP_MB. */
export function superviseLimits(command: 'check' | 'run' | 'simulate', env: Readonly<Record<string, string | undefined>>): SuperviseLimits {
  return {
    wallSeconds: positive(env.WORKSHOP_WALL_SECONDS) ?? (command === 'check' ? CHECK_WALL_SECONDS : 0),
    blockedSeconds: positive(env.WORKSHOP_BLOCKED_SECONDS) ?? DEFAULT_BLOCKED_SECONDS,
    heapMb: Math.max(32, Math.round(positive(env.WORKSHOP_HEAP_MB) ?? DEFAULT_HEAP_MB)),
  };
}

function positive(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = parseNumberText(text);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
