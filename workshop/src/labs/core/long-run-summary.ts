// The lines `run 03 --hours N` prints about its long run: the load it wrote, the 24 h cliff (when IteratorAge
// reached the stream's retention, the records lost from then on) and the learner's estimate of that moment.
// Browser-safe, beside run-summary.ts, which calls it.
import { translator } from '../../i18n/bilingual.js';
import type { Language } from '../../i18n/language.js';
import { formatMilliseconds, roundForDisplay } from '../../settings/duration.js';
import { estimatedCliffSeconds, hoursAndMinutes, type LongRunFacts } from './long-run.js';
import { MAX_RUN_HOURS } from './run-hours.js';

export { MAX_RUN_HOURS } from './run-hours.js';

/** What `run` reports of a long run (computed next to the lab's files, in the job). */
export interface LongRunReport {
  /** The long run's writes per second. */
  readonly ratePerSecond: number;
  readonly facts: LongRunFacts;
  /** estimate.ts's μ (`consumerRecordsPerSecond()`), when it exports one that answered a number. */
  readonly estimatedRecordsPerSecond?: number;
  /** How the handler ran: every invocation, or calibrated fast-forward (`real` of `total` ran it). */
  readonly execution?: { readonly mode: 'exact' | 'fast-forward'; readonly total: number; readonly real: number };
}

export function longRunSummaryLines(report: LongRunReport, horizonSeconds: number, language: Language): string[] {
  const t = translator(language);
  const n = (value: number): string => value.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US');
  const { facts, ratePerSecond: lambda } = report;
  const hours = roundForDisplay(horizonSeconds / 3600, language);
  const lines = [t(`Long run: your consumer and handler under the lab's load at ${n(lambda)} writes/s for ${hours} h (in the engine; the stream keeps records 24 h, AWS DynamoDB Streams docs).`,
    `Execução longa: o seu consumidor e o seu handler com a carga do lab a ${n(lambda)} escritas/s por ${hours} h (no motor; o stream guarda registros por 24 h, documentação do DynamoDB Streams).`)];
  const run = report.execution;
  if (run?.mode === 'fast-forward') {
    lines.push(t(`Calibrated fast-forward: ${n(run.real)} of ${n(run.total)} invocations ran your handler, the others replayed what it did for a batch of the same size; the stream, retention and metrics stay exact.`,
      `Avanço rápido calibrado: ${n(run.real)} de ${n(run.total)} invocações rodaram o seu handler, as outras repetiram o que ele fez num lote do mesmo tamanho; stream, retenção e métricas continuam exatos.`));
  }
  if (facts.cliffMinute === null) {
    lines.push(t(`IteratorAge peaked at ${formatMilliseconds(facts.peakIteratorAgeMs, 'en')}, under the 24 h retention: nothing lost yet.`,
      `O IteratorAge chegou a ${formatMilliseconds(facts.peakIteratorAgeMs, 'pt-BR')}, abaixo da retenção de 24 h: nada perdido ainda.`));
  } else {
    const at = hoursAndMinutes(facts.cliffMinute);
    lines.push(t(`The 24 h cliff: ${at} into the run IteratorAge reached the stream's retention and stayed there; from then on the stream trimmed what the consumer had not read: ${n(facts.lost)} records lost, with no error.`,
      `O penhasco das 24 h: com ${at} de execução o IteratorAge chegou à retenção do stream e ficou nela; dali em diante o stream descartou o que o consumidor não tinha lido: ${n(facts.lost)} registros perdidos, sem nenhum erro.`));
  }
  const mu = report.estimatedRecordsPerSecond;
  if (mu === undefined) return lines;
  const cliff = estimatedCliffSeconds(mu, lambda);
  const perSecond = mu.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US', { maximumFractionDigits: 1 });
  if (cliff === null) {
    lines.push(t(`Your estimate.ts: μ = ${perSecond} records/s, not below ${n(lambda)} writes/s, so it predicts no lag at all, yet the engine's curve climbs: \`check 03\` says what to fix.`,
      `O seu estimate.ts: μ = ${perSecond} registros/s, não abaixo de ${n(lambda)} escritas/s, então prevê atraso nenhum, mas a curva do motor sobe: o \`check 03\` diz o que corrigir.`));
    return lines;
  }
  const growth = 1 - mu / lambda;
  const g = (1000 * growth >= 100 ? growth.toFixed(3) : growth.toPrecision(3));
  const gText = language === 'pt-BR' ? g.replace('.', ',') : g;
  const at = hoursAndMinutes(cliff / 60);
  const need = Math.ceil(cliff / 3600);
  const later = cliff <= horizonSeconds ? { en: '', 'pt-BR': '' }
    : need <= MAX_RUN_HOURS ? { en: `, after this run ends: try --hours ${need} or more`, 'pt-BR': `, depois do fim desta execução: tente --hours ${need} ou mais` }
    : { en: `, beyond the ${MAX_RUN_HOURS} h that --hours allows`, 'pt-BR': `, além das ${MAX_RUN_HOURS} h que --hours permite` };
  lines.push(t(`Your estimate.ts: μ = ${perSecond} records/s, so the lag grows ${gText} s per second and reaches 24 h after 24 h ÷ ${gText} = ${at}${later.en}.`,
    `O seu estimate.ts: μ = ${perSecond} registros/s, então o atraso cresce ${gText} s por segundo e chega a 24 h depois de 24 h ÷ ${gText} = ${at}${later['pt-BR']}.`));
  return lines;
}
