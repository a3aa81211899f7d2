import { describe, expect, it } from 'vitest';
import { parseLanguage, resolveLanguage } from './language.js';

describe('resolveLanguage', () => {
  it('GIVEN LANG=pt_BR.UTF-8 WHEN no flag THEN Portuguese', () => {
    expect(resolveLanguage({ env: { LANG: 'pt_BR.UTF-8' } })).toBe('pt-BR');
  });
  it('GIVEN LANG=en_US.UTF-8 WHEN no flag THEN English', () => {
    expect(resolveLanguage({ env: { LANG: 'en_US.UTF-8' } })).toBe('en');
  });
  it('GIVEN no LANG WHEN no flag THEN English', () => {
    expect(resolveLanguage({ env: {} })).toBe('en');
  });
  it('GIVEN LANG=pt_BR WHEN --lang en THEN the flag wins', () => {
    expect(resolveLanguage({ flag: 'en', env: { LANG: 'pt_BR.UTF-8' } })).toBe('en');
  });
  it('GIVEN LANG=C WHEN --lang pt THEN Portuguese', () => {
    expect(resolveLanguage({ flag: 'pt', env: { LANG: 'C' } })).toBe('pt-BR');
  });
});

describe('parseLanguage', () => {
  it.each([['pt', 'pt-BR'], ['pt-BR', 'pt-BR'], ['pt_br', 'pt-BR'], ['en', 'en'], ['en-US', 'en'], ['EN_gb', 'en']])('GIVEN "%s" THEN %s', (text, language) => {
    expect(parseLanguage(text)).toBe(language);
  });
  it.each(['fr', 'english', 'portuguese', '', 'pt-PTX'])('GIVEN "%s" THEN undefined (the CLI refuses it)', (text) => {
    expect(parseLanguage(text)).toBeUndefined();
  });
  it('GIVEN LANG=pt_BR WHEN --lang fr THEN the unknown flag is ignored and LANG decides', () => {
    expect(resolveLanguage({ flag: 'fr', env: { LANG: 'pt_BR.UTF-8' } })).toBe('pt-BR');
  });
});
