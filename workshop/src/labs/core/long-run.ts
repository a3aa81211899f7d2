// A lab's long run (`run 03 --hours N`): the lab's own consumer and handler under its load at the definition's
// long-run rate for all N hours, long enough for IteratorAge to reach the stream's 24 h retention and records to
// be lost (aws-facts §C: records are kept 24 hours; the engine trims each one exactly 24 h after it was written).
// Pure and browser-safe: `run`, the site's chart generator and the tests all call these.
import type { Scenario } from '../../engine/scenario.js';
import type { LabLongRun } from './lab-definition.js';

/** DynamoDB Streams keeps records 24 hours (aws-facts §C, [STREAMS]); IteratorAge cannot stay above it. */
export const RETENTION_MS = 24 * 3_600_000;

/** The lab's scenario with its load at the long-run rate for `seconds` (items, keys, consumer and handler kept). */
export function longRunScenario(scenario: Scenario, longRun: LabLongRun, seconds: number): Scenario {
  const load = { ...scenario.load, profile: { kind: 'constant', ratePerSecond: longRun.ratePerSecond } as const, duration: { seconds } };
  return { ...scenario, load, horizonSeconds: seconds };
}

/** What a run needs for the long-run facts (the engine's `SimulationResult` fits it). */
export interface LongRunResult {
  readonly minutes: readonly { readonly iteratorAgeMaxMs: number | null; readonly lost: number }[];
  readonly totals: { readonly lost: number };
}

/** What a long run showed, read from its minutes. */
export interface LongRunFacts {
  /** The first minute (from 0) in which the stream trimmed records nobody had read; null: none were lost. */
  readonly cliffMinute: number | null;
  readonly peakIteratorAgeMs: number;
  /** Records trimmed by the retention before the consumer read them. */
  readonly lost: number;
  /** Minutes from the cliff to the end whose IteratorAge (Maximum) is within a minute of 24 h: the plateau. */
  readonly minutesAtRetention: number;
}

export function longRunFacts(result: LongRunResult): LongRunFacts {
  const ages = result.minutes.map((m) => m.iteratorAgeMaxMs ?? 0);
  const cliff = result.minutes.findIndex((m) => m.lost > 0);
  const cliffMinute = cliff < 0 ? null : cliff;
  const minutesAtRetention = cliffMinute === null ? 0 : ages.slice(cliffMinute).filter((age) => age >= RETENTION_MS - 60_000 && age <= RETENTION_MS).length;
  return { cliffMinute, peakIteratorAgeMs: Math.max(0, ...ages), lost: result.totals.lost, minutesAtRetention };
}

/**
 * The estimate's cliff: the lag grows (1 − μ/λ) s per second, so it reaches 24 h after 24 h ÷ (1 − μ/λ).
 * Null when μ ≥ λ (the consumer keeps up: no cliff) or μ is not a number.
 */
export function estimatedCliffSeconds(recordsPerSecond: number, writesPerSecond: number): number | null {
  if (!Number.isFinite(recordsPerSecond) || recordsPerSecond < 0 || recordsPerSecond >= writesPerSecond) return null;
  return RETENTION_MS / 1000 / (1 - recordsPerSecond / writesPerSecond);
}

/** `1644` minutes → `27 h 24 min` (the same in both languages). */
export function hoursAndMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)} h ${String(whole % 60).padStart(2, '0')} min`;
}
