import type { Language } from '../i18n/language.js';
import { counted, usdText } from '../i18n/value-text.js';
import { AWS_PRICES } from '../settings/aws-prices.js';
import { formatMilliseconds } from '../settings/duration.js';
import type { LoadCostEstimate } from '../settings/cost-estimate.js';
import type { LoadStats } from './load-generator.js';
import type { LoadPlan } from './load-options.js';

/** Everything the load command prints, in both languages. Pure functions: tests compare exact text. */
const locale = (language: Language) => (language === 'pt-BR' ? 'pt-BR' : 'en-US');
const int = (n: number, language: Language) => Math.round(n).toLocaleString(locale(language));
const dec = (n: number, language: Language) => n.toLocaleString(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const usd = (n: number, language: Language, digits = 4) =>
  language === 'pt-BR' ? `US$ ${n.toFixed(digits).replace('.', ',')}` : `$${n.toFixed(digits)}`;
const wruPrice = (language: Language) => usd(AWS_PRICES.dynamoWriteRequestUnit.usd, language, 3);

/** Nouns counted in the plan, singular and plural. */
const NOUNS = {
  writes: { en: ['write', 'writes'], 'pt-BR': ['gravação', 'gravações'] },
  keys: { en: ['key', 'keys'], 'pt-BR': ['chave', 'chaves'] },
  calls: { en: ['call', 'calls'], 'pt-BR': ['chamada', 'chamadas'] },
} as const;

/** What the run will do and cost, printed before the first write. */
export function formatPlan(
  plan: LoadPlan,
  cost: LoadCostEstimate,
  target: { readonly table: string; readonly local: boolean; /** Largest billed item size measured. */ readonly itemBytes: number },
  language: Language,
): string {
  const duration = formatMilliseconds(plan.durationSeconds * 1000, language);
  const wru = int(cost.writeRequestUnits, language);
  const resultsWru = int(cost.resultWriteRequestUnits, language);
  const hot = plan.hotKeyShare > 0 ? `${int(plan.hotKeyShare * 100, language)}%` : undefined;
  if (language === 'pt-BR') {
    return [
      `Plano: ${counted(plan.items, language, NOUNS.writes)} na tabela ${target.table} (${int(plan.ratePerSecond, language)} itens/s por ${duration}, até ${int(target.itemBytes, language)} bytes e ${cost.wruPerItem} WRU por item, ${counted(plan.keys, language, NOUNS.keys)}${hot ? `, ${hot} para uma chave quente` : ''}, ${counted(plan.concurrency, language, NOUNS.calls)} em paralelo).`,
      target.local
        ? 'Custo: nenhum — servidor local, fora da AWS.'
        : `Custo estimado: ${usdText(cost.usd, language)} (${wru} WRU na tabela de origem + até ${resultsWru} WRU que o consumidor do lab grava na tabela de resultados, sob demanda a ${wruPrice(language)} por milhão, preço de ${cost.priceSince ?? '?'}, us-east-1).`,
      ...(target.local ? [] : [`Backup contínuo (PITR) das duas tabelas: ≈ ${usdText(cost.pitrUsdPerDay, language)} por dia em que a pilha guardar esses dados.`]),
    ].join('\n');
  }
  return [
    `Plan: ${counted(plan.items, language, NOUNS.writes)} to table ${target.table} (${int(plan.ratePerSecond, language)} items/s for ${duration}, up to ${int(target.itemBytes, language)} bytes and ${cost.wruPerItem} WRU per item, ${counted(plan.keys, language, NOUNS.keys)}${hot ? `, ${hot} to one hot key` : ''}, ${counted(plan.concurrency, language, NOUNS.calls)} in flight).`,
    target.local
      ? 'Cost: none — local server, not AWS.'
      : `Estimated cost: ${usdText(cost.usd, language)} (${wru} WRU on the source table + up to ${resultsWru} WRU the lab's consumer writes to its results table, on-demand at ${wruPrice(language)} per million, price since ${cost.priceSince ?? '?'}, us-east-1).`,
    ...(target.local ? [] : [`Point-in-time recovery on both tables: ≈ ${usdText(cost.pitrUsdPerDay, language)} per day the stack keeps this data.`]),
  ].join('\n');
}

/** Seconds left at the current rate, or undefined before anything was written. */
export function etaMs(stats: LoadStats): number | undefined {
  const left = stats.requested - stats.written - stats.failed;
  return stats.achievedRate > 0 ? (left / stats.achievedRate) * 1000 : undefined;
}

/** One plain progress line, for logs and pipes (no terminal). */
export function formatProgress(stats: LoadStats, language: Language): string {
  const eta = etaMs(stats);
  const elapsed = formatMilliseconds(stats.elapsedMs, language);
  if (language === 'pt-BR') {
    return `[${elapsed}] gravados ${int(stats.written, language)}/${int(stats.requested, language)} · ${dec(stats.achievedRate, language)} itens/s · reenviados ${int(stats.retried, language)} · falhas ${int(stats.failed, language)}${eta === undefined ? '' : ` · faltam ${formatMilliseconds(eta, language)}`}`;
  }
  return `[${elapsed}] written ${int(stats.written, language)}/${int(stats.requested, language)} · ${dec(stats.achievedRate, language)} items/s · retried ${int(stats.retried, language)} · failed ${int(stats.failed, language)}${eta === undefined ? '' : ` · ETA ${formatMilliseconds(eta, language)}`}`;
}

/** The final summary (also after Ctrl-C). */
export function formatSummary(stats: LoadStats, language: Language, interrupted: boolean): string {
  const rows: [string, string][] =
    language === 'pt-BR'
      ? [
          ['pedidos', int(stats.requested, language)],
          ['gravados', int(stats.written, language)],
          ['reenviados', int(stats.retried, language)],
          ['falharam', int(stats.failed, language)],
          ...(stats.notSent > 0 ? ([['não enviados', int(stats.notSent, language)]] as [string, string][]) : []),
          ['taxa obtida', `${dec(stats.achievedRate, language)} itens/s em ${formatMilliseconds(stats.elapsedMs, language)}`],
        ]
      : [
          ['requested', int(stats.requested, language)],
          ['written', int(stats.written, language)],
          ['retried', int(stats.retried, language)],
          ['failed', int(stats.failed, language)],
          ...(stats.notSent > 0 ? ([['not sent', int(stats.notSent, language)]] as [string, string][]) : []),
          ['achieved rate', `${dec(stats.achievedRate, language)} items/s over ${formatMilliseconds(stats.elapsedMs, language)}`],
        ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const title = interrupted
    ? language === 'pt-BR' ? 'Interrompido (Ctrl-C): as chamadas em andamento terminaram.' : 'Interrupted (Ctrl-C): calls in flight were allowed to finish.'
    : language === 'pt-BR' ? 'Resumo da carga:' : 'Load summary:';
  return [title, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)].join('\n');
}
