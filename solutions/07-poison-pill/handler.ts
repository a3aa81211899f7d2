// Lab 07 — each record processed on its own, and only the one that fails reported, with Powertools batch.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { DynamoDBRecord } from 'aws-lambda';
import type { CreateHandler } from '../../workshop/src/lambda.js';
import { toCheckedResult } from '../../workshop/src/lambda.js';

export const createHandler: CreateHandler = (io) => {
  // One processor per execution environment. For DynamoDB Streams it reports a failed record by its
  // sequence number, the identifier Lambda expects in batchItemFailures.
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  // Called once per record; a throw marks only that record as failed.
  const recordHandler = async (record: DynamoDBRecord): Promise<void> => {
    await io.putResult(toCheckedResult(record));
  };
  // processInParallel: false keeps stream order, so a customer's changes are written oldest first.
  return (event) => processPartialResponse(event, recordHandler, processor, { processInParallel: false });
};
