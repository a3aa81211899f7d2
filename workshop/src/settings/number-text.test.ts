import { describe, expect, it } from 'vitest';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { parseNumberText, readNumberText } from './number-text.js';

describe('parseNumberText (every typed number of the kit)', () => {
  it.each([['1_000', 1000], [' 200 ', 200], ['0.5', 0.5], ['1_000.25', 1000.25], ['1e3', 1000], ['-3', -3]])('GIVEN "%s" WHEN parsed THEN %d', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each(['', '   ', 'abc', '_1', '1_', '1__0', '1_.5', '12px'])('GIVEN "%s" WHEN parsed THEN not a number', (text) => {
    expect(parseNumberText(text)).toBeNaN();
  });
});

describe('readNumberText', () => {
  it('GIVEN "1_000" for --rate WHEN read THEN 1000 and no issue', () => {
    const issues: WorkshopIssue[] = [];
    expect(readNumberText(issues, '--rate', '1_000')).toBe(1000);
    expect(issues).toEqual([]);
  });

  it('GIVEN "fast" for --rate WHEN read THEN undefined and not_a_number naming the flag and the text', () => {
    const issues: WorkshopIssue[] = [];
    expect(readNumberText(issues, '--rate', 'fast')).toBeUndefined();
    expect(issues).toEqual([{ code: 'not_a_number', field: '--rate', got: 'fast' }]);
  });

  it('GIVEN "1e400" WHEN read THEN Infinity, left to the range check to refuse with its bounds', () => {
    expect(readNumberText([], '--rate', '1e400')).toBe(Infinity);
  });
});
