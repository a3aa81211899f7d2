// Golden lab runs: each lab's local run, starter and solution, summarized (lab-run-summary.ts) and compared
// byte for byte with labs/node/__golden__/<slug>--<variant>.json. After a reviewed semantic change (engine, lab
// or definition), `npm run goldens` rewrites every golden of the repository; the commit says why they changed.
// Labs 01–06's local run is also a run their check makes, in calibrated fast-forward (CHECK_RUNS): here, beside
// the exact run the golden already needs, that fast-forward run must give the same minutes, totals and alarm
// states. fast-forward-checks.test.ts proves the same for the checks' other runs (no exact run is made twice).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SimulateOptions } from '../../engine/simulate.js';
import { simulate } from '../../engine/simulate.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import { CHECK_RUNS } from '../core/check-kit.js';
import { hasTask, LAB_CATALOG } from '../core/lab-catalog.js';
import { goldenText, summarizeLabRun } from './lab-run-summary.js';
import { loadLab } from './lab-loader.js';
import { scenarioOfLab } from './lab-scenario-loader.js';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const runs = LAB_CATALOG.filter(hasTask).flatMap((lab) => (['starter', 'solution'] as const).map((variant) => ({ slug: lab.slug, variant })));

/**
 * The labs whose check runs the lab's local run itself, and how: 01–05 the learner's handler on their scenario
 * (definitions/01–05: `runLabScenario(definition, lab, {}, CHECK_RUNS.learner)`), 06 the replay of lab 03 with the
 * learner's alarm (definitions/06-alarm.ts: `fires-on-lab-03`, CHECK_RUNS.reference).
 */
const CHECK_RUN_OF: Readonly<Record<string, SimulateOptions>> = {
  '01-deploy-consumer': CHECK_RUNS.learner,
  '02-generate-load': CHECK_RUNS.learner,
  '03-observe-iteratorage': CHECK_RUNS.learner,
  '04-batch-size': CHECK_RUNS.learner,
  '05-parallelization': CHECK_RUNS.learner,
  '06-alarm': CHECK_RUNS.reference,
};

/** What a check reads from a run: everything but how the handler was used. */
const observable = ({ execution: _execution, ...result }: SimulationResult) => result;

describe('golden lab runs (real engine, real lab files)', () => {
  it.each(runs)('GIVEN $slug ($variant) WHEN run on the local engine THEN its summary matches __golden__/$slug--$variant.json (and, for labs 01–06, the check\'s fast-forward run gives the same result)', async ({ slug, variant }) => {
    const { scenario } = await scenarioOfLab(repoRoot, await loadLab(repoRoot, slug, { variant }));
    const result = await simulate(scenario);
    const summary = summarizeLabRun(`${slug}/${variant}`, scenario, result);
    expect(JSON.parse(goldenText(summary))).toEqual(JSON.parse(JSON.stringify(summary)));
    await expect(goldenText(summary)).toMatchFileSnapshot(`./__golden__/${slug}--${variant}.json`);

    const checkRun = CHECK_RUN_OF[slug];
    if (checkRun === undefined) return;
    expect(result.execution?.mode).toBe('exact');
    const fast = await simulate(scenario, checkRun);
    expect(observable(fast)).toEqual(observable(result));
    expect(fast.execution?.fallback).toBeUndefined();
    expect(fast.execution!.invocations.real).toBeLessThan(fast.execution!.invocations.total);
  });

  it('GIVEN the catalog WHEN the labs with a check run are listed THEN they are labs 01–06, each with a task (none is skipped above)', () => {
    expect(Object.keys(CHECK_RUN_OF).every((slug) => runs.some((run) => run.slug === slug))).toBe(true);
    expect(Object.keys(CHECK_RUN_OF)).toEqual(LAB_CATALOG.filter((lab) => /^0[1-6]$/.test(lab.id)).map((lab) => lab.slug));
  });
});
