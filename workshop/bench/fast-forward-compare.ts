// Calibrated fast-forward against exact mode on the same scenario: the accuracy figures of issue 8 item 3.
import { simulate } from '../src/engine/simulate.js';
import type { Scenario } from '../src/engine/scenario.js';
import type { SimulationResult } from '../src/engine/simulation-result.js';

/** Per-minute IteratorAge maximum within 2 % or 250 ms (whichever is larger); processed within 0.5 %. */
export const ACCURACY = { ageShare: 0.02, ageMs: 250, processedShare: 0.005 } as const;

export interface ModeComparison {
  readonly exact: SimulationResult;
  readonly fast: SimulationResult;
  readonly exactWallS: number;
  readonly fastWallS: number;
  /** The minute whose IteratorAge maximum differs most, measured against its allowance (1 = at the limit). */
  readonly worstMinute: { readonly t: number; readonly exactMs: number | null; readonly fastMs: number | null; readonly ofAllowance: number };
  /** |fast − exact| ÷ exact of the records processed. */
  readonly processedShare: number;
  readonly withinAccuracy: boolean;
}

export async function compareModes(scenario: Scenario): Promise<ModeComparison> {
  const t0 = performance.now();
  const exact = await simulate(scenario, { mode: 'exact' });
  const t1 = performance.now();
  const fast = await simulate(scenario, { mode: 'fast-forward' });
  const t2 = performance.now();
  let worst: ModeComparison['worstMinute'] = { t: 0, exactMs: null, fastMs: null, ofAllowance: 0 };
  let minutesAgree = exact.minutes.length === fast.minutes.length;
  exact.minutes.forEach((minute, i) => {
    const exactMs = minute.iteratorAgeMaxMs;
    const fastMs = fast.minutes[i]?.iteratorAgeMaxMs ?? null;
    if ((exactMs === null) !== (fastMs === null)) minutesAgree = false;
    const allowance = Math.max(ACCURACY.ageMs, ACCURACY.ageShare * (exactMs ?? 0));
    const ofAllowance = Math.abs((fastMs ?? 0) - (exactMs ?? 0)) / allowance;
    if (ofAllowance > worst.ofAllowance || i === 0) worst = { t: minute.t, exactMs, fastMs, ofAllowance };
  });
  const processedShare = Math.abs(fast.totals.processed - exact.totals.processed) / Math.max(1, exact.totals.processed);
  return {
    exact,
    fast,
    exactWallS: (t1 - t0) / 1000,
    fastWallS: (t2 - t1) / 1000,
    worstMinute: worst,
    processedShare,
    withinAccuracy: minutesAgree && worst.ofAllowance <= 1 && processedShare <= ACCURACY.processedShare,
  };
}
