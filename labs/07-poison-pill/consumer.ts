// Lab 07 — lab 05's consumer, with AWS's defaults for failure. Check your work with `npx workshop check 07`;
// `npx workshop run 07` draws the run, `npx workshop run 07 --hours 26` shows a whole day of it.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  batchSize: 1_000,
  parallelizationFactor: 10,
  // Nothing below is set, so each has AWS's default:
  //   retryAttempts        -1: retry a failing batch until its records leave the stream (24 h)
  //   maxRecordAge         -1: no age limit
  //   bisectBatchOnError   false: retry the whole batch, never a half of it
  //   reportBatchItemFailures false: one bad record fails every record of its batch
  //   onFailure            'none': nobody hears of the records that are given up
  // TODO: pt-BR: limite o estrago de um registro que sempre falha: as cinco configurações acima (veja a
  //   página do lab e `npx workshop hint 07`).
  //   en: bound the damage of a record that always fails: the five settings above (see the lab's page
  //   and `npx workshop hint 07`).
};
