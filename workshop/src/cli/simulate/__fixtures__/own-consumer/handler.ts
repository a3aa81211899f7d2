// Test fixture: a handler that cannot cope with deletions (REMOVE records): the batch holding one fails.
import type { CreateHandler } from '../../../../index.js';

export const createHandler: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) {
    if (record.eventName === 'REMOVE') throw new Error('deletions are not supported');
    await io.putResult({ pk: record.dynamodb!.Keys!.pk!.S!, sk: record.dynamodb!.Keys!.sk!.S! });
  }
};
