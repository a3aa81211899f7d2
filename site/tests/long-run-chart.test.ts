// Lab 03's long-run chart (src/generated/charts/03-observe-iteratorage--long-run.json, written by
// `npm run generate -w site`) is the solution's own `run 03 --hours 30`: this reruns it on the engine and fails
// when the checked-in data is stale, and checks that both locales of the page state its cliff and its losses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../workshop/src/engine/simulate.js';
import { labLongRunChartIds } from '../../workshop/src/labs/core/lab-catalog.js';
import { hoursAndMinutes } from '../../workshop/src/labs/core/long-run.js';
import { loadLabLongRunScenario } from '../../workshop/src/labs/node/lab-scenario-loader.js';
import { toChartData, type ChartData } from '../src/components/charts/chart-data';

const repoRoot = path.resolve(__dirname, '../..');
const chartFile = (id: string) => path.join(repoRoot, 'site/src/generated/charts', `${id.replace(/\//g, '--')}.json`);
const pages = {
  'pt-BR': path.join(repoRoot, 'site/docs/labs/03-observe-iteratorage.mdx'),
  en: path.join(repoRoot, 'site/i18n/en/docusaurus-plugin-content-docs/current/labs/03-observe-iteratorage.mdx'),
} as const;

describe('lab 03\'s long-run chart (real engine, the solution\'s files)', () => {
  it('GIVEN the catalog WHEN long-run charts are listed THEN lab 03\'s is the one', () => {
    expect(labLongRunChartIds()).toEqual(['03-observe-iteratorage/long-run']);
  });

  it('GIVEN the checked-in chart WHEN the solution\'s 30-hour long run is rerun THEN the data is the same (else: npm run generate -w site)', async () => {
    const scenario = await loadLabLongRunScenario(repoRoot, '03');
    const fresh = toChartData(await simulate(scenario), scenario.alarm);
    const stored = JSON.parse(readFileSync(chartFile('03-observe-iteratorage/long-run'), 'utf8')) as ChartData;
    expect(stored).toEqual(JSON.parse(JSON.stringify(fresh)));
  }, 60_000);

  it.each(Object.entries(pages))('GIVEN the %s page WHEN read THEN it draws the chart and states its cliff time and records lost', (language, file) => {
    const chart = JSON.parse(readFileSync(chartFile('03-observe-iteratorage/long-run'), 'utf8')) as ChartData;
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('<ScenarioChart id="03-observe-iteratorage/long-run" />');
    expect(text).toContain('npx workshop run 03 --hours 30');
    expect(text).toContain(hoursAndMinutes(chart.summary.peakMinute!));
    expect(text).toContain(chart.summary.lost.toLocaleString(language === 'en' ? 'en-US' : 'pt-BR'));
  });
});
