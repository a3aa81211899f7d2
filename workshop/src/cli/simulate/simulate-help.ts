import { FAST_FORWARD_MIN_RECORDS } from '../../engine/handler/execution-mode.js';
import type { Language } from '../../i18n/language.js';
import type { Bilingual } from '../../i18n/bilingual.js';

type Pair = Bilingual;

/** Descriptions of `simulate` and its options, in both languages. Defaults are the ones in `SIMULATE_DEFAULTS`. */
export const SIMULATE_TEXT = {
  command: {
    en: 'Replay stream traffic on the local engine, in virtual time (hours in seconds, no AWS account), and show IteratorAge.',
    'pt-BR': 'Reproduz o tráfego do stream no motor local, em tempo virtual (horas em segundos, sem conta AWS), e mostra o IteratorAge.',
  },
  rate: { en: 'items written per second, at the peak of the profile (default: 100, or the lab\'s load.ts)', 'pt-BR': 'itens escritos por segundo, no pico do perfil (padrão: 100, ou o load.ts do lab)' },
  profile: { en: 'shape of the write rate: constant, steps, ramp or daily (see below; default: constant)', 'pt-BR': 'formato da taxa de escrita: constant, steps, ramp ou daily (veja abaixo; padrão: constant)' },
  duration: { en: 'how long the producer writes: 30s, 10m, 1h, 2d… (default: 10m)', 'pt-BR': 'por quanto tempo o produtor escreve: 30s, 10m, 1h, 2d… (padrão: 10m)' },
  horizon: {
    en: 'how long the whole run lasts, at least --duration: the producer stops at --duration, the consumer goes on (a backlog drains, retries finish) (default: --duration)',
    'pt-BR': 'quanto dura a execução inteira, no mínimo --duration: o produtor para em --duration e o consumidor continua (a fila acumulada escoa, as novas tentativas terminam) (padrão: --duration)',
  },
  shards: { en: 'shards of the stream (default: 1)', 'pt-BR': 'shards do stream (padrão: 1)' },
  keys: { en: 'distinct partition keys (default: 1000)', 'pt-BR': 'chaves de partição distintas (padrão: 1000)' },
  hotKeyShare: { en: 'share of writes that go to one hot key, 0–1 (default: 0)', 'pt-BR': 'fração das escritas que vão para uma chave quente, 0–1 (padrão: 0)' },
  batchSize: { en: 'BatchSize of the event source mapping, 1–10000 (default: 100)', 'pt-BR': 'BatchSize do event source mapping, 1–10000 (padrão: 100)' },
  parallelization: { en: 'ParallelizationFactor, 1–10 (default: 1)', 'pt-BR': 'ParallelizationFactor, 1–10 (padrão: 1)' },
  window: { en: 'MaximumBatchingWindow, 0s–300s (default: 0s)', 'pt-BR': 'MaximumBatchingWindow, 0s–300s (padrão: 0s)' },
  perRecordMs: { en: 'cost model: milliseconds per record (default: 10); replaces the lab\'s handler', 'pt-BR': 'modelo de custo: milissegundos por registro (padrão: 10); substitui o handler do lab' },
  fixedMs: { en: 'cost model: fixed milliseconds per invocation (default: 5); replaces the lab\'s handler', 'pt-BR': 'modelo de custo: milissegundos fixos por invocação (padrão: 5); substitui o handler do lab' },
  unprocessedShare: {
    en: 'with --lab: share of each BatchWriteItem the results table hands back unprocessed, as when it throttles, 0–0.9 (default: 0); your handler must retry them',
    'pt-BR': 'com --lab: fração de cada BatchWriteItem que a tabela de resultados devolve sem processar, como quando há throttling, de 0 a 0,9 (padrão: 0); o seu handler precisa tentar de novo',
  },
  lab: {
    en: 'run a lab\'s own code and settings, or any folder of yours with the same files: consumer.ts, handler.ts and, if present, load.ts and alarm.ts (e.g. 04, solutions/04-batch-size, ./my-consumer); flags given here override them',
    'pt-BR': 'roda o código e as configurações de um lab, ou de qualquer pasta sua com os mesmos arquivos: consumer.ts, handler.ts e, se existirem, load.ts e alarm.ts (ex.: 04, solutions/04-batch-size, ./meu-consumidor); as opções passadas aqui têm precedência',
  },
  seed: { en: 'seed of the random source: same seed, same result (default: 1)', 'pt-BR': 'semente do gerador aleatório: mesma semente, mesmo resultado (padrão: 1)' },
  json: {
    en: 'print one JSON object (minutes, totals, alarm, onFailureRecords: the first 100 on-failure records in AWS\'s layout; with a lab\'s handler also mode and invocations) instead of the report',
    'pt-BR': 'imprime um único objeto JSON (minutes, totals, alarm, onFailureRecords: os 100 primeiros registros de on-failure no formato da AWS; com o handler de um lab, também mode e invocations) em vez do relatório',
  },
  exact: {
    en: `with --lab: run every invocation through your handler; by default a run writing more than ${FAST_FORWARD_MIN_RECORDS.toLocaleString('en-US')} records uses calibrated fast-forward (replays measured invocations)`,
    'pt-BR': `com --lab: roda toda invocação pelo seu handler; por padrão, uma simulação que escreve mais de ${FAST_FORWARD_MIN_RECORDS.toLocaleString('pt-BR')} registros usa o avanço rápido calibrado (repete invocações medidas)`,
  },
  after: {
    en: `
Profiles (--rate is the peak):
  constant  the same rate all along
  steps     four equal steps: 25%, 50%, 75%, then 100% of --rate
  ramp      rises in a straight line from 0 to --rate over --duration
  daily     a 24-hour day from midnight: 20% of --rate at night, --rate at 14:00 (use --duration 24h or more)

Examples:
  npx workshop simulate --rate 200 --duration 1h --per-record-ms 20
  npx workshop simulate --lab 04 --duration 2h
  npx workshop simulate --lab 03 --horizon 30m
  npx workshop simulate --lab solutions/05-parallelization --profile daily --duration 30h --json`,
    'pt-BR': `
Perfis (--rate é o pico):
  constant  a mesma taxa do início ao fim
  steps     quatro degraus iguais: 25%, 50%, 75% e então 100% de --rate
  ramp      sobe em linha reta de 0 até --rate ao longo de --duration
  daily     um dia de 24 horas a partir da meia-noite: 20% de --rate à noite, --rate às 14h (use --duration 24h ou mais)

Exemplos:
  npx workshop simulate --rate 200 --duration 1h --per-record-ms 20
  npx workshop simulate --lab 04 --duration 2h
  npx workshop simulate --lab 03 --horizon 30m
  npx workshop simulate --lab solutions/05-parallelization --profile daily --duration 30h --json`,
  },
} as const satisfies Record<string, Pair>;

export function simulateText(language: Language, key: keyof typeof SIMULATE_TEXT): string {
  return SIMULATE_TEXT[key][language];
}
