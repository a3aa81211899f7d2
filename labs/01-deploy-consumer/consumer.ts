// Lab 01 — the consumer as it first shipped: the orders table's stream wired to a Lambda function,
// with the settings the article started from. Check your work with `npx workshop check 01`.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  // TODO: start from the oldest record the stream still keeps, so orders written before the consumer
  // existed are processed too. Which StartingPosition does that (TRIM_HORIZON or LATEST)?
  startingPosition: 'LATEST',
  // TODO: write down the article's starting batch size explicitly (records per invocation).
  // TODO: and its ParallelizationFactor: one batch in flight per shard.
};
