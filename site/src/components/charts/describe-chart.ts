import type { ChartSummary } from './chart-data';
import { formatDuration, formatElapsedMinutes, formatNumber, type SiteLocale } from './human-units';

/**
 * The text description of a chart, in the page's language: what a reader who cannot see the curve
 * needs — the IteratorAge peak and when, records lost, and the alarm's state.
 */
export function describeChart(summary: ChartSummary, locale: SiteLocale, threshold?: number): string {
  const pt = locale === 'pt-BR';
  const n = (v: number): string => formatNumber(v, locale, 0);
  const parts: string[] = [];

  if (summary.peakIteratorAgeMs === null || summary.peakMinute === null) {
    parts.push(pt ? 'Nenhuma invocação: o IteratorAge fica sem dados.' : 'No invocations: IteratorAge has no data.');
  } else {
    const peak = formatDuration(summary.peakIteratorAgeMs, locale);
    const at = formatElapsedMinutes(summary.peakMinute);
    parts.push(pt ? `Pico de IteratorAge: ${peak}, em ${at} de execução.` : `Peak IteratorAge: ${peak}, at ${at} into the run.`);
  }

  parts.push(pt
    ? `Registros gravados: ${n(summary.written)}; processados: ${n(summary.processed)}; ainda na fila no fim: ${n(summary.finalBacklog)}.`
    : `Records written: ${n(summary.written)}; processed: ${n(summary.processed)}; still queued at the end: ${n(summary.finalBacklog)}.`);

  parts.push(summary.lost > 0
    ? (pt
      ? `Registros perdidos (mais velhos que as 24 h de retenção do stream): ${n(summary.lost)}.`
      : `Records lost (older than the stream's 24-hour retention): ${n(summary.lost)}.`)
    : (pt ? 'Nenhum registro perdido.' : 'No records lost.'));

  const alarm = summary.alarm;
  if (alarm) {
    const limit = formatDuration(alarm.threshold, locale);
    if (alarm.firstAlarmMinute === null) {
      parts.push(pt ? `Alarme (limite ${limit}): nunca disparou; estado final ${alarm.finalState}.` : `Alarm (threshold ${limit}): never fired; final state ${alarm.finalState}.`);
    } else {
      const at = formatElapsedMinutes(alarm.firstAlarmMinute);
      parts.push(pt
        ? `Alarme (limite ${limit}): entrou em ALARM em ${at}; estado final ${alarm.finalState}.`
        : `Alarm (threshold ${limit}): went to ALARM at ${at}; final state ${alarm.finalState}.`);
    }
  } else if (threshold !== undefined && summary.peakIteratorAgeMs !== null) {
    const limit = formatDuration(threshold, locale);
    const above = summary.peakIteratorAgeMs > threshold;
    parts.push(above
      ? (pt ? `O pico passa do limite de alarme de ${limit}.` : `The peak goes above the ${limit} alarm threshold.`)
      : (pt ? `O pico fica abaixo do limite de alarme de ${limit}.` : `The peak stays below the ${limit} alarm threshold.`));
  }
  return parts.join(' ');
}
