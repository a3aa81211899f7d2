// `redrive --target aws` end to end, with no account: CloudFormation mocked; SQS and DynamoDB Streams mocked on
// 127.0.0.1 behind the real SDK clients (the stream is the engine's reader, in virtual time); the handler writes
// to dynalite on loopback. Never the network, never credentials.
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateTableCommand, ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SQSClient } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StreamRecordView } from '../engine/function-runner.js';
import { streamArn } from '../engine/handler/stream-event-builder.js';
import type { OnFailureRecord } from '../engine/on-failure-record.js';
import { createStreamReader, StreamReadError } from '../engine/stream-reader.js';
import { isWorkshopError } from '../errors/workshop-error.js';
import type { RedriveFailure } from '../redrive/redrive-contract.js';
import type { CreateHandler } from '../runtime/consumer-io.js';
import { mockedClientOptions, startMockedAwsJsonServer, type JsonAnswer, type JsonCall, type MockedAwsJsonServer } from '../testing/aws-json-server.js';
import { startLocalDynamo, type LocalDynamo } from '../testing/dynalite-server.js';
import type { CliContext } from './cli-context.js';
import type { ConfirmAnswer } from './confirm-prompt.js';
import { makeRegisterRedrive } from './commands/redrive.js';
import { redriveOnAws, type RedriveAwsDeps } from './redrive-aws.js';

const HOUR = 3_600_000;
const SHARD = 'shardId-00000001767225600000-0000beef';
const STREAM = { region: 'us-east-1', accountId: '111122223333', tableName: 'IteratorAgeWorkshop-09-redrive-SourceTable' };
const ARN = streamArn(STREAM);
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/111122223333/IteratorAgeWorkshop-09-redrive-FailedBatches';
const RESULTS = 'IteratorAgeWorkshop-09-redrive-ResultsTable';
const seq = (i: number) => `8${String(i).padStart(20, '0')}`;
const view = (i: number): StreamRecordView => ({ sequenceNumber: seq(i), shardId: SHARD, keyIndex: i % 4, index: i, eventName: 'INSERT', arrivalMs: i * 1_000, sizeBytes: 200 });
const VIEWS = Array.from({ length: 10 }, (_, i) => view(i));

/** An on-failure record in AWS's layout for records `first`–`last` of the shard. */
const failure = (first: number, last: number): OnFailureRecord => ({
  requestContext: { requestId: `00000000-0000-4000-8000-00000000000${first}`, functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:consumer', condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 },
  responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: null },
  version: '1.0',
  timestamp: '2026-01-01T00:01:00.000Z',
  DDBStreamBatchInfo: { shardId: SHARD, startSequenceNumber: seq(first), endSequenceNumber: seq(last), approximateArrivalOfFirstRecord: '2026-01-01T00:00:00Z', approximateArrivalOfLastRecord: '2026-01-01T00:00:00Z', batchSize: last - first + 1, streamArn: ARN },
});

/** A redrive as lab 09 asks for it: AT_SEQUENCE_NUMBER, then GetRecords until past endSequenceNumber. */
const redriveFailure: RedriveFailure = async ({ failure: f, streams, handler }) => {
  const info = f.DDBStreamBatchInfo;
  let { ShardIterator } = await streams.getShardIterator({ StreamArn: info.streamArn, ShardId: info.shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: info.startSequenceNumber });
  let records = 0;
  while (ShardIterator) {
    const page = await streams.getRecords({ ShardIterator });
    const inRange = (page.Records ?? []).filter((r) => BigInt(r.dynamodb!.SequenceNumber!) <= BigInt(info.endSequenceNumber));
    if (inRange.length > 0) await handler({ Records: inRange });
    records += inRange.length;
    if (inRange.length < (page.Records ?? []).length || (page.Records ?? []).length === 0) break;
    ShardIterator = page.NextShardIterator;
  }
  return { records };
};
/** The fixed handler: one results row per record, keyed by the record's keys (a redelivery rewrites the same row). */
const createHandler: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) {
    const keys = unmarshall(record.dynamodb!.Keys as never) as { pk: string; sk: string };
    await io.putResult({ pk: keys.pk, sk: keys.sk, sequenceNumber: record.dynamodb!.SequenceNumber, source: record.eventSourceARN });
  }
};
const LAB = { id: '09', stackName: 'IteratorAgeWorkshop-09-redrive', redriveFile: 'labs/09-redrive/redrive.ts', redriveFailure, createHandler };

