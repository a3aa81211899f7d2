import { WorkshopError } from '../errors/workshop-error.js';
import type { Language } from '../i18n/language.js';

/**
 * A length of time, browser-safe (no CDK): the kit's settings use it where CDK uses `Duration`,
 * and the infra layer turns it into `Duration.seconds(...)`.
 */
export interface WorkshopDuration {
  readonly seconds: number;
}

export const seconds = (n: number): WorkshopDuration => ({ seconds: n });
export const minutes = (n: number): WorkshopDuration => ({ seconds: n * 60 });
export const hours = (n: number): WorkshopDuration => ({ seconds: n * 3600 });
export const days = (n: number): WorkshopDuration => ({ seconds: n * 86_400 });

const UNIT_SECONDS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * Reads a duration written the way people type it: `500ms`, `30s`, `10m`, `1h`, `2d`, or `1h30m`.
 * @throws WorkshopError `invalid_duration` naming `field`, when the text is not a duration.
 */
export function parseDuration(text: string, field: string): WorkshopDuration {
  const trimmed = text.trim().toLowerCase();
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  const rebuilt = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || rebuilt !== trimmed) {
    throw new WorkshopError({ code: 'invalid_duration', field, got: text });
  }
  const total = parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_SECONDS[p[2]!] ?? 0), 0);
  return { seconds: total };
}

/**
 * A duration in the largest unit that reads well: `850 ms`, `42 s`, `7.5 min`, `30.6 h` — with a decimal
 * comma in Portuguese (`7,5 min`).
 */
export function formatMilliseconds(ms: number, language: Language = 'en'): string {
  const abs = Math.abs(ms);
  const round = (n: number) => roundForDisplay(n, language);
  if (abs < 1000) return `${round(ms)} ms`;
  if (abs < 60_000) return `${round(ms / 1000)} s`;
  if (abs < 3_600_000) return `${round(ms / 60_000)} min`;
  return `${round(ms / 3_600_000)} h`;
}

/** Whole from 100 up, else one decimal at most; the decimal mark follows the language. */
export function roundForDisplay(n: number, language: Language = 'en'): string {
  const text = Math.abs(n) >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
  return language === 'pt-BR' ? text.replace('.', ',') : text;
}
