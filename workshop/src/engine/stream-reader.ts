// DynamoDB Streams' two reading calls over the engine's retained records, in virtual time: GetShardIterator
// (AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST) and GetRecords, with AWS's limits
// (aws-facts §C: 1,000 records or 1 MB per call, 24 h retention, TrimmedDataAccessException past it,
// iterators that expire after 15 minutes). Lab 09's redrive reads the stream again with them. Browser-safe.
import type { DynamoDBRecord } from 'aws-lambda';
import type { StreamRecordView } from './function-runner.js';
import { createStreamEventBuilder, type StreamEventContext } from './handler/stream-event-builder.js';

export const STREAM_READ_LIMITS = {
  /** GetRecords returns at most this many records per call. */
  recordsPerCall: 1_000,
  /** … and at most this many bytes (1 MB). */
  bytesPerCall: 1_048_576,
  /** Records older than this may be trimmed: the engine trims them exactly at 24 h. */
  retentionMs: 24 * 3_600_000,
  /** A shard iterator is valid this long after GetShardIterator returned it. */
  iteratorLifetimeMs: 15 * 60_000,
} as const;

export type ShardIteratorType = 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER' | 'TRIM_HORIZON' | 'LATEST';

/** The errors the two calls can raise, named as the DynamoDB Streams API names them. */
export type StreamReadErrorName = 'TrimmedDataAccessException' | 'ExpiredIteratorException' | 'ResourceNotFoundException' | 'ValidationException';

export class StreamReadError extends Error {
  constructor(override readonly name: StreamReadErrorName, message: string) {
    super(message);
  }
}

export interface GetShardIteratorInput {
  readonly ShardId: string;
  readonly ShardIteratorType: ShardIteratorType;
  /** Required with AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER. */
  readonly SequenceNumber?: string;
}

export interface GetRecordsOutput {
  readonly Records: DynamoDBRecord[];
  /** Absent only for a closed shard; the engine's shards stay open, so always present. */
  readonly NextShardIterator: string;
}

export interface StreamReader {
  getShardIterator(input: GetShardIteratorInput): { readonly ShardIterator: string };
  getRecords(input: { readonly ShardIterator: string; readonly Limit?: number }): GetRecordsOutput;
}

export interface StreamReaderOptions {
  /** The retained records of the stream (any shard), in any order; sorted here by sequence number. */
  readonly records: readonly StreamRecordView[];
  /** Virtual time of each call, in ms from the start of the run (a redrive after 25 h passes 25 × 3,600,000). */
  readonly now: () => number;
  /** How records are rendered (seed, view type, poison records), as the run that wrote them. */
  readonly context?: StreamEventContext;
}