/** SQS mocked: an in-memory queue answering ReceiveMessage (hiding what it returns), DeleteMessage, GetQueueAttributes. */
function sqsAnswers(bodies: readonly string[]) {
  const messages = bodies.map((body, i) => ({ id: `m-${i + 1}`, body, hidden: false }));
  const answer = (call: JsonCall): JsonAnswer => {
    if (call.operation === 'GetQueueAttributes') {
      return { body: { Attributes: { ApproximateNumberOfMessages: String(messages.filter((m) => !m.hidden).length), ApproximateNumberOfMessagesNotVisible: String(messages.filter((m) => m.hidden).length) } } };
    }
    if (call.operation === 'ReceiveMessage') {
      const out = messages.filter((m) => !m.hidden).slice(0, Number(call.input['MaxNumberOfMessages']));
      for (const m of out) m.hidden = true;
      return { body: out.length === 0 ? {} : { Messages: out.map((m) => ({ MessageId: m.id, ReceiptHandle: `r-${m.id}`, Body: m.body, MD5OfBody: createHash('md5').update(m.body).digest('hex') })) } };
    }
    if (call.operation === 'DeleteMessage') {
      const at = messages.findIndex((m) => `r-${m.id}` === call.input['ReceiptHandle']);
      messages.splice(at, 1);
      return { body: {} };
    }
    return { error: 'com.amazonaws.sqs#UnsupportedOperation', message: call.operation };
  };
  return { answer, messages };
}

/** DynamoDB Streams mocked: the engine's reader over VIEWS at virtual time `nowMs`, answered as the API's JSON. */
function streamsAnswers(nowMs: number, poisonRecords: readonly number[] = []) {
  const reader = createStreamReader({ records: VIEWS, now: () => nowMs, context: { ...STREAM, poisonRecords } });
  return (call: JsonCall): JsonAnswer => {
    try {
      if (call.operation === 'GetShardIterator') return { body: reader.getShardIterator(call.input as never) };
      const out = reader.getRecords(call.input as never);
      return { body: { Records: out.Records.map(({ eventSourceARN: _arn, ...rest }) => rest), NextShardIterator: out.NextShardIterator } };
    } catch (error) {
      if (error instanceof StreamReadError) return { error: `com.amazonaws.dynamodb.v20120810#${error.name}`, message: error.message };
      throw error;
    }
  };
}

const OUTPUTS = { FailureQueueUrl: QUEUE_URL, StreamArn: ARN, ResultsTableName: RESULTS, FunctionName: 'IteratorAgeWorkshop-09-redrive-Consumer' };
const stack = (outputs: Record<string, string> = OUTPUTS) => ({ Stacks: [{ StackName: LAB.stackName, StackStatus: 'CREATE_COMPLETE', Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })) }] });

let servers: MockedAwsJsonServer[] = [];
let dynamo: LocalDynamo;
beforeEach(async () => {
  dynamo = await startLocalDynamo();
  await dynamo.client.send(new CreateTableCommand({ TableName: RESULTS, BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }] }));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  await dynamo.close();
  process.exitCode = undefined;
});

interface Setup {
  readonly bodies?: readonly string[];
  readonly nowMs?: number;
  readonly cloudFormation?: (command: DescribeStacksCommand) => unknown;
  readonly confirm?: ConfirmAnswer;
  /** Records of VIEWS written malformed (their amount as text), as lab 07's load writes its poison order. */
  readonly poison?: readonly number[];
}
async function setup(given: Setup) {
  const sqs = sqsAnswers(given.bodies ?? []);
  const sqsServer = await startMockedAwsJsonServer(sqs.answer);
  const streamsServer = await startMockedAwsJsonServer(streamsAnswers(given.nowMs ?? 60_000, given.poison));
  servers.push(sqsServer, streamsServer);
  const asked: string[] = [];
  const cfnCalls: DescribeStacksCommand[] = [];
  const deps: RedriveAwsDeps = {
    cloudFormation: () => ({ send: async (command: DescribeStacksCommand) => {
      cfnCalls.push(command);
      return (given.cloudFormation ?? (() => stack()))(command);
    } }) as never,
    sqs: () => new SQSClient(mockedClientOptions(sqsServer.endpoint)),
    streams: () => new DynamoDBStreamsClient(mockedClientOptions(streamsServer.endpoint)),
    dynamo: () => dynamo.client as DynamoDBClient,
    defaultRegion: async () => undefined,
    confirm: async (question) => {
      asked.push(question);
      return given.confirm ?? 'yes';
    },
  };
  return { deps, sqs, sqsCalls: sqsServer.calls, streamsCalls: streamsServer.calls, asked, cfnCalls };
}
const ctxFor = (out: string[], language: 'en' | 'pt-BR' = 'en'): CliContext => ({ language, out: (t) => out.push(t), err: () => undefined, isTty: false, env: { AWS_REGION: 'us-east-1' }, repoRoot: '/nowhere' });
const rows = async () => ((await dynamo.client.send(new ScanCommand({ TableName: RESULTS }))).Items ?? []).map((item) => unmarshall(item)).sort((a, b) => String(a['sequenceNumber']).localeCompare(String(b['sequenceNumber'])));
async function rejection(work: Promise<unknown>) {
  const error = await work.then(() => undefined, (e: unknown) => e);
  if (!isWorkshopError(error)) throw new Error(`expected a WorkshopError, got ${String(error)}`);
  return error;
}

