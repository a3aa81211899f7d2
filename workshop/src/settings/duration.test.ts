import { describe, expect, it } from 'vitest';
import { formatMilliseconds, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30],
    ['10m', 600],
    ['1h', 3600],
    ['2d', 172_800],
    ['1h30m', 5400],
    ['500ms', 0.5],
  ])('GIVEN "%s" WHEN parsed THEN %d seconds', (text, expected) => {
    expect(parseDuration(text, '--duration').seconds).toBe(expected);
  });

  it.each(['', '10', 'ten minutes', '5x', '1h junk'])('GIVEN "%s" WHEN parsed THEN invalid_duration', (text) => {
    expect(() => parseDuration(text, '--duration')).toThrow(expect.objectContaining({ issue: { code: 'invalid_duration', field: '--duration', got: text } }));
  });
});

describe('formatMilliseconds', () => {
  it.each([
    [42, '42 ms'],
    [1500, '1.5 s'],
    [90_000, '1.5 min'],
    [110_000_000, '30.6 h'],
  ])('GIVEN %d ms THEN "%s"', (ms, text) => {
    expect(formatMilliseconds(ms)).toBe(text);
  });

  it.each([
    [42, '42 ms'],
    [1500, '1,5 s'],
    [150_000, '2,5 min'],
    [110_000_000, '30,6 h'],
  ])('GIVEN %d ms in Portuguese THEN "%s", with a decimal comma', (ms, text) => {
    expect(formatMilliseconds(ms, 'pt-BR')).toBe(text);
  });
});
