// Lab 04 — bigger batches. On its own this changes little: the handler must also use the bigger batch.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  // Up to 1,000 records per invocation, as in the article's fix. (Today's maximum for DynamoDB Streams
  // is 10,000; it was 1,000 when the article was written.) With a backlog, each invocation now carries
  // 40 BatchWriteItem chunks, enough to keep 10 concurrent writers busy.
  batchSize: 1_000,
  parallelizationFactor: 1,
};
