// Which scenarios the site draws, by chart id: the incident (before/after the fix) and, for labs 02–06,
// each lab's scenario built from its starter and from its solution by the kit's `lab-scenarios.ts` — the
// same scenarios `workshop run` and `workshop check` use, so the pages show what the learner will see.
import type { Scenario } from '../../workshop/src/engine/scenario.js';

export interface ChartSource {
  /** `incident/before`, `03-observe-iteratorage/solution`, ... */
  readonly id: string;
  readonly scenario: Scenario;
}

export async function chartSources(): Promise<ChartSource[]> {
  const { incidentBefore, incidentAfter } = await import('../../workshop/src/engine/scenarios/incident.js');
  const { LAB_CHART_IDS, loadLabChartScenario } = await import('../../workshop/src/labs/lab-scenarios.js');
  const sources: ChartSource[] = [
    { id: 'incident/before', scenario: incidentBefore },
    { id: 'incident/after', scenario: incidentAfter },
  ];
  for (const id of LAB_CHART_IDS) sources.push({ id, scenario: await loadLabChartScenario(id) });
  return sources;
}
