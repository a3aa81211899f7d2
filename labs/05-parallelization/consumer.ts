// Lab 05 — more lanes per shard: ParallelizationFactor, the article's second change.
// Check your work with `npx workshop check 05`; `npx workshop run 05` draws the result.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  batchSize: 1_000,
  // TODO: pt-BR: deixe até 10 lotes do mesmo shard rodarem ao mesmo tempo (o máximo). As mudanças de cada
  //   cliente continuam chegando em ordem: os registros são divididos em faixas pela chave de partição.
  //   en: let up to 10 batches of the same shard run at once (the maximum). Each customer's changes
  //   still arrive in order: records are split into lanes by partition key.
  parallelizationFactor: 1,
};