describe('redriveOnAws (CloudFormation mocked; SQS and Streams mocked on loopback; dynalite)', () => {
  it('GIVEN two on-failure messages (1 and 3 records) WHEN redriven after confirming THEN the 4 rows are written once, both messages deleted, the report says so, exit 0', async () => {
    const { deps, sqs, asked, streamsCalls } = await setup({ bodies: [JSON.stringify(failure(3, 3)), JSON.stringify(failure(5, 7))] });
    const out: string[] = [];
    await redriveOnAws(ctxFor(out), deps, LAB, {});
    expect(asked).toEqual([`Redrive them with labs/09-redrive/redrive.ts? Each message redriven is deleted, and the handler writes its records to ${RESULTS}. [y/N] `]);
    expect((await rows()).map((r) => r['sequenceNumber'])).toEqual([seq(3), seq(5), seq(6), seq(7)]);
    expect((await rows()).every((r) => r['source'] === ARN)).toBe(true);
    expect(sqs.messages).toEqual([]);
    expect(streamsCalls.filter((c) => c.operation === 'GetShardIterator').map((c) => c.input['SequenceNumber'])).toEqual([seq(3), seq(5)]);
    expect(out[0]).toBe('On-failure queue IteratorAgeWorkshop-09-redrive-FailedBatches (us-east-1): ≈ 2 message(s) waiting, 0 in flight.');
    expect(out).toContain('2 message(s) redriven (4 record(s)), 0 kept in the queue.');
    expect(out.at(-1)).toBe('Then: npx workshop check 09 --target aws --function IteratorAgeWorkshop-09-redrive-Consumer --region us-east-1');
    expect(process.exitCode).toBeUndefined();
  });

  it('GIVEN a redrive 25 h after the failure WHEN redriven in Portuguese THEN TrimmedDataAccessException: the message is kept, the records are said to be gone, nothing written, exit 1', async () => {
    const { deps, sqs } = await setup({ bodies: [JSON.stringify(failure(3, 3))], nowMs: 25 * HOUR });
    const out: string[] = [];
    await redriveOnAws(ctxFor(out, 'pt-BR'), deps, LAB, { yes: true });
    expect(out.join('\n')).toContain('TrimmedDataAccessException');
    expect(out).toContain('0 mensagem(ns) reprocessada(s) (0 registro(s)), 1 mantida(s) na fila.');
    expect(await rows()).toEqual([]);
    expect(sqs.messages.map((m) => m.id)).toEqual(['m-1']);
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN a malformed body beside a good one WHEN redriven THEN the good one is redriven and deleted, the malformed one kept and named, exit 1', async () => {
    const { deps, sqs } = await setup({ bodies: ['{"hello":"world"}', JSON.stringify(failure(2, 2))] });
    const out: string[] = [];
    await redriveOnAws(ctxFor(out), deps, LAB, { yes: true });
    expect(out.join('\n')).toContain('Message m-1 was kept: it is not an on-failure record');
    expect((await rows()).map((r) => r['sequenceNumber'])).toEqual([seq(2)]);
    expect(sqs.messages.map((m) => m.id)).toEqual(['m-1']);
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN an empty queue WHEN redriven THEN the empty report, no question and no ReceiveMessage, exit 1', async () => {
    const { deps, sqsCalls, asked } = await setup({ bodies: [] });
    const out: string[] = [];
    await redriveOnAws(ctxFor(out), deps, LAB, {});
    expect(out).toContain('Nothing to redrive: the on-failure queue holds no message.');
    expect(sqsCalls.map((c) => c.operation)).toEqual(['GetQueueAttributes']);
    expect(asked).toEqual([]);
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN the question answered "no" WHEN redriving THEN not_confirmed and nothing received, written or deleted', async () => {
    const { deps, sqs, sqsCalls } = await setup({ bodies: [JSON.stringify(failure(3, 3))], confirm: 'no' });
    const error = await rejection(redriveOnAws(ctxFor([]), deps, LAB, {}));
    expect(error.issue).toEqual({ code: 'not_confirmed', action: 'redrive IteratorAgeWorkshop-09-redrive-FailedBatches', reason: 'declined' });
    expect(sqsCalls.map((c) => c.operation)).toEqual(['GetQueueAttributes']);
    expect(sqs.messages).toHaveLength(1);
    expect(await rows()).toEqual([]);
  });

  it('GIVEN no lab 09 stack in the Region WHEN redriving THEN stack_not_found names it and how to deploy, and SQS is never called', async () => {
    const missing = Object.assign(new Error('Stack with id IteratorAgeWorkshop-09-redrive does not exist'), { name: 'ValidationError' });
    const { deps, sqsCalls } = await setup({ bodies: [JSON.stringify(failure(3, 3))], cloudFormation: () => { throw missing; } });
    const error = await rejection(redriveOnAws(ctxFor([]), deps, LAB, {}));
    expect(error.issue).toEqual({ code: 'stack_not_found', stackName: 'IteratorAgeWorkshop-09-redrive', region: 'us-east-1', lab: '09' });
    expect(sqsCalls).toEqual([]);
  });

  it('GIVEN no AWS credentials WHEN redriving THEN missing_credentials before any queue call', async () => {
    const noCredentials = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    const { deps, sqsCalls } = await setup({ bodies: [JSON.stringify(failure(3, 3))], cloudFormation: () => { throw noCredentials; } });
    const error = await rejection(redriveOnAws(ctxFor([]), deps, LAB, { profile: 'learner' }));
    expect(error.issue).toEqual({ code: 'missing_credentials', profile: 'learner' });
    expect(sqsCalls).toEqual([]);
  });

  it('GIVEN a stack without an on-failure queue (e.g. deployed before the output existed) WHEN redriving THEN stack_output_missing names FailureQueueUrl', async () => {
    const { FailureQueueUrl: _url, ...rest } = OUTPUTS;
    const { deps, cfnCalls } = await setup({ cloudFormation: () => stack(rest) });
    const error = await rejection(redriveOnAws(ctxFor([]), deps, LAB, {}));
    expect(error.issue).toEqual({ code: 'stack_output_missing', stackName: 'IteratorAgeWorkshop-09-redrive', output: 'FailureQueueUrl', lab: '09' });
    expect(cfnCalls[0]?.input).toEqual({ StackName: 'IteratorAgeWorkshop-09-redrive' });
  });

  it('GIVEN no Region anywhere WHEN redriving THEN missing_region, before CloudFormation', async () => {
    const { deps, cfnCalls } = await setup({});
    const error = await rejection(redriveOnAws({ ...ctxFor([]), env: {} }, deps, LAB, {}));
    expect(error.issue).toEqual({ code: 'missing_region' });
    expect(cfnCalls).toEqual([]);
  });
});

