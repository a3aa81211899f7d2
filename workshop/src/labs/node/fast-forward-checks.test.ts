// Labs 01–06's checks run the engine in calibrated fast-forward (check-kit's CHECK_RUNS): this proves that on
// every run those checks make, for the untouched starter and for the reference solution, fast-forward gives the
// same minutes (IteratorAge, processed, …), totals and alarm states as exact mode — so the verdicts and every
// number a check message states are the ones every invocation through the handler gives.
// The runs that are also a lab's local run (01–05 the learner's handler on the lab's scenario, 06 the replay of
// lab 03 with the learner's alarm) are proven in lab-runs.golden.test.ts, beside the exact run their golden needs;
// this file proves the others, where a check swaps in a reference handler, a hot key or lab 05's replay.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate, type SimulateOptions } from '../../engine/simulate.js';
import type { Scenario } from '../../engine/scenario.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import { CHECK_RUNS } from '../core/check-kit.js';
import { HOT_KEY_SHARE } from '../core/definitions/05-parallelization.js';
import type { LabVariant } from '../core/lab-definition.js';
import { buildAlarmReplay, buildLabScenario } from '../core/lab-scenarios.js';
import { loadLab, type LoadedLab } from './lab-loader.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const load = (id: string, variant: LabVariant = 'solution'): Promise<LoadedLab> => loadLab(repoRoot, id, { variant });

/** What a check reads from a run: everything but how the handler was used. */
const observable = ({ execution: _execution, ...result }: SimulationResult) => result;

/** The runs checks make besides the lab's local run (the same scenarios as definitions/04–06), with their mode. */
async function checkRuns(variant: LabVariant): Promise<readonly (readonly [string, Scenario, SimulateOptions])[]> {
  const [lab04, lab05, lab06, slow, fixed] = await Promise.all([load('04', variant), load('05', variant), load('06', variant), load('01'), load('05')]);
  const slowHandler = slow.exports.createHandler!;
  return [
    ['04 observation (lab 01\'s handler)', buildLabScenario(lab04.definition, { ...lab04.exports, createHandler: slowHandler }), CHECK_RUNS.reference],
    ['05 lanes-multiply-capacity (lab 01\'s handler)', buildLabScenario(lab05.definition, { ...lab05.exports, createHandler: slowHandler }), CHECK_RUNS.reference],
    ['05 hot-key observation', buildLabScenario(lab05.definition, { ...lab05.exports, createHandler: slowHandler, load: { ...lab05.exports.load!, hotKeyShare: HOT_KEY_SHARE } }), CHECK_RUNS.reference],
    ['06 quiet-on-lab-05', buildAlarmReplay(lab06.exports.alarm!, fixed), CHECK_RUNS.reference],
  ];
}

describe('labs 04–06 checks: calibrated fast-forward gives what exact mode gives, on every run they make besides the lab\'s local run (lab-runs.golden.test.ts)', () => {
  it.each(['starter', 'solution'] as const)('GIVEN the %s of labs 04–06 WHEN each of those check runs is simulated exact and as the check runs it THEN minutes, totals and alarm states are identical, and fast-forward replayed invocations', async (variant) => {
    for (const [name, scenario, run] of await checkRuns(variant)) {
      const exact = await simulate(scenario, { mode: 'exact' });
      const fast = await simulate(scenario, run);
      expect(observable(fast), name).toEqual(observable(exact));
      expect(fast.execution?.fallback, name).toBeUndefined();
      expect(fast.execution!.invocations.real, name).toBeLessThan(fast.execution!.invocations.total);
    }
  });
});
