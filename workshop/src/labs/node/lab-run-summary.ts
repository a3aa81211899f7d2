// The small, reviewable summary of one lab run that is checked in as a golden (labs/node/__golden__/) and
// that the site's chart data is compared with: per-minute IteratorAge, backlog and processing, totals, alarm
// state changes and what the handler wrote. A semantic change to the engine or a lab shows up here in review.
import type { Scenario } from '../../engine/scenario.js';
import type { SimulationResult } from '../../engine/simulation-result.js';

export interface LabRunSummary {
  readonly chartId: string;
  readonly horizonSeconds: number;
  readonly seed: number;
  readonly load: Scenario['load'];
  readonly consumer: Scenario['consumer'];
  readonly totals: SimulationResult['totals'];
  readonly itemsWritten?: number;
  readonly alarm?: readonly { readonly minute: number; readonly state: string }[];
  /** With several shards (lab 08): how many. */
  readonly shards?: number;
  /** With a Throttles alarm (lab 08): its state changes and the Throttles (Sum) of each minute. */
  readonly throttlesAlarm?: readonly { readonly minute: number; readonly state: string }[];
  readonly throttlesPerMinute?: readonly number[];
  /** One row per simulated minute: [IteratorAge max ms (null: no data), invocations, errors, processed, backlog at the end]. */
  readonly minutes: readonly (readonly [number | null, number, number, number, number])[];
}

export function summarizeLabRun(chartId: string, scenario: Scenario, result: SimulationResult): LabRunSummary {
  return {
    chartId,
    horizonSeconds: scenario.horizonSeconds ?? scenario.load.duration.seconds,
    seed: scenario.seed,
    load: scenario.load,
    consumer: scenario.consumer,
    totals: result.totals,
    ...(result.resultsTable ? { itemsWritten: result.resultsTable.itemsWritten } : {}),
    ...(result.alarm ? { alarm: result.alarm.map((change) => ({ minute: change.periodIndex, state: change.state })) } : {}),
    ...((scenario.shards ?? 1) > 1 ? { shards: scenario.shards } : {}),
    ...(result.throttlesAlarm ? {
      throttlesAlarm: result.throttlesAlarm.map((change) => ({ minute: change.periodIndex, state: change.state })),
      throttlesPerMinute: result.minutes.map((m) => m.throttles),
    } : {}),
    minutes: result.minutes.map((m) => [m.iteratorAgeMaxMs, m.invocations, m.errors, m.processed, m.backlog] as const),
  };
}

/** The golden file's text: one minute per line, so a diff shows which minutes changed. */
export function goldenText(summary: LabRunSummary): string {
  const { minutes, ...head } = summary;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${body},\n  "minutes": [\n${minutes.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]\n}\n`;
}
