import type { Language } from './language.js';

// How messages write the values they quote, the same way in every message of a language.

/** Seconds as the CLI parser accepts them back: `500ms`, `30s`, `10m`, `1h30m`, `24h`, `7d`. */
export function durationInput(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds)) return totalSeconds > 0 ? '∞' : '-∞';
  if (totalSeconds < 0) return `-${durationInput(-totalSeconds)}`;
  if (totalSeconds === 0) return '0s';
  if (totalSeconds < 1) return `${Math.round(totalSeconds * 1000)}ms`;
  const days = totalSeconds >= 7 * 86_400 && totalSeconds % 86_400 === 0 ? totalSeconds / 86_400 : 0;
  if (days > 0) return `${days}d`;
  let rest = Math.round(totalSeconds * 1000);
  const parts: string[] = [];
  for (const [unit, ms] of [['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]] as const) {
    const n = Math.floor(rest / ms);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * ms;
  }
  return parts.join('');
}

/** A CLI option (`--duration`) rather than a setting in a lab file (`maxBatchingWindow`). */
export const isFlag = (field: string): boolean => field.startsWith('--');

/** The unit words of range messages; the kit writes them in English (`ValueRange.unit`). */
const UNITS_PT: Readonly<Record<string, string>> = { seconds: 'segundos', minutes: 'minutos', hours: 'horas', USD: 'dólares', bytes: 'bytes' };

export function unitText(unit: string, language: Language): string {
  return language === 'pt-BR' ? (UNITS_PT[unit] ?? unit) : unit;
}

/** A number for a message: grouped digits, and words instead of `Infinity` (what `1e400` becomes). */
export function numberText(n: number, language: Language): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) {
    const word = language === 'pt-BR' ? 'um número grande demais' : 'a number too large to use';
    return n > 0 ? `${word} (∞)` : `${word} (-∞)`;
  }
  return n.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US');
}

/** "1 write" / "2 writes": the noun for a count, in the language's singular or plural. */
export function counted(n: number, language: Language, words: { readonly en: readonly [string, string]; readonly 'pt-BR': readonly [string, string] }): string {
  const [one, many] = words[language];
  return `${n.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US')} ${Math.abs(n) === 1 ? one : many}`;
}

/**
 * US dollars with enough digits to tell two small amounts apart: `$0.0123`, `$0.000013`, `$216,540.00` (never "$0.0000"
 * for a cost that is not zero), `$0` for nothing; `US$ 0,0123` in Portuguese.
 */
export function usdText(usd: number, language: Language): string {
  if (Math.abs(usd) >= 1) {
    const text = usd.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return language === 'pt-BR' ? `US$ ${text}` : `$${text}`;
  }
  const digits = usd === 0 ? 0 : Math.abs(usd) >= 0.0001 ? 4 : Math.min(12, 1 - Math.floor(Math.log10(Math.abs(usd))));
  const text = usd.toFixed(digits);
  return language === 'pt-BR' ? `US$ ${text.replace('.', ',')}` : `$${text}`;
}
