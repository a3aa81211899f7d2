// The one way a number typed by someone (a CLI flag, an environment variable, a playground field) becomes a
// number: trimmed, `_` allowed between digits as in TypeScript (`1_000`), anything else as JavaScript reads it.
// Ranges are then checked by range-check.ts, so `--rate 1_000` means the same in every command.
import type { WorkshopIssue } from '../errors/workshop-issue.js';

/** `text` as a number, or NaN when it is not one (`''`, `abc`, `1__0`, `_1`). */
export function parseNumberText(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '' || /_(?!\d)|(?<!\d)_/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(/_/g, ''));
}

/**
 * Reads `text` for `field`; pushes `not_a_number` (with what was typed) and returns undefined when it is not a
 * number. `Infinity` and `1e400` come back as numbers, for the range check to refuse with its bounds.
 */
export function readNumberText(issues: WorkshopIssue[], field: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = parseNumberText(text);
  if (Number.isNaN(value)) {
    issues.push({ code: 'not_a_number', field, got: text });
    return undefined;
  }
  return value;
}
