import type { ChartData } from './chart-data';

/**
 * One entry of `src/generated/charts/index.ts`. The series are small (at most MAX_POINTS points), so
 * they ship with the page and the chart is drawn on the server too — readable before any script runs.
 */
export interface GeneratedChart {
  readonly data: ChartData;
  /** The alarm threshold of the scenario, when it has an alarm. */
  readonly threshold?: number;
}
