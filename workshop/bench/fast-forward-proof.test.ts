import { describe, expect, it } from 'vitest';
import { ACCURACY, compareModes } from './fast-forward-compare.js';
import { type BenchLab, constantLoadScenario, loadSolution } from './lab-scenario.js';

// Issue 8 item 3 asks for 2 simulated hours at 300 writes/s; exact mode needs ~1–2 minutes of wall time for
// that on a loaded 2-core machine, so this test runs 8 simulated minutes (with the default calibration:
// 1 minute of warm-up, then replays) and `npm run bench` prints the 2-hour comparison. Same assertion.
const MINUTES = 8;

describe('calibrated fast-forward against exact mode (solutions at 300 writes/s)', () => {
  for (const lab of ['01-deploy-consumer', '05-parallelization'] satisfies BenchLab[]) {
    it(`GIVEN solutions/${lab} for ${MINUTES} simulated minutes WHEN run both ways THEN per-minute IteratorAge max is within ${ACCURACY.ageShare * 100} % (or ${ACCURACY.ageMs} ms) and processed within ${ACCURACY.processedShare * 100} %`, async () => {
      const scenario = constantLoadScenario(await loadSolution(lab), 300, MINUTES * 60);
      const comparison = await compareModes(scenario);
      expect(comparison.fast.execution!.mode).toBe('fast-forward');
      expect(comparison.fast.execution!.fallback).toBeUndefined();
      expect(comparison.fast.execution!.invocations.real).toBeLessThan(comparison.fast.execution!.invocations.total / 2);
      expect(comparison.worstMinute.ofAllowance).toBeLessThanOrEqual(1);
      expect(comparison.processedShare).toBeLessThanOrEqual(ACCURACY.processedShare);
      expect(comparison.withinAccuracy).toBe(true);
    });
  }
});
