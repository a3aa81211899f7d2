// Test fixture: one PutItem per record, in sequence (50 × 8 ms + 5 ms = 405 ms per full batch).
import type { CreateHandler } from '../../../../../../index.js';

export const createHandler: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) {
    await io.putResult({ pk: record.dynamodb!.Keys!.pk!.S!, sk: record.dynamodb!.Keys!.sk!.S! });
  }
};
