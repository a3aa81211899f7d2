// The site's lab charts (src/generated/charts/, written by `npm run generate -w site`) are checked against the
// lab goldens (workshop/src/labs/node/__golden__/): same minutes, same IteratorAge, same totals. An engine or lab
// change that would silently redraw a chart fails here until `npm run goldens` regenerates both, for review.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labChartIds } from '../../workshop/src/labs/core/lab-catalog.js';
import type { LabRunSummary } from '../../workshop/src/labs/node/lab-run-summary.js';
import type { ChartData } from '../src/components/charts/chart-data';

const repoRoot = path.resolve(__dirname, '../..');
const chartFile = (id: string) => path.join(repoRoot, 'site/src/generated/charts', `${id.replace(/\//g, '--')}.json`);
const goldenFile = (id: string) => path.join(repoRoot, 'workshop/src/labs/node/__golden__', `${id.replace(/\//g, '--')}.json`);

describe('site chart data against the lab goldens', () => {
  it.each(labChartIds())('GIVEN chart %s WHEN compared with its lab golden THEN minutes, IteratorAge, backlog and totals agree (else: npm run goldens)', (id) => {
    expect(existsSync(chartFile(id)), `${chartFile(id)} (npm run generate -w site)`).toBe(true);
    const chart = JSON.parse(readFileSync(chartFile(id), 'utf8')) as ChartData;
    const golden = JSON.parse(readFileSync(goldenFile(id), 'utf8')) as LabRunSummary;
    expect(chart.minutesPerPoint).toBe(1);
    expect(chart.iteratorAgeMaxMs).toEqual(golden.minutes.map((m) => m[0]));
    expect(chart.backlog).toEqual(golden.minutes.map((m) => m[4]));
    expect({ written: chart.summary.written, processed: chart.summary.processed, lost: chart.summary.lost })
      .toEqual({ written: golden.totals.written, processed: golden.totals.processed, lost: golden.totals.lost });
    expect(chart.summary.alarm?.finalState).toBe(golden.alarm?.at(-1)?.state);
  });
});
