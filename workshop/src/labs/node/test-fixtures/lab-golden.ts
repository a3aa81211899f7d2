// A lab's local run as its golden holds it (labs/node/__golden__/<slug>--<variant>.json). lab-runs.golden.test.ts
// runs every lab's local run on the engine and compares it with its golden byte for byte, so the golden is that
// run; tests that state numbers of those very runs (the lab charts' numbers the pages quote) read it here instead
// of running the same scenario again. After an engine change, `npm run goldens` rewrites the goldens and these
// tests then check the pages' numbers against the new runs.
import { readFileSync } from 'node:fs';
import type { LabVariant } from '../../core/lab-definition.js';
import type { LabRunSummary } from '../lab-run-summary.js';

export interface GoldenRun extends LabRunSummary {
  /** IteratorAge (Maximum) of each minute, in ms (0 for a minute without invocations). */
  readonly ages: readonly number[];
  /** Errors of each minute. */
  readonly errors: readonly number[];
}

/** The golden of a lab chart id (`03-observe-iteratorage/solution`). */
export function readLabGolden(chartId: `${string}/${LabVariant}`): GoldenRun {
  const file = new URL(`../__golden__/${chartId.replace('/', '--')}.json`, import.meta.url);
  const summary = JSON.parse(readFileSync(file, 'utf8')) as LabRunSummary;
  if (summary.chartId !== chartId) throw new Error(`${file.pathname} holds ${summary.chartId}, not ${chartId}`);
  return { ...summary, ages: summary.minutes.map(([age]) => age ?? 0), errors: summary.minutes.map(([, , errors]) => errors) };
}
