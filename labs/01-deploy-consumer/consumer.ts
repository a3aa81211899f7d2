// Lab 01 — the consumer as it first shipped: the orders table's stream wired to a Lambda function,
// with the settings the article started from. Check your work with `npx workshop check 01`.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  // TODO: pt-BR: comece pelo registro mais antigo que o stream ainda guarda, para que os pedidos gravados
  //   antes de o consumidor existir também sejam processados. Qual StartingPosition faz isso
  //   (TRIM_HORIZON ou LATEST)?
  //   en: start from the oldest record the stream still keeps, so orders written before the consumer
  //   existed are processed too. Which StartingPosition does that (TRIM_HORIZON or LATEST)?
  startingPosition: 'LATEST',
  // TODO: pt-BR: escreva explicitamente o tamanho de lote inicial do artigo (registros por invocação).
  //   en: write down the article's starting batch size explicitly (records per invocation).
  // TODO: pt-BR: e o ParallelizationFactor dele: um lote em andamento por shard.
  //   en: and its ParallelizationFactor: one batch in flight per shard.
};
