import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { CreateHandler } from '../runtime/consumer-io.js';
import { hours, minutes } from '../settings/duration.js';
import { retainedStream, retainedStreamReader } from './retained-stream.js';
import type { Scenario } from './scenario.js';
import { simulate } from './simulate.js';
import { shardIdOf } from './lane-stream.js';

const HOUR = 3_600_000;
/** 20 writes/s for 2 minutes on 2 shards, PF 2, one poison record, MODIFY/REMOVE included: 2,400 records. */
const scenario = (createHandler: CreateHandler): Scenario => ({
  seed: 11,
  shards: 2,
  load: { profile: { kind: 'constant', ratePerSecond: 20 }, duration: minutes(2), keys: 40, poisonRecords: [100] },
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100, parallelizationFactor: 2 },
  function: { kind: 'handler', createHandler },
});

/** Every record of `shardId`, read from TRIM_HORIZON page after page until a page comes back empty. */
function readAll(s: Scenario, atMs: number, shardId: string): DynamoDBRecord[] {
  const { reader } = retainedStreamReader(s, atMs);
  let it = reader.getShardIterator({ ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }).ShardIterator;
  const out: DynamoDBRecord[] = [];
  for (;;) {
    const page = reader.getRecords({ ShardIterator: it });
    if (page.Records.length === 0) return out;
    out.push(...page.Records);
    it = page.NextShardIterator;
  }
}

describe('retainedStream — a run\'s stream at a virtual time, rendered as the run delivered it', () => {
  it('GIVEN a run whose handler keeps every record it got WHEN its stream is read again at the end THEN the same records, byte for byte, none twice', async () => {
    const delivered = new Map<string, DynamoDBRecord>();
    const keep: CreateHandler = () => async (event) => {
      for (const record of event.Records) delivered.set(record.dynamodb!.SequenceNumber!, record);
    };
    const s = scenario(keep);
    const result = await simulate(s);
    const reread = [0, 1].flatMap((shard) => readAll(s, 120_000, shardIdOf(shard)));
    expect(reread).toHaveLength(result.totals.written);
    // Every record the handler was given (all but those still in flight at the end) reads back identical.
    const byReread = new Map(reread.map((r) => [r.dynamodb!.SequenceNumber!, JSON.stringify(r)]));
    const differing = [...delivered].filter(([sequence, record]) => byReread.get(sequence) !== JSON.stringify(record));
    expect({ delivered: delivered.size > 2_300, differing: differing.length }).toEqual({ delivered: true, differing: 0 });
    const sequences = reread.map((r) => r.dynamodb!.SequenceNumber!);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(reread.some((r) => r.dynamodb?.NewImage?.['totalCents']?.S !== undefined)).toBe(true); // the poison, as delivered
  });

  it('GIVEN a 2-minute run WHEN asked 23 h 59 min after, and 24 h 1 min after THEN all 2,400 records, then only those written in the last 24 h', () => {
    const s = scenario(() => async () => {});
    expect(retainedStream(s, 24 * HOUR - 60_000).records).toHaveLength(2_400);
    const late = retainedStream(s, 24 * HOUR + 60_000).records;
    expect(late.length).toBe(1_200); // the second minute's writes
    expect(late.every((r) => r.arrivalMs > 60_000)).toBe(true);
  });

  it('GIVEN a time within the load WHEN asked THEN only the records written so far; the stream ARN is the one on-failure records carry', () => {
    const stream = retainedStream(scenario(() => async () => {}), 30_000);
    expect(stream.records.length).toBe(600);
    expect(stream.streamArn).toBe('arn:aws:dynamodb:us-east-1:111122223333:table/workshop-orders/stream/2026-01-01T00:00:00.000');
  });

  it('GIVEN an invalid scenario WHEN its stream is asked for THEN the run\'s own error (WorkshopError)', () => {
    const bad = { ...scenario(() => async () => {}), load: { profile: { kind: 'constant', ratePerSecond: 20 }, duration: hours(1), keys: 0 } } as Scenario;
    expect(() => retainedStream(bad, 0)).toThrow(expect.objectContaining({ name: 'WorkshopError' }));
  });
});

describe('retainedStreamReader — the 24 h trim, as GetShardIterator answers it', () => {
  const s = scenario(() => async () => {});
  const first = retainedStream(s, 60_000).records.reduce((a, b) => (a.sequenceNumber < b.sequenceNumber ? a : b));
  const at = (atMs: number) => () => retainedStreamReader(s, atMs).reader.getShardIterator({ ShardId: first.shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: first.sequenceNumber });

  it('GIVEN the first record of the run WHEN asked for AT its sequence number 23 h after THEN an iterator', () => {
    expect(at(23 * HOUR)().ShardIterator).toEqual(expect.any(String));
  });

  it.each([24 * HOUR + 60_000, 25 * HOUR])('GIVEN the first record WHEN asked for at %i ms (past 24 h, every or some record trimmed) THEN TrimmedDataAccessException, not an unknown shard', (atMs) => {
    expect(at(atMs)).toThrow(expect.objectContaining({ name: 'TrimmedDataAccessException' }));
  });
});
