// Lab 08 — throttling: reserved concurrency must cover every lane the mapping can run at once.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

/** The stream's shards in this lab (on AWS, count them: `aws dynamodbstreams describe-stream`). */
export const SHARDS = 4;

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  batchSize: 1_000,
  parallelizationFactor: 10,
  // Up to ParallelizationFactor batches per shard in flight: 4 shards × 10 = 40 concurrent executions.
  // Below that, the extra invocations are throttled: no error, but their shards wait for the retry.
  reservedConcurrency: SHARDS * 10,
};
