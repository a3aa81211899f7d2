// Test fixture: writes one result per stream record, one PutItem each (a deliberately simple consumer).
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { CreateHandler } from '../../../index.js';

export const createHandler: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage ?? record.dynamodb?.Keys ?? {};
    const item = unmarshall(image as Record<string, AttributeValue>);
    await io.putResult({ pk: String(item['pk']), sk: String(item['sk']), eventName: record.eventName ?? 'UNKNOWN' });
  }
};
