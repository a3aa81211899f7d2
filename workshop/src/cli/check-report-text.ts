import type { Language } from '../i18n/language.js';
import type { ExpectationResult } from '../labs/core/check-kit.js';
import type { Bilingual } from '../i18n/bilingual.js';

/** The lines `check` prints: one per expectation (✔/✖, what was expected, what was found), then observations. */
export function checkReportLines(expectations: readonly ExpectationResult[], observations: readonly Bilingual[], language: Language): string[] {
  const lines: string[] = [];
  for (const e of expectations) {
    lines.push(`${e.passed ? '✔' : '✖'} ${e.description[language]}`);
    lines.push(`    ${e.detail[language]}`);
  }
  for (const o of observations) lines.push(`• ${o[language]}`);
  return lines;
}
