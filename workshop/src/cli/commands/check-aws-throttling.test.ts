// `check 08 --target aws` with CloudWatch and Lambda mocked, and DynamoDB Streams mocked on 127.0.0.1 (the real SDK
// client): the deployed lab 08 must show 0 Throttles beside a low IteratorAge, and a reserved concurrency
// (GetFunctionConcurrency) covering the stream's open shards (DescribeStream, every page) × ParallelizationFactor.
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { GetFunctionConcurrencyCommand, ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { isWorkshopError } from '../../errors/workshop-error.js';
import { mockedClientOptions, startMockedAwsJsonServer, type JsonAnswer, type JsonCall, type MockedAwsJsonServer } from '../../testing/aws-json-server.js';
import type { CliContext } from '../cli-context.js';
import { scratchRepo } from '../test-fixtures/scratch-repo.js';
import { awsCheckContext, checkNow, checkProgram } from '../test-fixtures/check-on-aws.js';

// A passing check of the starter notes the pass in <root>/.workshop/progress.json: a scratch root keeps it out of the checkout.
const scratch = scratchRepo('check-aws-throttling');
const repoRoot = scratch.root;
const start = Date.parse('2026-03-01T10:00:00Z');
const series = (id: string, values: readonly number[]) => ({ Id: id, Timestamps: values.map((_, i) => new Date(start + i * 60_000)), Values: [...values] });
const cloudWatch = (ages: readonly number[], throttles: readonly number[]) => ({
  send: async (command: unknown) => {
    expect(command).toBeInstanceOf(GetMetricDataCommand);
    return { MetricDataResults: [series('iteratorAge', ages), series('invocations', ages.map(() => 40)), series('throttles', throttles)] };
  },
});
/** Lambda mocked: the mapping (PF 10) and the function's reserved concurrency (undefined: none reserved). */
const lambdaWith = (reserved: number | undefined) => () => ({
  send: async (command: unknown) => {
    if (command instanceof GetFunctionConcurrencyCommand) {
      expect(command.input).toEqual({ FunctionName: 'fn' });
      return reserved === undefined ? {} : { ReservedConcurrentExecutions: reserved };
    }
    expect(command).toBeInstanceOf(ListEventSourceMappingsCommand);
    return { EventSourceMappings: [{ EventSourceArn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/x', BatchSize: 1_000, ParallelizationFactor: 10 }] };
  },
});
const lambda = lambdaWith(40);
const STREAM = 'arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/x';
/** A shard as DescribeStream lists it: closed ones have an EndingSequenceNumber. */
const shard = (n: number, closed = false) => ({
  ShardId: `shardId-00000001700000000000-${String(n).padStart(8, '0')}`,
  SequenceNumberRange: { StartingSequenceNumber: `${n}00000000000000000001`, ...(closed ? { EndingSequenceNumber: `${n}00000000000000000999` } : {}) },
});
/** One DescribeStream page: its shards and, when more follow, the last one's id. */
const page = (shards: readonly ReturnType<typeof shard>[], more = false): JsonAnswer => ({
  body: { StreamDescription: { StreamArn: STREAM, StreamStatus: 'ENABLED', StreamViewType: 'NEW_AND_OLD_IMAGES', Shards: shards, ...(more ? { LastEvaluatedShardId: shards.at(-1)!.ShardId } : {}) } },
});
let server: MockedAwsJsonServer | undefined;
/** DynamoDB Streams mocked on loopback, answering each DescribeStream with `answer`; the check's client is the real SDK one. */
async function streamsAnswering(answer: (call: JsonCall) => JsonAnswer) {
  server = await startMockedAwsJsonServer(answer);
  const endpoint = server.endpoint;
  return { streams: () => new DynamoDBStreamsClient(mockedClientOptions(endpoint)), calls: server.calls };
}
/** Four open shards, as the local scenario has (so the existing expectations keep their 4 × 10 = 40). */
const fourOpen = () => streamsAnswering(() => page([shard(1), shard(2), shard(3), shard(4)]));
const program = checkProgram;
const ctxFor = (out: string[], language: 'en' | 'pt-BR' = 'en'): CliContext => awsCheckContext(repoRoot, out, language);
const now = checkNow;

describe('workshop check 08 --target aws (CloudWatch and Lambda mocked)', () => {
  afterAll(() => scratch.remove());
  afterEach(async () => {
    process.exitCode = undefined;
    await server?.close();
    server = undefined;
  });

  it('GIVEN the fixed lab 08 deployed (mocked): 0 throttles, IteratorAge under 1 s WHEN checked on AWS THEN it passes', async () => {
    const out: string[] = [];
    const { streams } = await fourOpen();
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda, streams, now }, ctxFor(out)).parseAsync(['check', '08', '--solution', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out.filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(out).toContain('✔ CloudWatch shows 0 Throttles (Sum) in every minute of the run');
    expect(out).toContain("✔ the deployed function's reserved concurrency is at least open shards × ParallelizationFactor = 4 open shards (DescribeStream) × 10 = 40");
    expect(out.join('\n')).toContain('✔ Lab 08 passes.');
  });

  it.each([[10, 'reserved concurrency is 10'], [undefined, "no reserved concurrency (the function shares the account's pool)"]])('GIVEN lab 08 deployed (mocked) with reserved concurrency %s and no throttle yet WHEN checked on AWS THEN the concurrency expectation fails and says what is deployed', async (reserved, told) => {
    const out: string[] = [];
    const { streams } = await fourOpen();
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda: lambdaWith(reserved), streams, now }, ctxFor(out)).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    const text = out.join('\n');
    expect(text).toContain("✖ the deployed function's reserved concurrency is at least open shards × ParallelizationFactor = 4 open shards (DescribeStream) × 10 = 40");
    expect(text).toContain(told);
    expect(text).toContain('✔ CloudWatch shows 0 Throttles (Sum) in every minute of the run');
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN a throttled lab 08 deployed (mocked): throttles, no error, IteratorAge of seconds WHEN checked on AWS in Portuguese THEN the Throttles expectation fails with the count', async () => {
    const out: string[] = [];
    const { streams } = await fourOpen();
    await program({ cloudWatch: () => cloudWatch([3_000, 7_000, 7_100], [1_500, 1_050, 1_050]), lambda, streams, now }, ctxFor(out, 'pt-BR')).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out.join('\n')).toContain('✖ o CloudWatch mostra 0 Throttles (Sum) em todos os minutos da execução');
    expect(out.join('\n')).toContain('3.600 throttles na janela');
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN a stream with 1 open shard and 1 closed (DescribeStream mocked on loopback), PF 10, reserved 10 WHEN checked on AWS THEN the concurrency expectation passes with 1 × 10 = 10', async () => {
    const out: string[] = [];
    const { streams, calls } = await streamsAnswering(() => page([shard(1, true), shard(2)]));
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda: lambdaWith(10), streams, now }, ctxFor(out)).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(calls).toEqual([{ operation: 'DescribeStream', input: { StreamArn: STREAM } }]);
    expect(out).toContain("✔ the deployed function's reserved concurrency is at least open shards × ParallelizationFactor = 1 open shard (DescribeStream) × 10 = 10");
    expect(out.filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(out.join('\n')).toContain('✔ Lab 08 passes.');
    // The starter's pass on AWS is noted for `list`, in the scratch root (never in the checkout).
    expect(JSON.parse(readFileSync(join(repoRoot, '.workshop', 'progress.json'), 'utf8')).labs['08']).toEqual({ passedAt: '2026-03-01T10:03:00.000Z' });
  });

  it('GIVEN a stream with 3 open shards (DescribeStream mocked on loopback), PF 10, reserved 10 WHEN checked on AWS in Portuguese THEN the concurrency expectation fails naming 30', async () => {
    const out: string[] = [];
    const { streams } = await streamsAnswering(() => page([shard(1), shard(2), shard(3)]));
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda: lambdaWith(10), streams, now }, ctxFor(out, 'pt-BR')).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    const text = out.join('\n');
    expect(text).toContain('✖ a concorrência reservada da função implantada é pelo menos shards abertos × ParallelizationFactor = 3 shards abertos (DescribeStream) × 10 = 30');
    expect(text).toContain('a concorrência reservada é 10');
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN DescribeStream (mocked on loopback) answering 5 open shards in two pages, reserved 40 WHEN checked on AWS THEN the second call starts after the first page\'s last shard and the expectation asks for 5 × 10 = 50 (as the lab 08 page says)', async () => {
    const out: string[] = [];
    const { streams, calls } = await streamsAnswering((call) => (call.input.ExclusiveStartShardId === undefined
      ? page([shard(1, true), shard(2), shard(3)], true)
      : page([shard(4, true), shard(5), shard(6), shard(7)])));
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda: lambdaWith(40), streams, now }, ctxFor(out)).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(calls).toEqual([
      { operation: 'DescribeStream', input: { StreamArn: STREAM } },
      { operation: 'DescribeStream', input: { StreamArn: STREAM, ExclusiveStartShardId: shard(3).ShardId } },
    ]);
    expect(out).toContain("✖ the deployed function's reserved concurrency is at least open shards × ParallelizationFactor = 5 open shards (DescribeStream) × 10 = 50");
    expect(out).toContain('    reserved concurrency is 40');
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN a stream whose shards are all closed (DescribeStream mocked on loopback) WHEN checked on AWS THEN the concurrency expectation fails and asks whether the stream is enabled', async () => {
    const out: string[] = [];
    const { streams } = await streamsAnswering(() => page([shard(1, true), shard(2, true)]));
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda: lambdaWith(40), streams, now }, ctxFor(out)).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    const text = out.join('\n');
    expect(text).toContain('= 0 open shards (DescribeStream) × 10 = 0');
    expect(text).toContain("the stream has no open shard (StreamStatus ENABLED, 2 closed): is the table's stream enabled? reserved concurrency is 40");
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN credentials without dynamodb:DescribeStream (DescribeStream mocked on loopback answers AccessDeniedException) WHEN checked on AWS THEN aws_access_denied names the action and the stream', async () => {
    const { streams } = await streamsAnswering(() => ({ error: 'com.amazonaws.dynamodb.v20120810#AccessDeniedException', message: 'User: arn:aws:iam::111122223333:user/learner is not authorized to perform: dynamodb:DescribeStream' }));
    const error = await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda, streams, now }, ctxFor([])).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' }).catch((e: unknown) => e);
    expect(isWorkshopError(error) && error.issue).toEqual({ code: 'aws_access_denied', service: 'DynamoDB Streams', action: 'dynamodb:DescribeStream', resource: STREAM });
  });

  it('GIVEN DescribeStream (mocked on loopback) failing with an internal error WHEN checked on AWS THEN aws_call_failed names DynamoDB Streams DescribeStream and the service\'s words', async () => {
    const { streams } = await streamsAnswering(() => ({ error: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'mocked failure', status: 500 }));
    const error = await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda, streams, now }, ctxFor([])).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' }).catch((e: unknown) => e);
    expect(isWorkshopError(error) && error.issue).toEqual({ code: 'aws_call_failed', service: 'DynamoDB Streams', operation: 'DescribeStream', detail: 'mocked failure' });
  });
});
