import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { StreamRecordView } from '../engine/function-runner.js';
import { streamArn } from '../engine/handler/stream-event-builder.js';
import type { OnFailureRecord } from '../engine/on-failure-record.js';
import { createStreamReader } from '../engine/stream-reader.js';
import { formatIssue } from '../errors/format-issue.js';
import { localStreamsClient } from './local-streams-client.js';
import { createMemoryQueue } from './on-failure-queue.js';
import type { RedriveFailure } from './redrive-contract.js';
import { redriveQueue } from './redrive-queue.js';
import { redriveReportLines } from './redrive-report-text.js';

const SHARD = 'shardId-00000001700000000000-00000000';
const HOUR = 3_600_000;
const seq = (i: number) => String(1_000 + i).padStart(21, '0');
const view = (i: number): StreamRecordView => ({ sequenceNumber: seq(i), shardId: SHARD, keyIndex: i % 5, index: i, eventName: 'INSERT', arrivalMs: i * 1_000, sizeBytes: 300 });
const failureOf = (from: number, to: number): OnFailureRecord => ({
  requestContext: { requestId: '00000000-0000-4000-8000-000000000000', functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f', condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 },
  responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: null },
  version: '1.0',
  timestamp: '2026-01-01T00:10:00.000Z',
  DDBStreamBatchInfo: { shardId: SHARD, startSequenceNumber: seq(from), endSequenceNumber: seq(to), approximateArrivalOfFirstRecord: '2026-01-01T00:00:05Z', approximateArrivalOfLastRecord: '2026-01-01T00:00:05Z', batchSize: to - from + 1, streamArn: streamArn() },
});

/** A plain redrive of the range (what lab 09 asks for), to exercise the kit. */
const readRange: RedriveFailure = async ({ failure, streams, handler }) => {
  const info = failure.DDBStreamBatchInfo;
  let it = (await streams.getShardIterator({ StreamArn: info.streamArn, ShardId: info.shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: info.startSequenceNumber })).ShardIterator;
  const records = [];
  while (it) {
    const page = await streams.getRecords({ ShardIterator: it });
    const inRange = (page.Records ?? []).filter((r) => r.dynamodb!.SequenceNumber! <= info.endSequenceNumber);
    records.push(...inRange);
    if (inRange.length < (page.Records ?? []).length || (page.Records ?? []).length === 0) break;
    it = page.NextShardIterator;
  }
  await handler({ Records: records });
  return { records: records.length };
};

function setup(bodies: string[], nowMs = HOUR) {
  const queue = createMemoryQueue(bodies);
  const streams = localStreamsClient(createStreamReader({ records: Array.from({ length: 20 }, (_, i) => view(i)), now: () => nowMs }), streamArn());
  const handled: DynamoDBStreamEvent[] = [];
  const handler = async (event: DynamoDBStreamEvent) => void handled.push(event);
  return { queue, streams, handler, handled };
}

