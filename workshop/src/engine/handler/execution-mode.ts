import { buildArrivalCurve } from '../producer.js';
import type { Scenario } from '../scenario.js';

/** `simulate`'s choice: run every invocation through the handler, replay calibrated ones, or pick by size. */
export type ExecutionMode = 'exact' | 'fast-forward' | 'auto';

/**
 * 'auto' fast-forwards a run whose load writes more than this many records by the horizon: about four
 * seconds of exact mode on a loaded 2-core machine (`npm run bench` prints the exact rate). Smaller runs —
 * every lab's local scenario today — go exact, every invocation through the handler.
 */
export const FAST_FORWARD_MIN_RECORDS = 250_000;

/** The mode a real-handler run uses: the requested one, or for 'auto' the size rule above. */
export function pickExecutionMode(scenario: Scenario, requested: ExecutionMode = 'auto'): 'exact' | 'fast-forward' {
  if (requested !== 'auto') return requested;
  const { load } = scenario;
  const horizonMs = (scenario.horizonSeconds ?? load.duration.seconds) * 1000;
  const written = buildArrivalCurve(load.profile, load.duration.seconds).countAt(horizonMs);
  return written > FAST_FORWARD_MIN_RECORDS ? 'fast-forward' : 'exact';
}
