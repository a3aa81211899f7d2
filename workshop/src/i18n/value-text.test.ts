import { describe, expect, it } from 'vitest';
import { parseDuration } from '../settings/duration.js';
import { counted, durationInput, numberText, unitText, usdText } from './value-text.js';

describe('durationInput: seconds written the way the CLI parser reads them back', () => {
  it.each([
    [0, '0s'], [0.5, '500ms'], [1, '1s'], [59, '59s'], [60, '1m'], [301, '5m1s'], [3600, '1h'], [5400, '1h30m'], [86_400, '24h'], [172_800, '48h'], [604_800, '7d'],
  ])('GIVEN %d s THEN "%s", which parseDuration reads back as the same seconds', (seconds, text) => {
    expect(durationInput(seconds)).toBe(text);
    expect(parseDuration(text, '--duration').seconds).toBe(seconds);
  });
});

describe('usdText: small amounts keep their digits', () => {
  it.each([
    [0, '$0', 'US$ 0'],
    [0.0123, '$0.0123', 'US$ 0,0123'],
    [0.000000625, '$0.00000063', 'US$ 0,00000063'],
    [216_540, '$216,540.00', 'US$ 216.540,00'],
  ])('GIVEN %d THEN "%s" / "%s"', (usd, en, pt) => {
    expect(usdText(usd, 'en')).toBe(en);
    expect(usdText(usd, 'pt-BR')).toBe(pt);
  });
});

describe('numbers, units and counts in messages', () => {
  it('GIVEN Infinity (what 1e400 becomes) THEN words, not "Infinity"', () => {
    expect(numberText(Number('1e400'), 'en')).toBe('a number too large to use (∞)');
    expect(numberText(-Infinity, 'pt-BR')).toBe('um número grande demais (-∞)');
    expect(numberText(12_000, 'pt-BR')).toBe('12.000');
  });
  it('GIVEN the units the kit writes THEN Portuguese words in pt-BR, unchanged in English', () => {
    expect(['seconds', 'minutes', 'USD', 'bytes', 'ms'].map((u) => unitText(u, 'pt-BR'))).toEqual(['segundos', 'minutos', 'dólares', 'bytes', 'ms']);
    expect(unitText('seconds', 'en')).toBe('seconds');
  });
  it('GIVEN 1 and 2 THEN singular and plural', () => {
    const words = { en: ['write', 'writes'], 'pt-BR': ['gravação', 'gravações'] } as const;
    expect([counted(1, 'en', words), counted(2, 'en', words), counted(1_000, 'pt-BR', words)]).toEqual(['1 write', '2 writes', '1.000 gravações']);
  });
});
