// The lines `run 09` prints after lab 07's chart: how many messages the queue held, when the redrive started,
// what it did with each message, and the queue afterwards. Browser-safe.
import { translator } from '../../i18n/bilingual.js';
import type { Language } from '../../i18n/language.js';
import { redriveReportLines } from '../../redrive/redrive-report-text.js';
import { formatMilliseconds } from '../../settings/duration.js';
import type { RedriveRunValue } from './redrive-lab-run.js';

export function redriveRunLines(redrive: RedriveRunValue, language: Language): string[] {
  const t = translator(language);
  const n = (value: number) => value.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US');
  const after = formatMilliseconds(redrive.afterSeconds * 1000, language);
  const at = formatMilliseconds(redrive.atSeconds * 1000, language);
  const lines = [
    t(`The on-failure queue holds ${n(redrive.queued)} message(s) (metadata only: shard and sequence range).`,
      `A fila de falhas tem ${n(redrive.queued)} mensagem(ns) (só metadados: shard e intervalo de sequência).`),
    t(`Redrive ${redrive.afterSeconds === 0 ? 'right when the run ended' : `${after} after the run ended`} (virtual time ${at}), with your redrive.ts and the fixed handler.ts:`,
      `Redrive ${redrive.afterSeconds === 0 ? 'logo que a execução terminou' : `${after} depois do fim da execução`} (tempo virtual ${at}), com o seu redrive.ts e o handler.ts corrigido:`),
    ...redriveReportLines(redrive.report, language).map((line) => `  ${line}`),
    t(`GetShardIterator ${n(redrive.calls.getShardIterator)} call(s), GetRecords ${n(redrive.calls.getRecords)}.`,
      `GetShardIterator ${n(redrive.calls.getShardIterator)} chamada(s), GetRecords ${n(redrive.calls.getRecords)}.`),
  ];
  lines.push(redrive.queueAfter.length === 0
    ? t('The queue afterwards: empty.', 'A fila depois: vazia.')
    : t(`The queue afterwards: ${redrive.queueAfter.map((m) => m.id).join(', ')} (kept, to redrive again).`,
      `A fila depois: ${redrive.queueAfter.map((m) => m.id).join(', ')} (mantida(s), para reprocessar de novo).`));
  return lines;
}
