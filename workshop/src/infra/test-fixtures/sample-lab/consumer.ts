// Test fixture for the infra tests: a lab folder with the same file contract as labs/NN-*/ (consumer.ts,
// handler.ts, alarm.ts). Every setting differs from its default so each mapping is visible.
import { minutes, seconds } from '../../../index.js';
import type { ConsumerSettingsInput } from '../../../index.js';

export const consumer: ConsumerSettingsInput = {
  startingPosition: 'TRIM_HORIZON',
  batchSize: 250,
  parallelizationFactor: 4,
  maxBatchingWindow: seconds(2),
  retryAttempts: 3,
  maxRecordAge: minutes(10),
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  onFailure: 'sqs',
  reservedConcurrency: 20,
  memorySize: 512,
  timeout: seconds(45),
};
