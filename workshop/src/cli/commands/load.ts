import { WorkshopError } from '../../errors/workshop-error.js';
import { parseLoadPlan } from '../../load/load-options.js';
import { DEFAULT_MAX_COST } from '../../settings/cost-estimate.js';
import { checkEndpoint, isLocalEndpoint, sdkClientOptions } from '../aws-client-options.js';
import { ITEM_SIZE_RANGE } from '../../settings/item-size-range.js';
import type { RegisterCommand } from './index.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { translator } from '../../i18n/bilingual.js';

const n = (value: number, language: 'en' | 'pt-BR') => value.toLocaleString(language === 'pt-BR' ? 'pt-BR' : 'en-US');

/** Defaults, stated in each option's description (commander's own "(default: …)" is English-only). */
const DEFAULTS = { rate: '100', duration: '1m', keys: '100', hotKeyShare: '0', itemSize: '400', concurrency: '4', maxCost: DEFAULT_MAX_COST } as const;

interface LoadCommandOptions {
  readonly table?: string;
  readonly rate?: string;
  readonly duration?: string;
  readonly keys?: string;
  readonly hotKeyShare?: string;
  readonly itemSize?: string;
  readonly concurrency?: string;
  readonly maxCost?: string;
  readonly endpoint?: string;
  readonly region?: string;
  readonly profile?: string;
  readonly yes?: boolean;
}

/** `workshop load`: writes source orders to a table at a steady rate, with a cost check first and a summary last. */
export const registerLoad: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('load')
    .description(t(
      'Write orders to the source table at a steady rate (BatchWriteItem), so the stream has work for the consumer.',
      'Grava pedidos na tabela de origem a uma taxa constante (BatchWriteItem), para o stream ter trabalho para o consumidor.',
    ))
    .option('--table <name>', t('source table to write to (deploy prints its name)', 'tabela de origem onde gravar (o deploy mostra o nome)'))
    .option('--rate <items/s>', t('items written per second, 1–10,000 (default: 100)', 'itens gravados por segundo, de 1 a 10.000 (padrão: 100)'))
    .option('--duration <time>', t('how long to write: 30s, 10m, 1h, at most 24h (default: 1m)', 'por quanto tempo gravar: 30s, 10m, 1h, no máximo 24h (padrão: 1m)'))
    .option('--keys <n>', t('distinct partition keys, i.e. customers (default: 100)', 'chaves de partição distintas, isto é, clientes (padrão: 100)'))
    .option('--hot-key-share <share>', t('share of writes that go to one hot customer, 0–1 (default: 0, spread evenly)', 'fração das escritas que vão para um cliente quente, de 0 a 1 (padrão: 0, espalhadas por igual)'))
    .option('--item-size <bytes>', t(`item size in bytes, as DynamoDB counts it (exact), ${n(ITEM_SIZE_RANGE.min, 'en')} to 409,600 = 400 KB (default: 400)`, `tamanho do item em bytes, como o DynamoDB conta (exato), de ${n(ITEM_SIZE_RANGE.min, 'pt-BR')} a 409.600 = 400 KB (padrão: 400)`))
    .option('--concurrency <n>', t('BatchWriteItem calls in flight, 1–64 (default: 4)', 'chamadas BatchWriteItem em paralelo, de 1 a 64 (padrão: 4)'))
    .option('--max-cost <usd>', t(`refuse to start above this estimated cost in US dollars, the consumer's results rows included (default: ${DEFAULT_MAX_COST})`, `recusa começar acima deste custo estimado em dólares, contando as linhas de resultado do consumidor (padrão: ${DEFAULT_MAX_COST})`))
    .option('--yes', t('accept an estimated cost above --max-cost', 'aceita um custo estimado acima de --max-cost'))
    .option('--endpoint <url>', t('any DynamoDB-API server, e.g. http://127.0.0.1:8000 (no AWS account needed)', 'qualquer servidor com a API do DynamoDB, ex.: http://127.0.0.1:8000 (sem conta AWS)'))
    .addOption(awsRegionOption(ctx))
    .addOption(awsProfileOption(ctx))
    .action(async (options: LoadCommandOptions) => {
      if (!options.table) throw new WorkshopError({ code: 'missing_setting', field: '--table' });
      const table = options.table;
      checkEndpoint(options.endpoint);
      const plan = parseLoadPlan({
        rate: options.rate ?? DEFAULTS.rate,
        duration: options.duration ?? DEFAULTS.duration,
        keys: options.keys ?? DEFAULTS.keys,
        hotKeyShare: options.hotKeyShare ?? DEFAULTS.hotKeyShare,
        itemSize: options.itemSize ?? DEFAULTS.itemSize,
        concurrency: options.concurrency ?? DEFAULTS.concurrency,
        maxCost: options.maxCost ?? DEFAULTS.maxCost,
      });
      // The SDK, the item builder and the progress bar load only once the options are valid.
      const [{ DynamoDBClient }, { largestSourceOrderBytes }, { runLoad }, { checkTableExists }, { runWatchedLoad }, { estimateLoadCost }, { formatPlan }] = await Promise.all([
        import('@aws-sdk/client-dynamodb'), import('../../load/item-size.js'), import('../../load/load-generator.js'),
        import('../../load/table-check.js'), import('../watched-load.js'), import('../../settings/cost-estimate.js'), import('../../load/load-report.js'),
      ]);
      const itemBytes = largestSourceOrderBytes(plan.itemSizeBytes, plan.keys);
      const cost = estimateLoadCost({ items: plan.items, itemSizeBytes: itemBytes });
      const local = isLocalEndpoint(options.endpoint);
      ctx.out(formatPlan(plan, cost, { table, local, itemBytes }, ctx.language));
      if (!local && cost.usd > plan.maxCostUsd && options.yes !== true) {
        throw new WorkshopError({ code: 'cost_over_limit', estimatedUsd: cost.usd, maxUsd: plan.maxCostUsd });
      }

      const client = new DynamoDBClient(sdkClientOptions(options, ctx.env));
      try {
        await checkTableExists(client, table, options.endpoint);
        await runWatchedLoad(ctx, {
          items: plan.items,
          start: (control) => runLoad({
            table, items: plan.items, ratePerSecond: plan.ratePerSecond, keys: plan.keys, hotKeyShare: plan.hotKeyShare,
            itemSizeBytes: plan.itemSizeBytes, concurrency: plan.concurrency, ...control,
          }, { client }),
        });
      } finally {
        client.destroy();
      }
    });
};
