// The lines `run NN` prints under its chart: totals, errors, throttles, the results table, lab 03's estimate and
// lab 06's alarm.
// Browser-safe, so the site's in-browser lab panel shows the same summary as the command line.
import { translator, type Bilingual } from '../../i18n/bilingual.js';
import type { Language } from '../../i18n/language.js';
import { formatMilliseconds } from '../../settings/duration.js';
import { longRunSummaryLines, type LongRunReport } from './long-run-summary.js';

/**
 * What the summary needs of a run (the CLI's `RunJobValue`, the site's worker answer): the engine's
 * `SimulationResult` fits it. Declared here so the CLI's start-up does not reach the engine for a type.
 */
export interface RunSummaryInput {
  readonly result: {
    readonly minutes: readonly { readonly iteratorAgeMaxMs: number | null; readonly errors: number; readonly invocations: number; readonly throttles?: number }[];
    readonly totals: { readonly written: number; readonly processed: number; readonly inStream: number; readonly lost: number; readonly onFailure: number };
    readonly resultsTable?: { readonly itemsWritten: number };
    /** The invocations still running at the horizon and their batches' records (the engine's `inFlightAtEnd`). */
    readonly inFlightAtEnd?: { readonly invocations: number; readonly records: number };
    readonly alarm?: readonly { readonly periodIndex: number; readonly state: string }[];
  };
  readonly horizonSeconds: number;
  /** `estimate.ts`'s answer for the run's length (lab 03). */
  readonly estimateMs?: number;
  /** `run NN --hours N` of a lab with a long run (lab 03): the cliff, the records lost, the estimate's cliff. */
  readonly longRun?: LongRunReport;
}

export function runSummaryLines(run: RunSummaryInput, language: Language): string[] {
  const { result, horizonSeconds: seconds } = run;
  const t = translator(language);
  const ages = result.minutes.map((m) => m.iteratorAgeMaxMs);
  const peak = Math.max(0, ...ages.map((a) => a ?? 0));
  const n = (value: number): string => value.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US');
  const ms = (value: number): string => formatMilliseconds(value, language);
  const [written, processed, inStream, lost] = [result.totals.written, result.totals.processed, result.totals.inStream, result.totals.lost].map(n);
  const lines = [t(`Written ${written}, processed ${processed}, still in the stream ${inStream}, lost ${lost}. IteratorAge peak ${ms(peak)}.`,
    `Gravados ${written}, processados ${processed}, ainda no stream ${inStream}, perdidos ${lost}. Pico de IteratorAge ${ms(peak)}.`)];
  const errors = result.minutes.reduce((sum, m) => sum + m.errors, 0);
  if (errors > 0 || result.totals.onFailure > 0) {
    const invocations = n(result.minutes.reduce((sum, m) => sum + m.invocations, 0));
    const [e, f] = [errors, result.totals.onFailure].map(n);
    lines.push(t(`Errors ${e} in ${invocations} invocations; records sent to the on-failure destination ${f}.`,
      `Erros ${e} em ${invocations} invocações; registros enviados ao destino de falha ${f}.`));
  }
  // Throttles are not errors (lab 08): say so, or a throttled run reads like a healthy one.
  const throttles = result.minutes.reduce((sum, m) => sum + (m.throttles ?? 0), 0);
  if (throttles > 0) {
    const [th, e] = [throttles, errors].map(n);
    lines.push(t(`Throttles ${th}, errors ${e}: Lambda refused invocations beyond the function's reserved concurrency.`,
      `Throttles ${th}, erros ${e}: o Lambda recusou invocações além da concorrência reservada da função.`));
  }
  if (result.resultsTable) {
    const items = n(result.resultsTable.itemsWritten);
    const why = moreWrittenThanProcessed(result, n);
    lines.push(t(`The handler wrote ${items} items to the results table${why ? ` (${why.en})` : ''}.`, `O handler gravou ${items} itens na tabela de resultados${why ? ` (${why['pt-BR']})` : ''}.`));
  }
  if (run.estimateMs !== undefined) {
    lines.push(t(`Your estimate after ${seconds} s: ${ms(run.estimateMs)}; the engine's last minute: ${ms(ages.at(-1) ?? 0)}.`,
      `Sua estimativa depois de ${seconds} s: ${ms(run.estimateMs)}; último minuto do motor: ${ms(ages.at(-1) ?? 0)}.`));
  }
  if (run.longRun) lines.push(...longRunSummaryLines(run.longRun, seconds, language));
  if (result.alarm) {
    const changes = result.alarm.map((c) => `${t('minute', 'minuto')} ${c.periodIndex + 1}: ${c.state}`).join(', ');
    lines.push(t(`Alarm: ${changes}`, `Alarme: ${changes}`));
  }
  return lines;
}

/**
 * Why the handler wrote more items than `processed` counts, when batches were still running at the end: the
 * handler had already written for their records, which count as processed only when their batch returns.
 */
function moreWrittenThanProcessed(result: RunSummaryInput['result'], n: (value: number) => string): Bilingual | undefined {
  const running = result.inFlightAtEnd;
  if (!result.resultsTable || !running || running.records === 0 || result.resultsTable.itemsWritten <= result.totals.processed) return undefined;
  const [records, processed, batches] = [running.records, result.totals.processed, running.invocations].map(n);
  const one = running.invocations === 1;
  return {
    en: `more than the ${processed} processed: the ${records} records of ${one ? 'the batch' : `the ${batches} batches`} still running when the run ended are already written, and count as processed when ${one ? 'it returns' : 'they return'}`,
    'pt-BR': `mais do que os ${processed} processados: os ${records} registros ${one ? 'do lote que ainda rodava' : `dos ${batches} lotes que ainda rodavam`} quando a execução terminou já foram gravados e contam como processados quando ${one ? 'ele retornar' : 'eles retornarem'}`,
  };
}
