import { ALARM_DEFAULT_PERIOD_SECONDS } from '../settings/alarm-settings.js';
import type { MinuteStats } from './simulation-result.js';

/**
 * The Throttles metric (statistic Sum) per alarm period, from the per-minute series: what a Throttles alarm
 * evaluates. Model of when a datapoint exists (an assumption, say so): a minute in which the function was
 * invoked or throttled has a datapoint (0 when nothing was throttled); a minute with neither has none, like
 * IteratorAge on an idle stream. A period of N minutes sums its minutes (null when none has a datapoint);
 * with a 10 s or 30 s period each minute's datapoint lands in the minute's first period (1-minute resolution).
 */
export function throttlesByPeriod(minutes: readonly MinuteStats[], periodSeconds: number = ALARM_DEFAULT_PERIOD_SECONDS): (number | null)[] {
  const perMinute = minutes.map((m) => (m.invocations > 0 || m.throttles > 0 ? m.throttles : null));
  if (periodSeconds < 60) {
    const slots = 60 / periodSeconds;
    return perMinute.flatMap((value) => [value, ...Array<null>(slots - 1).fill(null)]);
  }
  const span = periodSeconds / 60;
  const series: (number | null)[] = [];
  for (let start = 0; start < perMinute.length; start += span) {
    const present = perMinute.slice(start, start + span).filter((v): v is number => v !== null);
    series.push(present.length === 0 ? null : present.reduce((a, b) => a + b, 0));
  }
  return series;
}
