// Lab 01 — the consumer as it first shipped: the orders table's stream wired to a Lambda function,
// with the settings the article started from.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  // Read from the oldest record the stream still keeps (24 h), so orders written before the consumer
  // existed are processed too. LATEST would silently skip them.
  startingPosition: 'TRIM_HORIZON',
  // The article's starting point, and AWS's default: up to 100 records per invocation.
  batchSize: 100,
  // One batch in flight per shard, the default. (The article remembers it as "0"; the valid range is 1–10.)
  parallelizationFactor: 1,
};
