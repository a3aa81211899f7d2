import type { MinuteStats } from '../simulation-result.js';

/** One simulated hour, compact: what a golden file keeps so a semantic change shows up in review. */
export interface HourSummary {
  readonly hour: number;
  /** Highest per-minute IteratorAge Maximum in the hour; null when no minute had data. */
  readonly iteratorAgeMaxMs: number | null;
  readonly invocations: number;
  readonly errors: number;
  readonly throttles: number;
  readonly processed: number;
  readonly lost: number;
  /** Backlog at the end of the hour's last minute. */
  readonly backlogAtEnd: number;
}

/** Folds per-minute statistics into hours (the last hour may be partial). */
export function summarizeByHour(minutes: readonly MinuteStats[]): HourSummary[] {
  const hours: HourSummary[] = [];
  for (let start = 0; start < minutes.length; start += 60) {
    const slice = minutes.slice(start, start + 60);
    const ages = slice.map((m) => m.iteratorAgeMaxMs).filter((a): a is number => a !== null);
    const sum = (pick: (m: MinuteStats) => number) => slice.reduce((n, m) => n + pick(m), 0);
    hours.push({
      hour: start / 60,
      iteratorAgeMaxMs: ages.length > 0 ? Math.max(...ages) : null,
      invocations: sum((m) => m.invocations),
      errors: sum((m) => m.errors),
      throttles: sum((m) => m.throttles),
      processed: sum((m) => m.processed),
      lost: sum((m) => m.lost),
      backlogAtEnd: slice.at(-1)!.backlog,
    });
  }
  return hours;
}
