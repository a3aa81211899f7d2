// Lab 08 — throttling: reserved concurrency must cover every lane the mapping can run at once.
// Check with `npx workshop check 08`.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

/** The stream's shards in this lab (on AWS, count them: `aws dynamodbstreams describe-stream`). */
export const SHARDS = 4;

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  batchSize: 1_000,
  parallelizationFactor: 10,
  // TODO: pt-BR: alguém reservou 10 execuções "para proteger a conta". Quantas execuções simultâneas o
  //   mapeamento pode precisar com SHARDS shards e este parallelizationFactor? Reserve pelo menos isso.
  //   en: someone reserved 10 executions "to protect the account". How many concurrent executions can the
  //   mapping need with SHARDS shards and this parallelizationFactor? Reserve at least that.
  reservedConcurrency: 10,
};
