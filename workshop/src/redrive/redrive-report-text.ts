// A redrive report in the learner's language: one line (and a hint) per message, then the totals.
// Shared by `run 09` and `workshop redrive`. Browser-safe.
import { formatIssue } from '../errors/format-issue.js';
import { translator } from '../i18n/bilingual.js';
import type { Language } from '../i18n/language.js';
import { numberText } from '../i18n/value-text.js';
import type { RedriveReport } from './redrive-queue.js';

/** The report as lines of text (no trailing newline). */
export function redriveReportLines(report: RedriveReport, language: Language): string[] {
  const t = translator(language);
  const num = (n: number) => numberText(n, language);
  if (report.empty) {
    const { message, hint } = formatIssue(report.empty, language);
    return [message, `  ${hint}`];
  }
  const lines: string[] = [];
  for (const outcome of report.messages) {
    if (outcome.status === 'redriven') {
      const info = outcome.failure.DDBStreamBatchInfo;
      const range = info.startSequenceNumber === info.endSequenceNumber ? info.startSequenceNumber : `${info.startSequenceNumber}–${info.endSequenceNumber}`;
      lines.push(t(
        `✔ ${outcome.messageId}: redriven, ${num(outcome.records)} record(s) handed to the handler for a range of ${num(info.batchSize)} (${info.shardId}, ${range}); message deleted.`,
        `✔ ${outcome.messageId}: reprocessada, ${num(outcome.records)} registro(s) entregues ao handler para um intervalo de ${num(info.batchSize)} (${info.shardId}, ${range}); mensagem apagada.`,
      ));
    } else {
      const { message, hint } = formatIssue(outcome.issue, language);
      lines.push(`✖ ${message}`, `  ${hint}`);
    }
  }
  lines.push(t(
    `${num(report.redriven)} message(s) redriven (${num(report.records)} record(s)), ${num(report.kept)} kept in the queue.`,
    `${num(report.redriven)} mensagem(ns) reprocessada(s) (${num(report.records)} registro(s)), ${num(report.kept)} mantida(s) na fila.`,
  ));
  return lines;
}
