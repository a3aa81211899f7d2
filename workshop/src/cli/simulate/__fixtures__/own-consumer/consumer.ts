// Test fixture: a folder of one's own (not a lab) for `simulate --lab <folder>`: retries once, then the
// on-failure destination gets the batch's metadata.
import type { ConsumerSettingsInput } from '../../../../index.js';

export const consumer: ConsumerSettingsInput = { startingPosition: 'TRIM_HORIZON', batchSize: 10, retryAttempts: 1, onFailure: 'sqs' };
