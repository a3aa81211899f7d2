import { AWS_LIMITS } from '../../../../workshop/src/settings/aws-limits.js';
import type { Bilingual } from '../../../../workshop/src/i18n/bilingual.js';

/**
 * The playground's inputs: one row per slider, with its range, default and query-string key.
 * The ESM ranges come from the kit's AWS_LIMITS (one definition everywhere); the others are the
 * playground's own bounds, chosen so a run stays quick in a browser tab.
 */
export type ParamKey =
  | 'rate' | 'durationMinutes' | 'shards' | 'keys' | 'hotKeyPercent'
  | 'batchSize' | 'parallelizationFactor' | 'maxBatchingWindow' | 'perRecordMs' | 'fixedMs';

export interface ParamSpec {
  readonly key: ParamKey;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer: boolean;
  readonly defaultValue: number;
  /** The slider moves on a logarithmic scale (wide ranges where small values matter most). @default false */
  readonly logScale?: boolean;
  readonly label: Bilingual;
  readonly unit?: string;
  /** Range unit printed in the kit's messages ("seconds", "%"...). */
  readonly messageUnit?: string;
}

export const PARAMS: readonly ParamSpec[] = [
  { key: 'rate', min: 1, max: 2_000, step: 1, integer: true, logScale: true, defaultValue: 500, unit: '/s', label: { 'pt-BR': 'Taxa de escrita (itens/s)', en: 'Write rate (items/s)' } },
  { key: 'durationMinutes', min: 1, max: 240, step: 1, integer: true, defaultValue: 60, unit: 'min', messageUnit: 'minutes', label: { 'pt-BR': 'Duração da carga (min)', en: 'Load duration (min)' } },
  { key: 'shards', min: 1, max: 16, step: 1, integer: true, defaultValue: 1, label: { 'pt-BR': 'Shards do stream', en: 'Stream shards' } },
  { key: 'keys', min: 1, max: 100_000, step: 1, integer: true, logScale: true, defaultValue: 1_000, label: { 'pt-BR': 'Chaves de partição distintas', en: 'Distinct partition keys' } },
  { key: 'hotKeyPercent', min: 0, max: 100, step: 1, integer: true, defaultValue: 0, unit: '%', messageUnit: '%', label: { 'pt-BR': 'Parte das escritas na chave mais quente (%)', en: 'Share of writes to the hottest key (%)' } },
  { key: 'batchSize', ...AWS_LIMITS.batchSize, step: 1, integer: true, logScale: true, defaultValue: 100, label: { 'pt-BR': 'Tamanho do lote (batchSize)', en: 'Batch size (batchSize)' } },
  { key: 'parallelizationFactor', ...AWS_LIMITS.parallelizationFactor, step: 1, integer: true, defaultValue: 1, label: { 'pt-BR': 'Fator de paralelização (parallelizationFactor)', en: 'Parallelization factor (parallelizationFactor)' } },
  { key: 'maxBatchingWindow', ...AWS_LIMITS.maxBatchingWindow, step: 1, integer: true, defaultValue: 0, unit: 's', messageUnit: 'seconds', label: { 'pt-BR': 'Janela de agrupamento (maxBatchingWindow, s)', en: 'Batching window (maxBatchingWindow, s)' } },
  { key: 'perRecordMs', min: 0, max: 10_000, step: 0.5, integer: false, logScale: true, defaultValue: 10, unit: 'ms', messageUnit: 'ms', label: { 'pt-BR': 'Custo por registro (ms)', en: 'Cost per record (ms)' } },
  { key: 'fixedMs', min: 0, max: 60_000, step: 1, integer: false, logScale: true, defaultValue: 20, unit: 'ms', messageUnit: 'ms', label: { 'pt-BR': 'Custo fixo por invocação (ms)', en: 'Fixed cost per invocation (ms)' } },
];

/** What the form holds: the text typed in each field (so an invalid value can be shown back as typed). */
export type ParamText = Readonly<Record<ParamKey, string>>;

export type ParamValues = Readonly<Record<ParamKey, number>>;

export const DEFAULT_VALUES: ParamValues = Object.fromEntries(PARAMS.map((p) => [p.key, p.defaultValue])) as Record<ParamKey, number>;

export function toText(values: Partial<ParamValues>): ParamText {
  return Object.fromEntries(PARAMS.map((p) => [p.key, String(values[p.key] ?? p.defaultValue)])) as Record<ParamKey, string>;
}

/** Reads the settings from a query string (`?rate=800&parallelizationFactor=4`); unknown keys are ignored. */
export function fromQuery(search: string, base: ParamText): ParamText {
  const query = new URLSearchParams(search);
  const text: Record<string, string> = { ...base };
  for (const p of PARAMS) {
    const v = query.get(p.key);
    if (v !== null) text[p.key] = v;
  }
  return text as ParamText;
}

/** The settings as a query string, in a fixed order, so the same settings always give the same URL. */
export function toQuery(text: ParamText): string {
  const query = new URLSearchParams();
  for (const p of PARAMS) query.set(p.key, text[p.key].trim());
  return `?${query.toString()}`;
}

/** Slider positions run from 0 to SLIDER_STEPS; log-scale sliders map them through log(1 + value). */
export const SLIDER_STEPS = 1000;

export function toSliderPosition(spec: ParamSpec, value: number): number {
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  if (!spec.logScale) return clamped;
  const span = Math.log1p(spec.max) - Math.log1p(spec.min);
  return Math.round(((Math.log1p(clamped) - Math.log1p(spec.min)) / span) * SLIDER_STEPS);
}

export function fromSliderPosition(spec: ParamSpec, position: number): number {
  if (!spec.logScale) return position;
  const span = Math.log1p(spec.max) - Math.log1p(spec.min);
  const raw = Math.expm1(Math.log1p(spec.min) + (position / SLIDER_STEPS) * span);
  const stepped = Math.round(raw / spec.step) * spec.step;
  return Math.min(spec.max, Math.max(spec.min, Number(stepped.toPrecision(6))));
}
