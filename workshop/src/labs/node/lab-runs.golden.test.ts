// Golden lab runs: each lab's local run, starter and solution, summarized (lab-run-summary.ts) and compared
// byte for byte with labs/node/__golden__/<slug>--<variant>.json. After a reviewed semantic change (engine, lab
// or definition), `npm run goldens` rewrites every golden of the repository; the commit says why they changed.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/simulate.js';
import { hasTask, LAB_CATALOG } from '../core/lab-catalog.js';
import { goldenText, summarizeLabRun } from './lab-run-summary.js';
import { loadLab } from './lab-loader.js';
import { scenarioOfLab } from './lab-scenario-loader.js';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const runs = LAB_CATALOG.filter(hasTask).flatMap((lab) => (['starter', 'solution'] as const).map((variant) => ({ slug: lab.slug, variant })));

describe('golden lab runs (real engine, real lab files)', () => {
  it.each(runs)('GIVEN $slug ($variant) WHEN run on the local engine THEN its summary matches __golden__/$slug--$variant.json', async ({ slug, variant }) => {
    const { scenario } = await scenarioOfLab(repoRoot, await loadLab(repoRoot, slug, { variant }));
    const summary = summarizeLabRun(`${slug}/${variant}`, scenario, await simulate(scenario));
    expect(JSON.parse(goldenText(summary))).toEqual(JSON.parse(JSON.stringify(summary)));
    await expect(goldenText(summary)).toMatchFileSnapshot(`./__golden__/${slug}--${variant}.json`);
  });
});
