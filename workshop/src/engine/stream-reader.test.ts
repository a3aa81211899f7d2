import { describe, expect, it } from 'vitest';
import type { StreamRecordView } from './function-runner.js';
import { createStreamReader, STREAM_READ_LIMITS, StreamReadError } from './stream-reader.js';

const SHARD = 'shardId-00000001700000000000-00000000';
const HOUR = 3_600_000;
const view = (i: number, sizeBytes = 300): StreamRecordView => ({
  sequenceNumber: String(1_000 + i).padStart(21, '0'), shardId: SHARD, keyIndex: i % 7, index: i, eventName: 'INSERT', arrivalMs: i * 1_000, sizeBytes,
});
const seq = (i: number) => String(1_000 + i).padStart(21, '0');
const errorName = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof StreamReadError ? error.name : 'other';
  }
};

describe('createStreamReader — GetShardIterator + GetRecords over the engine\'s records (virtual time)', () => {
  it('GIVEN 10 records WHEN read AT_SEQUENCE_NUMBER of record 3 THEN records 3… in order, as stream records with that sequence number first', () => {
    const reader = createStreamReader({ records: Array.from({ length: 10 }, (_, i) => view(i)).reverse(), now: () => 60_000 });
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: seq(3) });
    const out = reader.getRecords({ ShardIterator, Limit: 4 });
    expect(out.Records.map((r) => r.dynamodb?.SequenceNumber)).toEqual([seq(3), seq(4), seq(5), seq(6)]);
    expect(reader.getRecords({ ShardIterator: out.NextShardIterator }).Records.map((r) => r.dynamodb?.SequenceNumber)).toEqual([seq(7), seq(8), seq(9)]);
  });

  it('GIVEN AFTER_SEQUENCE_NUMBER of record 3 WHEN read THEN it starts at record 4', () => {
    const reader = createStreamReader({ records: Array.from({ length: 10 }, (_, i) => view(i)), now: () => 60_000 });
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: seq(3) });
    expect(reader.getRecords({ ShardIterator, Limit: 1 }).Records[0]?.dynamodb?.SequenceNumber).toBe(seq(4));
  });

  it('GIVEN 2,500 small records WHEN read from TRIM_HORIZON THEN 1,000 per call (AWS\'s limit), then 1,000, then 500', () => {
    const reader = createStreamReader({ records: Array.from({ length: 2_500 }, (_, i) => view(i)), now: () => 3_000_000 });
    let it = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON' }).ShardIterator;
    const sizes: number[] = [];
    for (let call = 0; call < 3; call++) {
      const out = reader.getRecords({ ShardIterator: it });
      sizes.push(out.Records.length);
      it = out.NextShardIterator;
    }
    expect(sizes).toEqual([1_000, 1_000, 500]);
  });

  it('GIVEN records of 300 KB each WHEN read THEN a call stops before passing 1 MB (3 records)', () => {
    const reader = createStreamReader({ records: Array.from({ length: 10 }, (_, i) => view(i, 300_000)), now: () => 60_000 });
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON' });
    expect(reader.getRecords({ ShardIterator }).Records).toHaveLength(Math.floor(STREAM_READ_LIMITS.bytesPerCall / 300_000));
  });

  it('GIVEN 300 KB MODIFYs with both images WHEN read THEN the 1 MB counts their SizeBytes (600,036 each: Keys + two images), so 1 record per call', () => {
    const records = Array.from({ length: 4 }, (_, i) => ({ ...view(i, 300_000), eventName: 'MODIFY' as const }));
    const reader = createStreamReader({ records, now: () => 60_000 });
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON' });
    const out = reader.getRecords({ ShardIterator });
    expect(out.Records.map((r) => r.dynamodb!.SizeBytes)).toEqual([600_036]);
    const keysOnly = createStreamReader({ records, now: () => 60_000, context: { streamViewType: 'KEYS_ONLY' } });
    const first = keysOnly.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON' });
    expect(keysOnly.getRecords({ ShardIterator: first.ShardIterator }).Records).toHaveLength(4);
  });

  it('GIVEN a redrive started 25 h after the record was written WHEN GetShardIterator AT its sequence number THEN TrimmedDataAccessException', () => {
    const reader = createStreamReader({ records: [view(0), view(1)], now: () => 25 * HOUR });
    expect(errorName(() => reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: seq(0) }))).toBe('TrimmedDataAccessException');
  });

  it('GIVEN a redrive 23 h after WHEN read THEN the record is still there', () => {
    const reader = createStreamReader({ records: [view(0)], now: () => 23 * HOUR });
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: seq(0) });
    expect(reader.getRecords({ ShardIterator }).Records).toHaveLength(1);
  });

  it('GIVEN an iterator 16 minutes old WHEN GetRecords THEN ExpiredIteratorException', () => {
    let now = 60_000;
    const reader = createStreamReader({ records: [view(0)], now: () => now });
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON' });
    now += 16 * 60_000;
    expect(errorName(() => reader.getRecords({ ShardIterator }))).toBe('ExpiredIteratorException');
  });

  it('GIVEN bad input WHEN called THEN named errors: unknown shard, malformed sequence number, unknown iterator, Limit 1,001', () => {
    const reader = createStreamReader({ records: [view(0)], now: () => 60_000 });
    expect(errorName(() => reader.getShardIterator({ ShardId: 'shardId-x', ShardIteratorType: 'TRIM_HORIZON' }))).toBe('ResourceNotFoundException');
    expect(errorName(() => reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: '12' }))).toBe('ValidationException');
    expect(errorName(() => reader.getRecords({ ShardIterator: 'nope' }))).toBe('ValidationException');
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON' });
    expect(errorName(() => reader.getRecords({ ShardIterator, Limit: 1_001 }))).toBe('ValidationException');
  });

  it('GIVEN a poison record in the context WHEN read back THEN it carries the text amount, as the run delivered it', () => {
    const reader = createStreamReader({ records: [view(0), view(1)], now: () => 60_000, context: { poisonRecords: [1] } });
    const { ShardIterator } = reader.getShardIterator({ ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: seq(1) });
    expect(reader.getRecords({ ShardIterator }).Records[0]?.dynamodb?.NewImage?.['totalCents']).toEqual({ S: '12,50' });
  });
});
