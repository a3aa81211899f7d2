/**
 * Numbers as people read them, in the page's locale: durations in the largest unit that reads well
 * (ms → s → min → h) and axis ticks on round values of that unit.
 */
export type SiteLocale = 'pt-BR' | 'en';

export interface TimeUnit {
  readonly symbol: 'ms' | 's' | 'min' | 'h';
  readonly ms: number;
}

const UNITS: readonly TimeUnit[] = [
  { symbol: 'ms', ms: 1 },
  { symbol: 's', ms: 1000 },
  { symbol: 'min', ms: 60_000 },
  { symbol: 'h', ms: 3_600_000 },
];

/** The unit to label an axis whose largest value is `maxMs`: the largest unit in which that value is ≥ 1.5. */
export function unitFor(maxMs: number): TimeUnit {
  let chosen = UNITS[0]!;
  for (const unit of UNITS) if (maxMs >= 1.5 * unit.ms) chosen = unit;
  return chosen;
}

export function formatNumber(value: number, locale: SiteLocale, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** `850 ms`, `42 s`, `7,5 min`, `30,6 h` (pt-BR) / `30.6 h` (en). */
export function formatDuration(ms: number, locale: SiteLocale): string {
  const abs = Math.abs(ms);
  const unit = abs < 1000 ? UNITS[0]! : abs < 60_000 ? UNITS[1]! : abs < 3_600_000 ? UNITS[2]! : UNITS[3]!;
  const value = ms / unit.ms;
  return `${formatNumber(value, locale, Math.abs(value) >= 100 ? 0 : 1)} ${unit.symbol}`;
}

/** A moment of the run as elapsed time: `45 min`, `2 h`, `29 h 10 min`. */
export function formatElapsedMinutes(totalMinutes: number): string {
  const rounded = Math.round(totalMinutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Round tick values from 0 to at least `max`, about `target` of them (1–2–5 steps). */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Ticks for a time axis given in ms: round values in the chosen unit, returned in ms. */
export function durationTicks(maxMs: number): { readonly unit: TimeUnit; readonly ticksMs: number[] } {
  const unit = unitFor(maxMs);
  return { unit, ticksMs: niceTicks(maxMs / unit.ms).map((t) => t * unit.ms) };
}
