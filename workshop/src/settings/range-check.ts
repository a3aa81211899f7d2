import type { WorkshopIssue } from '../errors/workshop-issue.js';

/** The bounds of one value; both ends inclusive. `unit` is printed after the bounds in messages. */
export interface ValueRange {
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
}

// The two range checks every input of the kit goes through (settings, engine scenario, CLI options,
// alarm settings), so a refused value always reads the same way.

/**
 * Checks one whole number against a range; shared by every setting here and by other inputs of the kit
 * (engine scenario, CLI options) so the words are always the same.
 */
export function checkInteger(
  issues: WorkshopIssue[],
  field: string,
  value: number | undefined,
  range: ValueRange,
): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    issues.push({ code: 'not_a_number', field, got: String(value) });
  } else if (!Number.isFinite(value)) {
    // `Infinity` or `1e400`: a number, but beyond any range; the message says so.
    issues.push({ code: 'out_of_range', field, min: range.min, max: range.max, inclusive: true, got: value, ...(range.unit ? { unit: range.unit } : {}) });
  } else if (!Number.isInteger(value)) {
    issues.push({ code: 'not_integer', field, got: value });
  } else if (value < range.min || value > range.max) {
    issues.push({ code: 'out_of_range', field, min: range.min, max: range.max, inclusive: true, got: value, ...(range.unit ? { unit: range.unit } : {}) });
  }
}

/** Like `checkInteger`, for numbers that may have a fraction (rates, shares, durations). */
export function checkNumber(
  issues: WorkshopIssue[],
  field: string,
  value: number | undefined,
  range: ValueRange,
): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    issues.push({ code: 'not_a_number', field, got: String(value) });
  } else if (!Number.isFinite(value) || value < range.min || value > range.max) {
    issues.push({ code: 'out_of_range', field, min: range.min, max: range.max, inclusive: true, got: value, ...(range.unit ? { unit: range.unit } : {}) });
  }
}
