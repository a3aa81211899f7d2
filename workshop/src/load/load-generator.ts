import { BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { AWS_FACTS } from '../settings/aws-limits.js';
import { makeSourceOrder, poisonOrder } from '../runtime/source-order.js';
import type { RateProfile } from '../settings/load-profile.js';
import { keyIndexFor } from './key-spread.js';
import { ProfilePacer } from './profile-pacer.js';
import { backoffDelay, DEFAULT_BACKOFF, isRetryableError, type BackoffPolicy } from './retry-backoff.js';
import { systemClock, TokenBucket, type Clock } from './token-bucket.js';

/** What to write. Values are already validated (see `load-options.ts`). */
export interface LoadOptions {
  readonly table: string;
  /** Items to write in total. */
  readonly items: number;
  /** Target items per second, paced by a token bucket. @default - unpaced: as fast as `concurrency` allows */
  readonly ratePerSecond?: number;
  /** Instead of a steady rate: follow this profile over `durationSeconds` (see `ProfilePacer`). */
  readonly profile?: { readonly rate: RateProfile; readonly durationSeconds: number };
  /** Distinct partition keys (customers); which item goes to which key: see `keyIndexFor`. */
  readonly keys: number;
  /** Share of the items written to one hot customer, 0–1. @default 0 */
  readonly hotKeyShare?: number;
  readonly itemSizeBytes: number;
  /** Item numbers written malformed (a poison record, see `LoadSpec.poisonRecords`). @default [] */
  readonly poisonRecords?: readonly number[];
  /** BatchWriteItem calls in flight at once. @default 4 */
  readonly concurrency?: number;
  /** Index of the first item (its sort key), so a second run can add new orders. @default 0 */
  readonly firstIndex?: number;
  readonly backoff?: BackoffPolicy;
  /** Aborting stops new writes; calls in flight finish and are counted. */
  readonly signal?: AbortSignal;
  /** Called after every call settles, with the running totals. */
  readonly onProgress?: (stats: LoadStats) => void;
}

/** What a run did. Every requested item ends up written, failed, or (after an abort) not sent. */
export interface LoadStats {
  readonly requested: number;
  readonly written: number;
  /** Items sent again after throttling or `UnprocessedItems`. */
  readonly retried: number;
  readonly failed: number;
  readonly notSent: number;
  readonly elapsedMs: number;
  /** Written items per second of elapsed time. */
  readonly achievedRate: number;
  /** The first error that made items fail, for the summary. */
  readonly firstError?: string;
}

export interface LoadDeps {
  readonly client: Pick<DynamoDBClient, 'send'>;
  /** @default systemClock */
  readonly clock?: Clock;
  /** Jitter source in [0, 1). @default Math.random */
  readonly random?: () => number;
  /** Wall-clock time stamped on each call's items (`updatedAt`). @default Date.now */
  readonly wallClock?: () => number;
}

/**
 * Writes `items` source orders with BatchWriteItem (25 per call), `concurrency` calls in flight, paced by
 * a token bucket (or along a rate profile). Throttling, 5xx and `UnprocessedItems` are retried with backoff and jitter up to
 * `backoff.maxAttempts` calls; whatever is still unwritten then counts as failed — nothing is dropped silently.
 */
export async function runLoad(options: LoadOptions, deps: LoadDeps): Promise<LoadStats> {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;
  const wallClock = deps.wallClock ?? Date.now;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const batchSize = AWS_FACTS.batchWriteMaxItems;
  const pacer = options.profile ? new ProfilePacer(options.profile.rate, options.profile.durationSeconds, clock)
    : options.ratePerSecond === undefined ? undefined : new TokenBucket(options.ratePerSecond, batchSize, clock);
  const firstIndex = options.firstIndex ?? 0;
  const started = clock.now();
  let next = 0;
  let written = 0;
  let retried = 0;
  let failed = 0;
  let firstError: string | undefined;
  /** Set by an error a retry cannot fix (no table, no permission): sending more would only fail more. */
  let stopped = false;

  const stats = (): LoadStats => {
    const elapsedMs = clock.now() - started;
    return {
      requested: options.items,
      written,
      retried,
      failed,
      notSent: options.items - written - failed,
      elapsedMs,
      achievedRate: elapsedMs > 0 ? (written * 1000) / elapsedMs : 0,
      ...(firstError === undefined ? {} : { firstError }),
    };
  };

  /** Items are stamped (`updatedAt`) when their call is built, so a consumer can measure end-to-end delay. */
  const poisoned = new Set(options.poisonRecords ?? []);
  const buildRequests = (from: number, count: number, epochMs = wallClock()): WriteRequest[] =>
    Array.from({ length: count }, (_, k) => {
      const index = firstIndex + from + k;
      const order = makeSourceOrder(index, keyIndexFor(index, options.keys, options.hotKeyShare), options.itemSizeBytes, epochMs);
      return { PutRequest: { Item: marshall(poisoned.has(index) ? poisonOrder(order) : order) } };
    });

  /** Sends one batch until every item is written or the attempts run out. */
  const writeBatch = async (requests: WriteRequest[]): Promise<void> => {
    let pending = requests;
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > 1) {
        retried += pending.length;
        await clock.sleep(backoffDelay(attempt - 1, policy, random));
      }
      try {
        const out = await deps.client.send(new BatchWriteItemCommand({ RequestItems: { [options.table]: pending } }));
        const unprocessed = out.UnprocessedItems?.[options.table] ?? [];
        written += pending.length - unprocessed.length;
        pending = unprocessed;
        if (pending.length > 0 && attempt >= policy.maxAttempts) {
          firstError ??= `UnprocessedItems after ${attempt} attempts`;
          break;
        }
      } catch (error) {
        const retryable = isRetryableError(error);
        if (!retryable || attempt >= policy.maxAttempts) {
          firstError ??= describeError(error);
          stopped ||= !retryable;
          break;
        }
      }
    }
    failed += pending.length;
  };

  const worker = async (): Promise<void> => {
    while (next < options.items && !options.signal?.aborted && !stopped) {
      const from = next;
      const count = Math.min(batchSize, options.items - from);
      next += count;
      const wait = pacer?.reserve(count) ?? 0;
      if (wait > 0) await clock.sleep(wait, options.signal);
      if (options.signal?.aborted || stopped) return; // these items were never sent
      await writeBatch(buildRequests(from, count));
      options.onProgress?.(stats());
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return stats();
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
