// An order the business cannot use, refused by name. Lab 07's handlers (and lab 09's redrive) call it.
import type { DynamoDBRecord } from 'aws-lambda';
import type { ResultItem } from './consumer-io.js';
import { toResult } from './order-result.js';

/**
 * `toResult`, refusing a record whose amount (`totalCents`) is not a number — what a poison record carries
 * (`LoadSpec.poisonRecords`: the text `POISON_TOTAL` in an `S` where an `N` belongs).
 * @throws Error naming the order, its customer and the value found.
 */
export function toCheckedResult(record: DynamoDBRecord): ResultItem {
  const result = toResult(record);
  if (!Number.isFinite(result['totalCents'])) {
    const raw = record.dynamodb?.NewImage?.['totalCents'] ?? record.dynamodb?.OldImage?.['totalCents'];
    throw new Error(`Order ${result.sk} of ${result.pk}: totalCents ${JSON.stringify(raw)} is not a number.`);
  }
  return result;
}
