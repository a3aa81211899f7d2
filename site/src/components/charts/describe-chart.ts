import type { ChartSummary } from './chart-data';
import { formatDuration, formatElapsedMinutes, formatNumber, type SiteLocale } from './human-units';

/**
 * The text description of a chart, in the page's language: what a reader who cannot see the curve
 * needs — the IteratorAge peak and when, records lost, and the alarm's state.
 */
export function describeChart(summary: ChartSummary, locale: SiteLocale, threshold?: number): string {
  const pt = locale === 'pt-BR';
  // Counted like the CLI ("minute 4: ALARM"): the first minute of the run is minute 1. Long runs read better
  // as elapsed time, where one minute more or less does not matter.
  const inMinute = (ordinal: number): string => (Number.isInteger(ordinal) && ordinal <= 120
    ? (pt ? `no minuto ${ordinal}` : `in minute ${ordinal}`)
    : (pt ? `por volta de ${formatElapsedMinutes(ordinal)} de execução` : `around ${formatElapsedMinutes(ordinal)} into the run`));
  const endOfMinute = (elapsed: number): string => (Number.isInteger(elapsed) && elapsed <= 120
    ? (pt ? `ao fim do minuto ${elapsed}` : `at the end of minute ${elapsed}`)
    : (pt ? `por volta de ${formatElapsedMinutes(elapsed)} de execução` : `around ${formatElapsedMinutes(elapsed)} into the run`));
  const n = (v: number): string => formatNumber(v, locale, 0);
  const parts: string[] = [];

  if (summary.peakIteratorAgeMs === null || summary.peakMinute === null) {
    parts.push(pt ? 'Nenhuma invocação: o IteratorAge fica sem dados.' : 'No invocations: IteratorAge has no data.');
  } else {
    const peak = formatDuration(summary.peakIteratorAgeMs, locale);
    const at = inMinute(summary.peakMinute + 1);
    parts.push(pt ? `Pico de IteratorAge: ${peak}, ${at}.` : `Peak IteratorAge: ${peak}, ${at}.`);
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
      const at = endOfMinute(alarm.firstAlarmMinute);
      parts.push(pt
        ? `Alarme (limite ${limit}): entrou em ALARM ${at}; estado final ${alarm.finalState}.`
        : `Alarm (threshold ${limit}): went to ALARM ${at}; final state ${alarm.finalState}.`);
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
