import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

/** One row the consumer writes to the results table. `pk` is the partition key, `sk` the sort key. */
export interface ResultItem {
  readonly pk: string;
  readonly sk: string;
  readonly [attribute: string]: unknown;
}

/**
 * Everything a lab's handler does outside itself. On AWS it is backed by DynamoDB (`dynamoConsumerIO`);
 * in the local engine by virtual-time fakes whose latencies follow `IoLatencyModel`. The handler cannot
 * tell the difference, which is why the same code runs on both targets.
 */
export interface ConsumerIO {
  /** Writes one item with PutItem: one round trip per record. */
  putResult(item: ResultItem): Promise<void>;
  /**
   * Writes up to 25 items with one BatchWriteItem. Resolves with the items DynamoDB did not process
   * (`UnprocessedItems`), which the caller should retry with backoff; an empty array means all were written.
   */
  putResults(items: readonly ResultItem[]): Promise<readonly ResultItem[]>;
  /** Waits `ms` milliseconds (real time on AWS, virtual time locally), e.g. for a retry backoff. */
  sleep(ms: number): Promise<void>;
}

/** A DynamoDB Streams handler. Returning `batchItemFailures` matters only with `reportBatchItemFailures`. */
export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

/** What every lab's `handler.ts` exports: a factory, so the I/O can be real or virtual. */
export type CreateHandler = (io: ConsumerIO) => StreamHandler;
