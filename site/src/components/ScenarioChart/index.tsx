import React, { type ReactNode } from 'react';
import { CHARTS } from '@site/src/generated/charts';
import RunCharts from '../charts/RunCharts';
import { useSiteLocale } from '../charts/use-site-locale';

export interface ScenarioChartProps {
  /** `incident/before`, `incident/after`, or `<lab-slug>/starter` / `<lab-slug>/solution` (labs 02–06). */
  readonly id: string;
  /** Draw this alarm threshold (ms) and say whether the peak crosses it. @default - the scenario's own alarm, if any */
  readonly threshold?: number;
}

/**
 * A scenario's run as the engine computed it at build time (`site/scripts/generate-charts.ts`):
 * IteratorAge over time, backlog and lost records, and a text description in the page's language.
 */
export default function ScenarioChart({ id, threshold }: ScenarioChartProps): ReactNode {
  const locale = useSiteLocale();
  const entry = CHARTS[id];
  if (!entry) {
    throw new Error(`ScenarioChart: no chart "${id}". Known ids: ${Object.keys(CHARTS).join(', ')}. `
      + 'Chart data comes from site/scripts/generate-charts.ts (npm run generate-charts -w site).');
  }
  return (
    <RunCharts
      name={`chart-${id.replace(/[^a-z0-9]+/gi, '-')}`}
      data={entry.data}
      locale={locale}
      threshold={threshold ?? entry.threshold}
    />
  );
}
