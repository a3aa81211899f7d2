// Failure handling exactly as AWS recorded it (facts sheet §G; AWS-recorded snapshots in localstack's
// DynamoDB Streams ESM tests, and the Lambda guide): attempts, ReportBatchItemFailures answers, checkpoints,
// record-age expiry, bisect, and the on-failure record's JSON layout.
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type ConsumerSettingsInput, resolveConsumerSettings } from '../settings/consumer-settings.js';
import { seconds } from '../settings/duration.js';
import type { FunctionRunner } from './function-runner.js';
import { runSimulation } from './run-simulation.js';
import { simulate } from './simulate.js';
import { constantScenario, recordingRunner } from './test-runners.js';

/** 8 records written over the first second, gathered in one batch by a 1 s window; 10 simulated minutes. */
const base: ConsumerSettingsInput = { startingPosition: 'TRIM_HORIZON', maxBatchingWindow: seconds(1), onFailure: 'sqs' };
const eightRecords = (consumer: Partial<ConsumerSettingsInput>) => constantScenario(8, 1, { horizonSeconds: 600, consumer: { ...base, ...consumer } });
const onEngine = (consumer: Partial<ConsumerSettingsInput>, runner: FunctionRunner) => {
  const scenario = eightRecords(consumer);
  return runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);
};

/** Runs the 8 records through a real handler (the handler runner reads its answer) that answers with `answer`. */
async function onHandler(consumer: Partial<ConsumerSettingsInput>, answer: (event: DynamoDBStreamEvent) => unknown) {
  const seen: string[][] = [];
  const createHandler = () => async (event: DynamoDBStreamEvent) => {
    seen.push(event.Records.map((r) => r.dynamodb!.SequenceNumber!));
    return answer(event) as DynamoDBBatchResponse | void;
  };
  const result = await simulate({ ...eightRecords(consumer), function: { kind: 'handler', createHandler } });
  return { seen, result };
}
const thrown = () => {
  throw new Error('boom');
};