describe('redriveQueue — drains the on-failure queue through the learner\'s redrive (in-memory queue, engine reader)', () => {
  it('GIVEN one record of records 5–7 WHEN redriven within 24 h THEN the handler gets those 3 and the message is deleted', async () => {
    const { queue, streams, handler, handled } = setup([JSON.stringify(failureOf(5, 7))]);
    const report = await redriveQueue({ queue, streams, handler, redriveFailure: readRange });
    expect(handled.flatMap((e) => e.Records.map((r) => r.dynamodb?.SequenceNumber))).toEqual([seq(5), seq(6), seq(7)]);
    expect({ redriven: report.redriven, records: report.records, kept: report.kept, left: queue.messages().length }).toEqual({ redriven: 1, records: 3, kept: 0, left: 0 });
  });

  it('GIVEN an empty queue WHEN drained THEN "nothing to redrive", in both languages', async () => {
    const { queue, streams, handler } = setup([]);
    const report = await redriveQueue({ queue, streams, handler, redriveFailure: readRange });
    expect(report.empty?.code).toBe('redrive_queue_empty');
    expect(redriveReportLines(report, 'en')[0]).toBe('Nothing to redrive: the on-failure queue holds no message.');
    expect(redriveReportLines(report, 'pt-BR')[0]).toBe('Nada para reprocessar: a fila de falhas não tem nenhuma mensagem.');
  });

  it('GIVEN a redrive 25 h after the records WHEN the stream answers TrimmedDataAccessException THEN the message is kept and the report says the records are gone (24 h, S3)', async () => {
    const { queue, streams, handler, handled } = setup([JSON.stringify(failureOf(5, 7))], 25 * HOUR);
    const report = await redriveQueue({ queue, streams, handler, redriveFailure: readRange });
    expect(report.messages[0]).toMatchObject({ status: 'kept', issue: { code: 'redrive_records_gone', startSequenceNumber: seq(5) } });
    expect(handled).toEqual([]);
    expect(queue.messages()).toHaveLength(1);
    const [line, hint] = redriveReportLines(report, 'en');
    expect(line).toContain('keeps records 24 hours, then may remove them at any moment (see the site\'s Limits and sources)');
    expect(hint).toContain('an S3 on-failure destination carries the records themselves.');
  });

  it.each([
    ['not JSON', 'oops', 'the body', 'not_json'],
    ['no DDBStreamBatchInfo', JSON.stringify({ requestContext: failureOf(1, 1).requestContext }), 'DDBStreamBatchInfo', 'missing'],
    ['a short sequence number', JSON.stringify({ ...failureOf(1, 1), DDBStreamBatchInfo: { ...failureOf(1, 1).DDBStreamBatchInfo, startSequenceNumber: '12' } }), 'DDBStreamBatchInfo.startSequenceNumber', 'wrong_format'],
    ['a reversed range', JSON.stringify(failureOf(7, 5)), 'DDBStreamBatchInfo.endSequenceNumber', 'range_reversed'],
  ])('GIVEN a body with %s WHEN drained THEN it is kept, the redrive is not called, and the issue names %s', async (_, body, field, problem) => {
    const { queue, streams, handler } = setup([body]);
    let called = 0;
    const report = await redriveQueue({ queue, streams, handler, redriveFailure: async () => ((called += 1), { records: 0 }) });
    expect(report.messages[0]).toMatchObject({ status: 'kept', issue: { code: 'redrive_message_malformed', field, problem } });
    expect({ called, left: queue.messages().length }).toEqual({ called: 0, left: 1 });
    expect(formatIssue(report.messages[0]!.status === 'kept' ? report.messages[0]!.issue : { code: 'internal', detail: '' }, 'pt-BR').message).toContain('foi mantida');
  });

  it('GIVEN redrives that throw, resolve with no count, or never settle WHEN drained THEN each message is kept with its own verdict', async () => {
    const bodies = [failureOf(1, 1), failureOf(2, 2), failureOf(3, 3)].map((f) => JSON.stringify(f));
    const { queue, streams, handler } = setup(bodies);
    let call = 0;
    let giveUp: () => void = () => {};
    const redriveFailure = (() => {
      call += 1;
      if (call === 1) throw new TypeError('boom');
      if (call === 2) return Promise.resolve('done');
      return new Promise(() => {});
    }) as unknown as RedriveFailure;
    const report = await redriveQueue({ queue, streams, handler, redriveFailure, giveUp: () => new Promise<void>((resolve) => ((giveUp = resolve), setTimeout(() => giveUp(), 0))) });
    expect(report.messages.map((m) => (m.status === 'kept' ? m.issue.code : m.status))).toEqual(['redrive_failed', 'redrive_bad_outcome', 'redrive_never_settled']);
    expect(report.messages[0]).toMatchObject({ issue: { detail: 'TypeError: boom' } });
    expect(queue.messages()).toHaveLength(3);
  });

  it('GIVEN a kept message WHEN the visibility timeout passes and the queue is drained again THEN it comes back (SQS keeps it)', async () => {
    const { queue, streams, handler } = setup([JSON.stringify(failureOf(1, 1))]);
    await redriveQueue({ queue, streams, handler, redriveFailure: async () => { throw new Error('not yet'); } });
    queue.returnInFlight();
    const second = await redriveQueue({ queue, streams, handler, redriveFailure: readRange });
    expect({ redriven: second.redriven, left: queue.messages().length }).toEqual({ redriven: 1, left: 0 });
  });
});

describe('localStreamsClient — the engine reader behind StreamsReadClient', () => {
  it('GIVEN another stream\'s ARN WHEN GetShardIterator THEN ResourceNotFoundException, and calls are counted', async () => {
    const { streams } = setup([]);
    await expect(streams.getShardIterator({ StreamArn: 'arn:aws:dynamodb:us-east-1:111122223333:table/other/stream/x', ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON' })).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    expect(streams.calls).toEqual({ getShardIterator: 1, getRecords: 0 });
  });
});
