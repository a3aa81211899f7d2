// What lab 07's check watches while the learner's handler runs on the engine: every record each invocation
// was given, and every row the handler wrote, so the check can name the poison record's sequence number and
// tell whether every other record reached the results table once, in per-customer order. Browser-safe.
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { StreamRecordView } from '../../engine/function-runner.js';
import { buildStreamEvent } from '../../engine/handler/stream-event-builder.js';
import type { ConsumerIO, CreateHandler, ResultItem } from '../../runtime/consumer-io.js';
import { orderKey } from '../../runtime/source-order.js';

/** What the watched handler saw and wrote over a whole run. */
export interface PoisonWatch {
  /** Sequence number of every record delivered at least once, by order key (`sk`). */
  readonly delivered: Map<string, string>;
  /** Every row write, in the order the handler made them: the record's order key, customer and sequence number. */
  readonly writes: { readonly pk: string; readonly sk: string; readonly sequenceNumber: string }[];
}

/** `createHandler`, watched: the events it receives and the rows its I/O writes are recorded in `watch`. */
export function watchHandler(createHandler: CreateHandler): { readonly createHandler: CreateHandler; readonly watch: PoisonWatch } {
  const watch: PoisonWatch = { delivered: new Map(), writes: [] };
  const note = (item: ResultItem) => watch.writes.push({ pk: item.pk, sk: item.sk, sequenceNumber: String(item['sequenceNumber']) });
  const watched: CreateHandler = (io) => {
    const recording: ConsumerIO = {
      putResult: async (item) => {
        await io.putResult(item);
        note(item);
      },
      putResults: async (items) => {
        const unprocessed = await io.putResults(items);
        const back = new Set(unprocessed);
        for (const item of items) if (!back.has(item)) note(item);
        return unprocessed;
      },
      sleep: (ms) => io.sleep(ms),
    };
    const handler = createHandler(recording);
    return (event) => {
      for (const record of event.Records) {
        const sk = record.dynamodb?.Keys?.['sk']?.S;
        const sequence = record.dynamodb?.SequenceNumber;
        if (sk !== undefined && sequence !== undefined) watch.delivered.set(sk, sequence);
      }
      return handler(event);
    };
  };
  return { createHandler: watched, watch };
}

/** How the records other than the poison reached the results table. */
export interface DeliveryTally {
  /** Records delivered to the handler (other than the poison). */
  readonly delivered: number;
  /** Of those, how many the handler wrote (at least once). */
  readonly written: number;
  /** Writes of a record already written (a redelivery after a partial failure): harmless when idempotent. */
  readonly rewrites: number;
  /** A record written after a later record of the same customer (per-key order broken). */
  readonly outOfOrder: number;
  /** Rows written for the poison record itself (its amount is not a number: it must not be billed). */
  readonly poisonWrites: number;
}

/** Counts, from a watched run, how the records other than `poisonIndex` reached the results table. */
export function tallyDeliveries(watch: PoisonWatch, poisonIndex: number): DeliveryTally {
  const poisonKey = orderKey(poisonIndex);
  const firstWrite = new Set<string>();
  const newestByCustomer = new Map<string, string>();
  let rewrites = 0;
  let outOfOrder = 0;
  let poisonWrites = 0;
  for (const write of watch.writes) {
    if (write.sk === poisonKey) {
      poisonWrites += 1;
      continue;
    }
    if (firstWrite.has(write.sequenceNumber)) {
      rewrites += 1;
      continue;
    }
    firstWrite.add(write.sequenceNumber);
    const newest = newestByCustomer.get(write.pk);
    if (newest !== undefined && write.sequenceNumber < newest) outOfOrder += 1; // 21 zero-padded digits: string order
    else newestByCustomer.set(write.pk, write.sequenceNumber);
  }
  const delivered = [...watch.delivered.keys()].filter((sk) => sk !== poisonKey).length;
  return { delivered, written: firstWrite.size, rewrites, outOfOrder, poisonWrites };
}

/**
 * Three records for a direct probe of the handler, the middle one the poison (its amount is text), built
 * like the engine builds them. The poison's sequence number is returned with the event.
 */
export function poisonProbeEvent(): { readonly event: DynamoDBStreamEvent; readonly poisonSequence: string; readonly goodKeys: readonly string[] } {
  const views: StreamRecordView[] = [0, 1, 2].map((i) => ({
    sequenceNumber: String(5_000 + i).padStart(21, '0'),
    shardId: 'shardId-00000001700000000000-abcdef01',
    keyIndex: i,
    index: 9_000 + i,
    eventName: 'INSERT',
    arrivalMs: i * 100,
    sizeBytes: 300,
  }));
  return {
    event: buildStreamEvent(views, { poisonRecords: [9_001] }),
    poisonSequence: views[1]!.sequenceNumber,
    goodKeys: [orderKey(9_000), orderKey(9_002)],
  };
}
