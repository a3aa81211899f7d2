// Lab 04 — bigger batches. On its own this changes little: the handler must also use the bigger batch.
// Check your work with `npx workshop check 04`; `npx workshop run 04` draws the result.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  // TODO: pt-BR: deixe cada invocação levar até 1.000 registros, como na correção do artigo.
  //   en: let each invocation carry up to 1,000 records, as in the article's fix.
  batchSize: 100,
  parallelizationFactor: 1,
};
