import type { ExecutionReport, Fallback } from '../../engine/handler/calibrated-runner.js';
import type { Language } from '../../i18n/language.js';
import { formatMilliseconds } from '../../settings/duration.js';
import type { Bilingual } from '../../i18n/bilingual.js';

const DIFFERS: Readonly<Record<Fallback['differs'], Bilingual>> = {
  outcome: { en: 'outcome', 'pt-BR': 'resultado' },
  duration: { en: 'duration', 'pt-BR': 'duração' },
  batchItemFailures: { en: 'batchItemFailures', 'pt-BR': 'batchItemFailures' },
  items: { en: 'items written/handed back', 'pt-BR': 'itens gravados/devolvidos' },
};

/**
 * The report's lines on how the lab's handler ran: exact (every invocation through it) or calibrated
 * fast-forward (what the replays mean and how to get an exact run), and why fast-forward stopped, if it did.
 */
export function describeExecution(execution: ExecutionReport, language: Language): string[] {
  const pt = language === 'pt-BR';
  const n = (value: number) => value.toLocaleString(pt ? 'pt-BR' : 'en-US');
  const { total, real } = execution.invocations;
  const label = pt ? 'Execução do handler     ' : 'Handler runs            ';
  const lines = execution.mode === 'exact'
    ? [`${label} ${pt ? `exata: as ${n(total)} invocações rodaram o seu handler` : `exact: all ${n(total)} invocations ran your handler`}`]
    : [
      `${label} ${pt ? `avanço rápido calibrado: ${n(real)} de ${n(total)} invocações rodaram o seu handler` : `calibrated fast-forward: ${n(real)} of ${n(total)} invocations ran your handler`}`,
      pt
        ? '                         as outras repetiram o que ele fez num lote do mesmo tamanho (duração, resultado, falhas, itens gravados);\n                         stream, lanes, checkpoints, retenção e métricas continuam exatos. --exact roda todas pelo handler.'
        : '                         the others replayed what it did for a batch of the same size (duration, outcome, failures, items written);\n                         stream, lanes, checkpoints, retention and metrics stay exact. --exact runs every one through it.',
    ];
  const f = execution.fallback;
  if (f) {
    const at = formatMilliseconds(f.atMs, language);
    const what = `${DIFFERS[f.differs][language]}: ${f.reference} × ${f.other}`;
    lines.push(pt
      ? `⚠ Aos ${at} de stream, dois lotes de ${n(f.recordCount)} registros se comportaram de forma diferente (${what}): o tamanho do lote não basta para prever o seu handler, então dali em diante toda invocação rodou o handler.`
      : `⚠ At ${at} of stream time, two ${n(f.recordCount)}-record batches behaved differently (${what}): batch size does not predict your handler, so from then on every invocation ran it.`);
  }
  return lines;
}