/** A reader over `records`: each call sees the stream as it is at `now()`. */
export function createStreamReader(options: StreamReaderOptions): StreamReader {
  const byShard = new Map<string, StreamRecordView[]>();
  for (const record of options.records) {
    const list = byShard.get(record.shardId) ?? [];
    list.push(record);
    byShard.set(record.shardId, list);
  }
  for (const list of byShard.values()) list.sort((a, b) => (a.sequenceNumber < b.sequenceNumber ? -1 : a.sequenceNumber > b.sequenceNumber ? 1 : 0));
  const build = createStreamEventBuilder(options.context ?? {});
  const iterators = new Map<string, { readonly shardId: string; readonly position: number; readonly issuedAtMs: number }>();
  let issued = 0;

  const shard = (shardId: string): StreamRecordView[] => {
    const list = byShard.get(shardId);
    if (!list) throw new StreamReadError('ResourceNotFoundException', `Requested resource not found: shard ${shardId} does not exist in this stream.`);
    return list;
  };
  /** Index of the oldest record still retained at `nowMs`. */
  const trimPoint = (list: readonly StreamRecordView[], nowMs: number): number => {
    let i = 0;
    while (i < list.length && list[i]!.arrivalMs <= nowMs - STREAM_READ_LIMITS.retentionMs) i++;
    return i;
  };
  const iterator = (shardId: string, position: number, nowMs: number): string => {
    issued += 1;
    const id = `${shardId}|${issued}`;
    iterators.set(id, { shardId, position, issuedAtMs: nowMs });
    return id;
  };

  return {
    getShardIterator({ ShardId, ShardIteratorType, SequenceNumber }) {
      const list = shard(ShardId);
      const nowMs = options.now();
      const oldest = trimPoint(list, nowMs);
      const written = list.filter((r) => r.arrivalMs <= nowMs).length;
      if (ShardIteratorType === 'TRIM_HORIZON') return { ShardIterator: iterator(ShardId, oldest, nowMs) };
      if (ShardIteratorType === 'LATEST') return { ShardIterator: iterator(ShardId, written, nowMs) };
      if (ShardIteratorType !== 'AT_SEQUENCE_NUMBER' && ShardIteratorType !== 'AFTER_SEQUENCE_NUMBER') {
        throw new StreamReadError('ValidationException', `ShardIteratorType must be one of AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST; got ${String(ShardIteratorType)}.`);
      }
      if (typeof SequenceNumber !== 'string' || !/^\d{21,40}$/.test(SequenceNumber)) {
        throw new StreamReadError('ValidationException', `${ShardIteratorType} needs a SequenceNumber of 21 to 40 digits; got ${JSON.stringify(SequenceNumber)}.`);
      }
      const at = list.findIndex((r) => r.sequenceNumber >= SequenceNumber);
      const index = at === -1 ? list.length : at;
      if (index < oldest) {
        throw new StreamReadError('TrimmedDataAccessException', `Sequence number ${SequenceNumber} is beyond the trim horizon: the stream keeps records for 24 hours, and this one is gone.`);
      }
      const exact = list[index]?.sequenceNumber === SequenceNumber;
      return { ShardIterator: iterator(ShardId, ShardIteratorType === 'AFTER_SEQUENCE_NUMBER' && exact ? index + 1 : index, nowMs) };
    },

    getRecords({ ShardIterator, Limit }) {
      const state = iterators.get(ShardIterator);
      if (!state) throw new StreamReadError('ValidationException', `Invalid ShardIterator: ${JSON.stringify(ShardIterator)} was not returned by GetShardIterator or GetRecords.`);
      const nowMs = options.now();
      if (nowMs - state.issuedAtMs > STREAM_READ_LIMITS.iteratorLifetimeMs) {
        throw new StreamReadError('ExpiredIteratorException', 'The shard iterator has expired (15 minutes after it was returned); ask GetShardIterator for a new one.');
      }
      if (Limit !== undefined && (!Number.isInteger(Limit) || Limit < 1 || Limit > STREAM_READ_LIMITS.recordsPerCall)) {
        throw new StreamReadError('ValidationException', `Limit must be an integer from 1 to 1,000; got ${String(Limit)}.`);
      }
      const list = shard(state.shardId);
      if (state.position < trimPoint(list, nowMs)) {
        throw new StreamReadError('TrimmedDataAccessException', 'The records this iterator points at are beyond the trim horizon (older than 24 hours).');
      }
      const max = Limit ?? STREAM_READ_LIMITS.recordsPerCall;
      const records: DynamoDBRecord[] = [];
      // The 1 MB counts each record's SizeBytes (the stream record size: Keys + images, aws-facts §G) — the engine's
      // reading of "1 MB" (§C [DDBS-API]), the same as batcher.ts's; not the item size the load asked for.
      let bytes = 0;
      for (let i = state.position; i < list.length && records.length < max; i++) {
        const view = list[i]!;
        if (view.arrivalMs > nowMs) break; // not written yet at this virtual time
        const [record] = build([view]).Records;
        const size = record!.dynamodb!.SizeBytes!;
        if (records.length > 0 && bytes + size > STREAM_READ_LIMITS.bytesPerCall) break;
        bytes += size;
        records.push(record!);
      }
      return { Records: records, NextShardIterator: iterator(state.shardId, state.position + records.length, nowMs) };
    },
  };
}
