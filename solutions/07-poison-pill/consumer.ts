// Lab 07 — lab 05's consumer, with the damage of a record that always fails bounded.
import type { ConsumerSettingsInput } from '../../workshop/src/index.js';
import { hours } from '../../workshop/src/index.js';

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  batchSize: 1_000,
  parallelizationFactor: 10,
  // Give up on a failing record after 3 invocations (2 retries + the first), not after 24 h.
  retryAttempts: 2,
  // And never spend more than an hour on any record, whatever the retries say (60 s – 7 days).
  maxRecordAge: hours(1),
  // A batch that fails as a whole is split in two and each half retried, so one record cannot hold
  // back the others of its batch.
  bisectBatchOnError: true,
  // The handler returns the sequence numbers of the records that failed; Lambda checkpoints the records
  // before the first of them and retries from there.
  reportBatchItemFailures: true,
  // Records given up are reported (metadata: shard and sequence range) to an SQS queue, for lab 09's redrive.
  onFailure: 'sqs',
};
