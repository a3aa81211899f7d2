// Labs 01–06's checks run the engine in calibrated fast-forward (check-kit's CHECK_RUNS): this proves that on
// every run those checks make, for the untouched starter and for the reference solution, fast-forward gives the
// same minutes (IteratorAge, processed, …), totals and alarm states as exact mode — so the verdicts and every
// number a check message states are the ones every invocation through the handler gives.
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

/** The runs each check makes (the same scenarios as definitions/01–06), with the mode it makes them in. */
async function checkRuns(variant: LabVariant): Promise<readonly (readonly [string, Scenario, SimulateOptions])[]> {
  const [lab01, lab02, ownLab03, lab04, lab05, lab06, slow, lab03, fixed] = await Promise.all([
    load('01', variant), load('02', variant), load('03', variant), load('04', variant), load('05', variant), load('06', variant), load('01'), load('03'), load('05'),
  ]);
  const slowHandler = slow.exports.createHandler!;
  return [
    ['01 keeps up', buildLabScenario(lab01.definition, lab01.exports), CHECK_RUNS.learner],
    ['02 lag-grows', buildLabScenario(lab02.definition, lab02.exports), CHECK_RUNS.learner],
    ['03 estimate-close (the run\'s last minute)', buildLabScenario(ownLab03.definition, ownLab03.exports), CHECK_RUNS.learner],
    ['04 keeps-up (the lab\'s handler)', buildLabScenario(lab04.definition, lab04.exports), CHECK_RUNS.learner],
    ['04 observation (lab 01\'s handler)', buildLabScenario(lab04.definition, { ...lab04.exports, createHandler: slowHandler }), CHECK_RUNS.reference],
    ['05 well-under-a-second (the lab\'s handler)', buildLabScenario(lab05.definition, lab05.exports), CHECK_RUNS.learner],
    ['05 lanes-multiply-capacity (lab 01\'s handler)', buildLabScenario(lab05.definition, { ...lab05.exports, createHandler: slowHandler }), CHECK_RUNS.reference],
    ['05 hot-key observation', buildLabScenario(lab05.definition, { ...lab05.exports, createHandler: slowHandler, load: { ...lab05.exports.load!, hotKeyShare: HOT_KEY_SHARE } }), CHECK_RUNS.reference],
    ['06 fires-on-lab-03', buildAlarmReplay(lab06.exports.alarm!, lab03, lab06.definition.horizonSeconds), CHECK_RUNS.reference],
    ['06 quiet-on-lab-05', buildAlarmReplay(lab06.exports.alarm!, fixed), CHECK_RUNS.reference],
  ];
}

describe('labs 01–06 checks: calibrated fast-forward gives what exact mode gives, on every run they make', () => {
  it.each(['starter', 'solution'] as const)('GIVEN the %s of labs 01–06 WHEN each check run is simulated exact and as the check runs it THEN minutes, totals and alarm states are identical, and fast-forward replayed invocations', async (variant) => {
    for (const [name, scenario, run] of await checkRuns(variant)) {
      const exact = await simulate(scenario, { mode: 'exact' });
      const fast = await simulate(scenario, run);
      expect(observable(fast), name).toEqual(observable(exact));
      expect(fast.execution?.fallback, name).toBeUndefined();
      expect(fast.execution!.invocations.real, name).toBeLessThan(fast.execution!.invocations.total);
    }
  });
});
