import type { ConsumerIO, ResultItem } from '../../runtime/consumer-io.js';
import type { RandomSource } from '../random.js';
import type { IoLatencyModel } from '../scenario.js';
import { AWS_FACTS } from '../../settings/aws-limits.js';

/** The stated latency model of the local target (see `IoLatencyModel`): round trips inside one Region. */
export const IO_LATENCY_DEFAULTS = { putItemMs: 8, batchWriteBaseMs: 12, batchWritePerItemMs: 0.4, unprocessedShare: 0 } as const satisfies Required<IoLatencyModel>;

/** BatchWriteItem takes 1–25 requests per call (aws-facts F). */
const BATCH_WRITE_MAX_ITEMS = AWS_FACTS.batchWriteMaxItems;
/** The results table's name, as the errors mention it. */
const RESULTS_TABLE = 'workshop-results';

/** Running totals of what the handler's I/O did, shared by every environment of a runner. */
export interface IoTally {
  itemsWritten: number;
  requests: number;
  /** Items handed back as `UnprocessedItems` (each counts every time it is handed back). */
  unprocessed: number;
}

/** Something that waits in virtual time: the invocation's `VirtualTimeline`. */
export interface VirtualWaiter {
  wait(delayMs: number): Promise<void>;
}

/**
 * Rejected the way the AWS SDK rejects a request DynamoDB refuses: `name` 'ValidationException', a client fault,
 * HTTP 400. A handler that catches SDK errors by name treats both targets alike.
 */
export class ValidationException extends Error {
  override readonly name = 'ValidationException';
  readonly $fault = 'client';
  readonly $metadata = { httpStatusCode: 400 } as const;
}

/**
 * A `ConsumerIO` for the local target: every call completes after its modelled latency in virtual time,
 * and refuses what DynamoDB refuses (a batch of more than 25 or of none, duplicate keys in one batch,
 * an item without its keys), after one round trip, as the service would. With `unprocessedShare` > 0,
 * BatchWriteItem hands that share of its items back unprocessed, drawn from `random`.
 */
export function createVirtualIO(
  clock: VirtualWaiter,
  latency: IoLatencyModel = {},
  tally: IoTally = { itemsWritten: 0, requests: 0, unprocessed: 0 },
  random: RandomSource = () => 1,
): ConsumerIO {
  const putItemMs = latency.putItemMs ?? IO_LATENCY_DEFAULTS.putItemMs;
  const batchBaseMs = latency.batchWriteBaseMs ?? IO_LATENCY_DEFAULTS.batchWriteBaseMs;
  const batchPerItemMs = latency.batchWritePerItemMs ?? IO_LATENCY_DEFAULTS.batchWritePerItemMs;
  const unprocessedShare = latency.unprocessedShare ?? IO_LATENCY_DEFAULTS.unprocessedShare;

  return {
    async putResult(item: ResultItem): Promise<void> {
      tally.requests += 1;
      await clock.wait(putItemMs);
      checkKeys(item);
      tally.itemsWritten += 1;
    },

    async putResults(items: readonly ResultItem[]): Promise<readonly ResultItem[]> {
      tally.requests += 1;
      if (items.length === 0 || items.length > BATCH_WRITE_MAX_ITEMS) {
        await clock.wait(batchBaseMs);
        throw new ValidationException(
          `1 validation error detected: Value at 'requestItems.${RESULTS_TABLE}.member' failed to satisfy constraint: ` +
            `Member must have length less than or equal to ${BATCH_WRITE_MAX_ITEMS} and greater than or equal to 1 (got ${items.length})`,
        );
      }
      await clock.wait(batchBaseMs + batchPerItemMs * items.length);
      items.forEach(checkKeys);
      const keys = new Set(items.map((item) => `${item.pk}\u0000${item.sk}`));
      if (keys.size < items.length) throw new ValidationException('Provided list of item keys contains duplicates');
      const unprocessed = unprocessedShare > 0 ? items.filter(() => random() < unprocessedShare) : [];
      tally.itemsWritten += items.length - unprocessed.length;
      tally.unprocessed += unprocessed.length;
      return unprocessed;
    },

    sleep(ms: number): Promise<void> {
      // Like setTimeout: a negative or non-numeric delay means "as soon as possible".
      return clock.wait(Number.isFinite(ms) && ms > 0 ? ms : 0);
    },
  };
}

/** The results table's keys are strings `pk` and `sk`; DynamoDB refuses an item without them, or with an empty one. */
function checkKeys(item: ResultItem): void {
  for (const key of ['pk', 'sk'] as const) {
    const value: unknown = item?.[key];
    if (value === undefined || value === null) throw new ValidationException(`One or more parameter values were invalid: Missing the key ${key} in the item`);
    if (typeof value !== 'string') throw new ValidationException(`One or more parameter values were invalid: Type mismatch for key ${key} expected: S actual: ${typeof value}`);
    if (value === '') throw new ValidationException(`One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: ${key}`);
  }
}
