// Lab 09 — the fixed handler (shown as context: your task is redrive.ts). Lab 07's handler refused order 600
// because its amount arrived as the text "12,50" instead of a number of cents; the team has since agreed
// what that text means, so this one reads a decimal-comma amount and bills it. Every other record is
// processed as in lab 07, with Powertools batch reporting only a record that still fails.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { DynamoDBRecord } from 'aws-lambda';
import type { CreateHandler } from '../../workshop/src/lambda.js';
import { toResult } from '../../workshop/src/lambda.js';

/** "12,50" or "12.50" → 1250 cents; undefined for anything that is not an amount with at most two decimals. */
function centsOf(text: string | undefined): number | undefined {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text?.trim() ?? '');
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : undefined;
}

export const createHandler: CreateHandler = (io) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const recordHandler = async (record: DynamoDBRecord): Promise<void> => {
    const result = toResult(record);
    if (Number.isFinite(result['totalCents'])) return io.putResult(result);
    const image = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
    const cents = centsOf(image?.['totalCents']?.S);
    // Still not an amount: fail this record only (reported in batchItemFailures), as lab 07 does.
    if (cents === undefined) throw new Error(`Order ${result.sk} of ${result.pk}: totalCents ${JSON.stringify(image?.['totalCents'])} is not an amount.`);
    await io.putResult({ ...result, totalCents: cents });
  };
  return (event) => processPartialResponse(event, recordHandler, processor, { processInParallel: false });
};
