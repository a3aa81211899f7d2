import type { AlarmSettings, AlarmState } from '../../../../workshop/src/settings/alarm-settings.js';
import type { SimulationResult } from '../../../../workshop/src/engine/simulation-result.js';

/**
 * What a chart needs from one simulation run, computed once (at build time for the pages' charts,
 * in the browser for the playground) so both draw and describe a run the same way.
 */
export interface ChartData {
  /** Minutes covered by one point of each series (runs longer than MAX_POINTS minutes are bucketed). */
  readonly minutesPerPoint: number;
  readonly totalMinutes: number;
  /** Maximum IteratorAge per point (ms); null where CloudWatch would show "no data". */
  readonly iteratorAgeMaxMs: readonly (number | null)[];
  /** Records written but not yet processed, at the end of each point. */
  readonly backlog: readonly number[];
  /** Records lost to the 24 h retention so far, at the end of each point. */
  readonly lostCumulative: readonly number[];
  readonly summary: ChartSummary;
}

export interface ChartAlarmSummary {
  readonly threshold: number;
  /**
   * Minutes elapsed when the alarm first went to ALARM — the end of that period, when CloudWatch evaluates it
   * (period 3 from 0 of a 1-minute alarm → 4, as the CLI's "minute 4: ALARM"); null when it never did.
   */
  readonly firstAlarmMinute: number | null;
  readonly finalState: AlarmState;
}

/** The facts the text description of a chart tells (numbers only: words come per locale). */
export interface ChartSummary {
  readonly peakIteratorAgeMs: number | null;
  /** Minute (index from 0) of the peak: 3 is the run's fourth minute. */
  readonly peakMinute: number | null;
  readonly written: number;
  readonly processed: number;
  readonly lost: number;
  readonly finalBacklog: number;
  readonly alarm?: ChartAlarmSummary;
}

/** At most this many points per series: enough for a 720-px-wide chart, small enough to ship. */
export const MAX_POINTS = 360;

export function toChartData(result: SimulationResult, alarm?: AlarmSettings): ChartData {
  const minutes = result.minutes;
  const minutesPerPoint = Math.max(1, Math.ceil(minutes.length / MAX_POINTS));
  const iteratorAgeMaxMs: (number | null)[] = [];
  const backlog: number[] = [];
  const lostCumulative: number[] = [];
  let lostSoFar = 0;
  for (let start = 0; start < minutes.length; start += minutesPerPoint) {
    const bucket = minutes.slice(start, start + minutesPerPoint);
    let peak: number | null = null;
    for (const m of bucket) {
      lostSoFar += m.lost;
      if (m.iteratorAgeMaxMs !== null && (peak === null || m.iteratorAgeMaxMs > peak)) peak = m.iteratorAgeMaxMs;
    }
    iteratorAgeMaxMs.push(peak);
    backlog.push(bucket[bucket.length - 1]!.backlog);
    lostCumulative.push(lostSoFar);
  }
  return {
    minutesPerPoint,
    totalMinutes: minutes.length,
    iteratorAgeMaxMs,
    backlog,
    lostCumulative,
    summary: summarize(result, alarm),
  };
}

function summarize(result: SimulationResult, alarm: AlarmSettings | undefined): ChartSummary {
  let peakIteratorAgeMs: number | null = null;
  let peakMinute: number | null = null;
  for (const m of result.minutes) {
    if (m.iteratorAgeMaxMs !== null && (peakIteratorAgeMs === null || m.iteratorAgeMaxMs > peakIteratorAgeMs)) {
      peakIteratorAgeMs = m.iteratorAgeMaxMs;
      peakMinute = m.t;
    }
  }
  const last = result.minutes[result.minutes.length - 1];
  return {
    peakIteratorAgeMs,
    peakMinute,
    written: result.totals.written,
    processed: result.totals.processed,
    lost: result.totals.lost,
    finalBacklog: last?.backlog ?? 0,
    ...(alarm ? { alarm: summarizeAlarm(result, alarm) } : {}),
  };
}

function summarizeAlarm(result: SimulationResult, alarm: AlarmSettings): ChartAlarmSummary {
  const changes = result.alarm ?? [];
  const periodMinutes = (alarm.periodSeconds ?? 60) / 60;
  const firstAlarm = changes.find((c) => c.state === 'ALARM');
  return {
    threshold: alarm.threshold,
    firstAlarmMinute: firstAlarm ? (firstAlarm.periodIndex + 1) * periodMinutes : null,
    finalState: changes.length > 0 ? changes[changes.length - 1]!.state : 'INSUFFICIENT_DATA',
  };
}
