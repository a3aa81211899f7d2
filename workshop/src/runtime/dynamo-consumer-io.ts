import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ConsumerIO, ResultItem } from './consumer-io.js';
import { AWS_FACTS } from '../settings/aws-limits.js';

/** BatchWriteItem accepts at most 25 put/delete requests per call. */
export const BATCH_WRITE_MAX_ITEMS = AWS_FACTS.batchWriteMaxItems;

export interface DynamoConsumerIOOptions {
  /** Results table name. @default - process.env.RESULTS_TABLE_NAME (set by the lab's stack) */
  readonly tableName?: string;
  /** A client to reuse (tests point one at dynalite). @default - a new DynamoDBClient from the Lambda environment */
  readonly client?: DynamoDBClient;
}

/**
 * The real `ConsumerIO` a lab's Lambda entry (see infra/lambda-entry.ts) uses on AWS: PutItem and BatchWriteItem on the results table
 * through the DynamoDB document client, so handlers write plain objects. `putResults` hands back the items
 * DynamoDB left in `UnprocessedItems`; retrying them (with backoff) is the handler's job, as it would be
 * in any production consumer.
 */
export function dynamoConsumerIO(options: DynamoConsumerIOOptions = {}): ConsumerIO {
  const tableName = options.tableName ?? process.env.RESULTS_TABLE_NAME;
  if (!tableName) {
    throw new Error('RESULTS_TABLE_NAME is not set: the lab stack sets it on the function; tests pass { tableName }.');
  }
  const documents = DynamoDBDocumentClient.from(options.client ?? new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    async putResult(item) {
      await documents.send(new PutCommand({ TableName: tableName, Item: { ...item } }));
    },
    async putResults(items) {
      if (items.length === 0) return [];
      if (items.length > BATCH_WRITE_MAX_ITEMS) {
        throw new Error(`BatchWriteItem takes at most ${BATCH_WRITE_MAX_ITEMS} items, got ${items.length}: split them into chunks.`);
      }
      const output = await documents.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: items.map((item) => ({ PutRequest: { Item: { ...item } } })) } }),
      );
      const unprocessed = output.UnprocessedItems?.[tableName] ?? [];
      return unprocessed.flatMap((request) => (request.PutRequest?.Item ? [request.PutRequest.Item as ResultItem] : []));
    },
    sleep(ms) {
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  };
}
