import type { Language } from '../i18n/language.js';
import { formatMilliseconds, roundForDisplay } from '../settings/duration.js';

/** What a chart's values mean: milliseconds (IteratorAge, duration) or plain counts (invocations, errors). */
export type ChartUnit = 'ms' | 'count';

/** The vertical scale of a chart: the value of the bottom row, the value between rows, and how many rows. */
export interface ChartScale {
  readonly bottom: number;
  readonly step: number;
  readonly rows: number;
}

// Steps that read well on a time axis: whole ms, whole seconds, whole minutes, whole hours.
const TIME_STEPS_MS = [
  1, 2, 5, 10, 20, 50, 100, 200, 250, 500,
  1_000, 2_000, 5_000, 10_000, 15_000, 30_000,
  60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000,
  3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];

/** The smallest 1-2-2.5-5 × 10^k whole number ≥ `raw` (at least 1: counts per minute are whole numbers). */
function niceCount(raw: number): number {
  let magnitude = 1;
  for (;;) {
    for (const m of [1, 2, 2.5, 5]) if (m * magnitude >= raw && Number.isInteger(m * magnitude)) return m * magnitude;
    magnitude *= 10;
  }
}

function niceTime(raw: number): number {
  const found = TIME_STEPS_MS.find((s) => s >= raw);
  return found ?? niceCount(raw / 86_400_000) * 86_400_000;
}

/**
 * Picks a scale that shows every value (and the threshold) in at most `maxRows` rows, on round steps.
 * The axis starts at 0 unless a value is negative. A flat or empty series still gets a small axis.
 */
export function chooseScale(values: readonly number[], unit: ChartUnit, maxRows: number): ChartScale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const range = high - low > 0 ? high - low : unit === 'ms' ? 1_000 : 1;
  const raw = range / (maxRows - 1);
  const step = unit === 'ms' ? niceTime(raw) : niceCount(raw);
  const bottom = Math.floor(low / step) * step;
  const rows = Math.max(2, Math.ceil((Math.max(high, low + range) - bottom) / step) + 1);
  return { bottom, step, rows: Math.min(rows, Math.max(2, maxRows)) };
}

/** Row of `value` counted from the bottom (0), clamped to the chart. */
export function rowOf(value: number, scale: ChartScale): number {
  const row = Math.round((value - scale.bottom) / scale.step);
  return Math.min(scale.rows - 1, Math.max(0, row));
}

/** An axis label in human units: `850 ms`, `42 s`, `7.5 min`, `2 h` for time; `12`, `0.5`, `1200` for counts. */
export function formatValue(value: number, unit: ChartUnit, language: Language = 'en'): string {
  if (unit === 'ms') return formatMilliseconds(value, language);
  return roundForDisplay(value, language);
}

/**
 * One value per column: when the series is wider than `width`, each column keeps the largest value of
 * its bucket of `perColumn` minutes (a spike is never averaged away); a bucket with no data stays null.
 */
export function downsample(series: readonly (number | null)[], width: number): { readonly columns: (number | null)[]; readonly perColumn: number } {
  const clean = series.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
  const perColumn = Math.max(1, Math.ceil(clean.length / width));
  const columns: (number | null)[] = [];
  for (let start = 0; start < clean.length; start += perColumn) {
    const bucket = clean.slice(start, start + perColumn).filter((v): v is number => v !== null);
    columns.push(bucket.length === 0 ? null : Math.max(...bucket));
  }
  return { columns, perColumn };
}
