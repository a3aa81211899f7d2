// Lab 04 — a batch-friendly handler: BatchWriteItem in chunks of 25, a few chunks in flight at a time,
// and the items DynamoDB could not take (UnprocessedItems) retried with exponential backoff.
import pLimit from 'p-limit';
import type { ConsumerIO, CreateHandler, ResultItem } from '../../workshop/src/lambda.js';
import { BATCH_WRITE_MAX_ITEMS, toResult } from '../../workshop/src/lambda.js';

const CHUNK_SIZE = BATCH_WRITE_MAX_ITEMS; // BatchWriteItem's limit per call: 25
const MAX_CONCURRENT_WRITES = 10; // bounded: enough to use a big batch, gentle on the table
const MAX_ATTEMPTS = 6; // then fail the invocation, and Lambda retries the batch
const BASE_BACKOFF_MS = 50; // 50, 100, 200, 400, 800 ms between attempts

export const createHandler: CreateHandler = (io) => async (event) => {
  // Keep only the newest change of each order: the stream keeps an item's changes in order, and one
  // BatchWriteItem call may not hold the same key twice.
  const latest = new Map<string, ResultItem>();
  for (const record of event.Records) {
    const result = toResult(record);
    latest.set(`${result.pk}|${result.sk}`, result);
  }
  const items = [...latest.values()];
  const chunks: ResultItem[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) chunks.push(items.slice(i, i + CHUNK_SIZE));
  // p-limit runs at most MAX_CONCURRENT_WRITES chunks at once; the rest wait their turn.
  const limit = pLimit(MAX_CONCURRENT_WRITES);
  await Promise.all(chunks.map((chunk) => limit(() => writeChunk(io, chunk))));
};

async function writeChunk(io: ConsumerIO, chunk: readonly ResultItem[]): Promise<void> {
  let pending = chunk;
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    if (attempt > MAX_ATTEMPTS) throw new Error(`${pending.length} items still unprocessed after ${MAX_ATTEMPTS} attempts.`);
    // Back off before each retry (io.sleep: real time on AWS, virtual time in the local engine).
    if (attempt > 1) await io.sleep(BASE_BACKOFF_MS * 2 ** (attempt - 2));
    pending = await io.putResults(pending);
  }
}
