// Which scenarios the site draws, by chart id: the incident (before/after the fix) and every chart a lab's
// definition declares (`<slug>/starter`, `<slug>/solution`), each built by the kit's lab loader from the lab
// folder — the same scenarios `workshop run` and `workshop check` use, so the pages show what the learner sees —
// and each lab's long run (`<slug>/long-run`: the solution's `run NN --hours <chartHours>`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../workshop/src/engine/scenario.js';

export interface ChartSource {
  /** `incident/before`, `03-observe-iteratorage/solution`, ... */
  readonly id: string;
  readonly scenario: Scenario;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function chartSources(): Promise<ChartSource[]> {
  const { incidentBefore, incidentAfter } = await import('../../workshop/src/engine/scenarios/incident.js');
  const { labChartIds, labLongRunChartIds } = await import('../../workshop/src/labs/core/lab-catalog.js');
  const { loadLabScenario, loadLabLongRunScenario } = await import('../../workshop/src/labs/node/lab-scenario-loader.js');
  const sources: ChartSource[] = [
    { id: 'incident/before', scenario: incidentBefore },
    { id: 'incident/after', scenario: incidentAfter },
  ];
  for (const id of labChartIds()) {
    const [slug, variant] = id.split('/') as [string, 'starter' | 'solution'];
    sources.push({ id, scenario: await loadLabScenario(repoRoot, slug, variant) });
  }
  // A lab's long run (lab 03's 30 hours: the 24 h cliff), from its solution's own files, as `run NN --hours` runs it.
  for (const id of labLongRunChartIds()) sources.push({ id, scenario: await loadLabLongRunScenario(repoRoot, id.split('/')[0]!) });
  return sources;
}