describe('workshop redrive --target aws with lab 09\'s own files (lab loader; CloudFormation mocked, SQS/Streams on loopback, dynalite)', () => {
  const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
  const POISON = 3;
  /** The command on the mocked clients, with the stream's record POISON written malformed (its amount as text). */
  async function redriveCommand(args: readonly string[], bodies: readonly string[], nowMs: number, language: 'en' | 'pt-BR' = 'en') {
    const { deps, sqs } = await setup({ bodies, nowMs, poison: [POISON] });
    const out: string[] = [];
    const program = new Command('workshop').exitOverride();
    makeRegisterRedrive(deps, async () => { throw new Error('the local run is not used on --target aws'); })(program, { ...ctxFor(out, language), repoRoot });
    await program.parseAsync(['redrive', '--target', 'aws', ...args], { from: 'user' });
    return { out, sqs };
  }

  it('GIVEN the poison order\'s on-failure message WHEN redriven with solutions/09 THEN the fixed handler bills "12,50" as 1,250 cents in one row, the message is deleted, exit 0', async () => {
    const { out, sqs } = await redriveCommand(['--solution', '--yes'], [JSON.stringify(failure(POISON, POISON))], HOUR);
    const written = await rows();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ sequenceNumber: seq(POISON), totalCents: 1_250 });
    expect(sqs.messages).toEqual([]);
    expect(out).toContain('1 message(s) redriven (1 record(s)), 0 kept in the queue.');
    expect(process.exitCode).toBeUndefined();
  });

  it('GIVEN the same message 25 h later WHEN redriven with the untouched starter THEN its try/catch resolves: the kit deletes the message though nothing was written — the data and its last trace are gone (what lab 09 teaches)', async () => {
    const { out, sqs } = await redriveCommand(['--yes'], [JSON.stringify(failure(POISON, POISON))], 25 * HOUR);
    expect(await rows()).toEqual([]);
    expect(sqs.messages).toEqual([]);
    expect(out).toContain('1 message(s) redriven (0 record(s)), 0 kept in the queue.');
  });

  it('GIVEN the same message 25 h later WHEN redriven with solutions/09 in Portuguese THEN the message is kept and the records are said to be gone, exit 1', async () => {
    const { out, sqs } = await redriveCommand(['--solution', '--yes'], [JSON.stringify(failure(POISON, POISON))], 25 * HOUR, 'pt-BR');
    expect(out.join('\n')).toContain('TrimmedDataAccessException');
    expect(sqs.messages.map((m) => m.id)).toEqual(['m-1']);
    expect(process.exitCode).toBe(1);
  });
});