describe('§G attempts: MaximumRetryAttempts + 1 invocations, then one on-failure record', () => {
  it.each([0, 1, 2, 3])('GIVEN MaximumRetryAttempts %d and a handler that throws WHEN run THEN %d + 1 invocations of the whole batch', async (retryAttempts) => {
    const { seen, result } = await onHandler({ retryAttempts }, thrown);
    expect(seen).toHaveLength(retryAttempts + 1);
    expect(new Set(seen.map((s) => s.join()))).toHaveProperty('size', 1);
    expect(result.onFailureRecords).toHaveLength(1);
    const [record] = result.onFailureRecords;
    expect(record!.requestContext).toMatchObject({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: retryAttempts + 1 });
    expect(record!.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
    expect(record!.DDBStreamBatchInfo).toMatchObject({ batchSize: 8, startSequenceNumber: seen[0]![0], endSequenceNumber: seen[0]![7] });
    expect(result.totals).toMatchObject({ processed: 0, onFailure: 8 });
  });

  it('GIVEN MaximumRetryAttempts -1 (the default) and maxRecordAge 60 s WHEN the batch keeps failing THEN it is retried until the records expire: RecordAgeExceeded, no responseContext', async () => {
    const { seen, result } = await onHandler({ maxRecordAge: seconds(60) }, thrown);
    expect(seen.length).toBeGreaterThan(5);
    expect(result.onFailureRecords).toHaveLength(1);
    const [record] = result.onFailureRecords;
    expect(record!.requestContext).toMatchObject({ condition: 'RecordAgeExceeded', approximateInvokeCount: seen.length });
    expect(record).not.toHaveProperty('responseContext');
    expect(Date.parse(record!.timestamp) - Date.parse(record!.DDBStreamBatchInfo.approximateArrivalOfLastRecord)).toBeGreaterThanOrEqual(60_000);
  });

  it('GIVEN no on-failure destination WHEN retries are exhausted THEN the records still leave (onFailure) but no record is written', async () => {
    const { result } = await onHandler({ retryAttempts: 0, onFailure: 'none' }, thrown);
    expect(result.totals.onFailure).toBe(8);
    expect(result.onFailureRecords).toEqual([]);
  });
});

describe('§G ReportBatchItemFailures answers (read from the real handler\'s return value)', () => {
  it.each([
    ['nothing', () => undefined],
    ['null', () => null],
    ['[]', () => []],
    ['{}', () => ({})],
    ['{ batchItemFailures: [] }', () => ({ batchItemFailures: [] })],
    ['{ batchItemFailures: null }', () => ({ batchItemFailures: null })],
  ])('GIVEN the handler returns %s WHEN run THEN success: one invocation, all 8 checkpointed, no retry', async (_name, answer) => {
    const { seen, result } = await onHandler({ reportBatchItemFailures: true, retryAttempts: 3 }, answer);
    expect(seen).toHaveLength(1);
    expect(result.totals).toMatchObject({ processed: 8, onFailure: 0 });
    expect(result.minutes[0]!.errors).toBe(0);
  });

  it.each([
    ['an empty itemIdentifier', () => ({ batchItemFailures: [{ itemIdentifier: '' }] })],
    ['a null itemIdentifier', () => ({ batchItemFailures: [{ itemIdentifier: null }] })],
    ['a number as itemIdentifier', () => ({ batchItemFailures: [{ itemIdentifier: 123 }] })],
    ['an identifier of no record of the batch', () => ({ batchItemFailures: [{ itemIdentifier: '999999999999999999999' }] })],
    ['a wrong key name { foo: <sequence number> }', (e: DynamoDBStreamEvent) => ({ batchItemFailures: [{ foo: e.Records[2]!.dynamodb!.SequenceNumber }] })],
    ['a wrong key name { foo: null }', () => ({ batchItemFailures: [{ foo: null }] })],
  ])('GIVEN the handler returns %s WHEN run THEN the whole batch failed: retried as a whole, then on-failure with functionError null', async (_name, answer) => {
    const { seen, result } = await onHandler({ reportBatchItemFailures: true, retryAttempts: 1 }, answer);
    expect(seen.map((s) => s.length)).toEqual([8, 8]);
    expect(result.totals).toMatchObject({ processed: 0, onFailure: 8 });
    const [record] = result.onFailureRecords;
    expect(record!.requestContext).toMatchObject({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2 });
    expect(record!.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST', functionError: null });
    expect(record!.DDBStreamBatchInfo.batchSize).toBe(8);
  });

  it('GIVEN records 4 and 6 reported failed every time WHEN run THEN checkpoint before 4: 0–3 never delivered again, the record covers 4–7 only', async () => {
    const { seen, result } = await onHandler({ reportBatchItemFailures: true, retryAttempts: 2 }, (e) => ({
      batchItemFailures: e.Records.filter((r) => [seen4, seen6].includes(r.dynamodb!.SequenceNumber!)).map((r) => ({ itemIdentifier: r.dynamodb!.SequenceNumber })),
    }));
    // (the first event decides which sequence numbers are records 4 and 6)
    expect(seen.map((s) => s.length)).toEqual([8, 4, 4]);
    for (const retry of seen.slice(1)) expect(retry).toEqual(seen[0]!.slice(4));
    expect(result.totals).toMatchObject({ processed: 4, onFailure: 4 });
    expect(result.onFailureRecords[0]!.DDBStreamBatchInfo).toMatchObject({ batchSize: 4, startSequenceNumber: seen[0]![4], endSequenceNumber: seen[0]![7] });
    expect(result.onFailureRecords[0]!.requestContext.approximateInvokeCount).toBe(3);
  });
});

// Sequence numbers of records 4 and 6 of the 8-record batch (filled from a first run, so the partial-failure
// case above names them without hard-coding the engine's numbering).
let seen4 = '';
let seen6 = '';
await (async () => {
  const { seen } = await onHandler({ onFailure: 'none' }, () => undefined);
  [seen4, seen6] = [seen[0]![4]!, seen[0]![6]!];
})();

describe('§G record-age expiry and bisect', () => {
  it('GIVEN maxRecordAge 60 s and old poison records blocking the batch WHEN they expire THEN only they are split out (RecordAgeExceeded) and the fresh ones of the batch still reach the function', async () => {
    // 1 record/s for 90 s, gathered by a 90 s window into one batch; records 0–39 make every batch that holds one fail.
    const scenario = constantScenario(1, 90, { horizonSeconds: 400, consumer: { ...base, batchSize: 100, maxBatchingWindow: seconds(90), maxRecordAge: seconds(60) } });
    const { runner, deliveries } = recordingRunner(10, 0, (batch) => ({ outcome: batch.some((r) => r.index < 40) ? 'error' : 'success' }));
    const { totals, onFailureRecords } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);
    for (const d of deliveries) for (const r of d.records) expect(d.startMs - r.arrivalMs).toBeLessThanOrEqual(60_000);
    const [first] = deliveries;
    const last = deliveries.at(-1)!;
    expect(last.records.every((r) => r.index >= 40)).toBe(true);
    expect(last.records[0]!.index).toBeLessThan(first!.records.at(-1)!.index); // same batch, its fresh part
    for (let i = 1; i < deliveries.length; i++) {
      const [prev, next] = [deliveries[i - 1]!.records, deliveries[i]!.records];
      if (prev.some((r) => r.index < 40)) expect(next.map((r) => r.index)).toEqual(prev.map((r) => r.index).filter((k) => k >= next[0]!.index));
    }
    expect(totals.processed + totals.onFailure).toBe(totals.written);
    expect(onFailureRecords.length).toBeGreaterThan(0);
    for (const record of onFailureRecords) {
      expect(record.requestContext.condition).toBe('RecordAgeExceeded');
      expect(record).not.toHaveProperty('responseContext');
    }
    expect(onFailureRecords.reduce((n, r) => n + r.DDBStreamBatchInfo.batchSize, 0)).toBe(totals.onFailure);
  });

  it('GIVEN bisect and MaximumRetryAttempts 1 WHEN record 4 of 8 always fails THEN the splits use no retry: record 4 alone is tried 1 + 1 times', async () => {
    const { runner, deliveries } = recordingRunner(10, 0, (batch) => ({ outcome: batch.some((r) => r.index === 4) ? 'error' : 'success' }));
    const { totals, onFailureRecords } = await onEngine({ bisectBatchOnError: true, retryAttempts: 1 }, runner);
    expect(deliveries.map((d) => d.records.map((r) => r.index))).toEqual([[0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 3], [4, 5, 6, 7], [4, 5], [4], [4], [5], [6, 7]]);
    expect(totals).toMatchObject({ processed: 7, onFailure: 1 });
    expect(onFailureRecords[0]!.DDBStreamBatchInfo).toMatchObject({ batchSize: 1, startSequenceNumber: deliveries[4]!.records[0]!.sequenceNumber });
  });
});

describe('§G on-failure record layout', () => {
  it('GIVEN a discarded batch WHEN its record is read THEN it has AWS\'s keys in AWS\'s order, ISO times and a v4-shaped request id', async () => {
    const { result } = await onHandler({ retryAttempts: 0 }, thrown);
    const [record] = result.onFailureRecords;
    expect(Object.keys(record!)).toEqual(['requestContext', 'responseContext', 'version', 'timestamp', 'DDBStreamBatchInfo']);
    expect(Object.keys(record!.requestContext)).toEqual(['requestId', 'functionArn', 'condition', 'approximateInvokeCount']);
    expect(Object.keys(record!.DDBStreamBatchInfo)).toEqual(['shardId', 'startSequenceNumber', 'endSequenceNumber', 'approximateArrivalOfFirstRecord', 'approximateArrivalOfLastRecord', 'batchSize', 'streamArn']);
    expect(record!.version).toBe('1.0');
    expect(record!.requestContext.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record!.requestContext.functionArn).toMatch(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+$/);
    expect(record!.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(record!.DDBStreamBatchInfo.approximateArrivalOfFirstRecord).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(record!.DDBStreamBatchInfo.shardId).toMatch(/^shardId-\d{20}-[0-9a-f]{8}$/);
    expect(record!.DDBStreamBatchInfo.streamArn).toMatch(/^arn:aws:dynamodb:[a-z0-9-]+:\d{12}:table\/[\w-]+\/stream\//);
  });

  it('GIVEN the same seed twice, and another seed WHEN run THEN identical records, and other request ids', async () => {
    const scenario = { ...constantScenario(50, 60, { consumer: { ...base, batchSize: 10, retryAttempts: 0 } }), function: { kind: 'cost', fixedMs: 1, perRecordMs: 0 } } as const;
    const failing: FunctionRunner = { invoke: () => ({ durationMs: 5, outcome: 'error' }) };
    const run = (seed: number) => runSimulation({ ...scenario, seed }, resolveConsumerSettings(scenario.consumer), failing);
    const [a, b, c] = [await run(7), await run(7), await run(8)];
    expect(a.onFailureRecords).toHaveLength(100); // the first 100 of ~300 batches
    expect(b.onFailureRecords).toEqual(a.onFailureRecords);
    expect(new Set(a.onFailureRecords.map((r) => r.requestContext.requestId)).size).toBe(100);
    expect(c.onFailureRecords[0]!.requestContext.requestId).not.toBe(a.onFailureRecords[0]!.requestContext.requestId);
  });
});
