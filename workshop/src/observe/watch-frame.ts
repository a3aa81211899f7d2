import type { Language } from '../i18n/language.js';
import { formatMilliseconds } from '../settings/duration.js';
import type { ConsumerMetrics } from './metric-reader.js';
import { renderLineChart } from './terminal-chart.js';

/** How the frame is drawn. */
export interface WatchFrameOptions {
  readonly language: Language;
  /** Dashed line on the chart, in ms (e.g. an alarm threshold). @default - none */
  readonly thresholdMs?: number;
  /** Chart width in columns. @default 60 */
  readonly width?: number;
}

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/** Index and value of the last minute that has data, if any. */
function latest(series: readonly (number | null)[]): { readonly index: number; readonly value: number } | undefined {
  for (let i = series.length - 1; i >= 0; i -= 1) {
    const value = series[i];
    if (value !== null && value !== undefined) return { index: i, value };
  }
  return undefined;
}

/**
 * One screen of `workshop watch`: the IteratorAge chart, then a text summary (latest and peak lag, and the
 * latest Invocations / Errors / Throttles). Pure: the same metrics give the same text; times are UTC.
 */
export function renderWatchFrame(metrics: ConsumerMetrics, options: WatchFrameOptions): string {
  const pt = options.language === 'pt-BR';
  const minuteAt = (i: number) => `${hhmm(metrics.startMs + i * 60_000)} UTC`;
  const window = `${hhmm(metrics.startMs)}–${hhmm(metrics.startMs + metrics.minutes * 60_000)} UTC`;
  const title = `IteratorAge (${pt ? 'máximo por minuto' : 'maximum per minute'}) · ${metrics.functionName} · ${window}`;
  const chart = renderLineChart(metrics.iteratorAgeMs, {
    unit: 'ms',
    title,
    stretch: true,
    language: options.language,
    width: options.width ?? 60,
    ...(options.thresholdMs === undefined ? {} : { threshold: options.thresholdMs }),
  });

  const lines = [chart, ''];
  const age = latest(metrics.iteratorAgeMs);
  if (age === undefined) {
    lines.push(pt
      ? 'Sem dados de IteratorAge nesta janela: o stream não invocou a função. Pode ser um stream ocioso ou ainda sem carga — ou um consumidor travado ou sob limitação (throttling): confira os Throttles.'
      : 'No IteratorAge data in this window: the stream did not invoke the function. It may be an idle stream or no load yet — or a stuck or throttled consumer: look at Throttles.');
  } else {
    const present = metrics.iteratorAgeMs.filter((v): v is number => v !== null);
    const peak = Math.max(...present);
    const peakAt = metrics.iteratorAgeMs.indexOf(peak);
    lines.push(pt
      ? `IteratorAge mais recente: ${formatMilliseconds(age.value, options.language)} (${minuteAt(age.index)}) · pico: ${formatMilliseconds(peak, options.language)} (${minuteAt(peakAt)})`
      : `Latest IteratorAge: ${formatMilliseconds(age.value, options.language)} (${minuteAt(age.index)}) · peak: ${formatMilliseconds(peak, options.language)} (${minuteAt(peakAt)})`);
  }
  const invocations = latest(metrics.invocations);
  if (invocations !== undefined) {
    const i = invocations.index;
    const at = (s: readonly (number | null)[]) => String(s[i] ?? 0);
    lines.push(pt
      ? `Último minuto com invocações (${minuteAt(i)}): invocações ${at(metrics.invocations)} · erros ${at(metrics.errors)} · throttles ${at(metrics.throttles)}`
      : `Last minute with invocations (${minuteAt(i)}): invocations ${at(metrics.invocations)} · errors ${at(metrics.errors)} · throttles ${at(metrics.throttles)}`);
  }
  const throttled = latest(metrics.throttles);
  if (throttled !== undefined && throttled.value > 0 && (invocations === undefined || throttled.index > invocations.index)) {
    lines.push(pt
      ? `Throttles em ${minuteAt(throttled.index)}: ${throttled.value} — a função está sendo limitada (concorrência reservada?).`
      : `Throttles at ${minuteAt(throttled.index)}: ${throttled.value} — the function is being throttled (reserved concurrency?).`);
  }
  return lines.join('\n');
}
