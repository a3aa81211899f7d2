// `check 09 --target aws` with CloudWatch, Lambda and SQS mocked: after the redrive, the deployed mapping is
// failure-bounded and its on-failure queue (found from the mapping's destination ARN) holds no message.
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../cli-context.js';
import { awsCheckContext, checkNow, checkProgram } from '../test-fixtures/check-on-aws.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const start = Date.parse('2026-03-01T10:00:00Z');
const QUEUE = 'IteratorAgeWorkshop-09-redrive-FailedBatches4F1A';
const series = (id: string, values: readonly number[]) => ({ Id: id, Timestamps: values.map((_, i) => new Date(start + i * 60_000)), Values: [...values] });
const cloudWatch = () => ({
  send: async (command: unknown) => {
    expect(command).toBeInstanceOf(GetMetricDataCommand);
    return { MetricDataResults: [series('iteratorAge', [3_100, 200, 180]), series('invocations', [40, 40, 40]), series('throttles', [0, 0, 0])] };
  },
});
const lambda = () => ({
  send: async (command: unknown) => {
    expect(command).toBeInstanceOf(ListEventSourceMappingsCommand);
    return { EventSourceMappings: [{
      EventSourceArn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/x', BatchSize: 1_000, ParallelizationFactor: 10, MaximumRetryAttempts: 2,
      BisectBatchOnFunctionError: true, FunctionResponseTypes: ['ReportBatchItemFailures'], DestinationConfig: { OnFailure: { Destination: `arn:aws:sqs:us-east-1:111122223333:${QUEUE}` } },
    }] };
  },
});
const sqs = (visible: number, inFlight: number) => () => ({
  send: async (command: unknown) => {
    if (command instanceof GetQueueUrlCommand) return { QueueUrl: `https://sqs.us-east-1.amazonaws.com/111122223333/${command.input.QueueName}` };
    expect(command).toBeInstanceOf(GetQueueAttributesCommand);
    return { Attributes: { ApproximateNumberOfMessages: String(visible), ApproximateNumberOfMessagesNotVisible: String(inFlight) } };
  },
});
const program = checkProgram;
const ctxFor = (out: string[], language: 'en' | 'pt-BR' = 'en'): CliContext => awsCheckContext(repoRoot, out, language);
const now = checkNow;
const args = ['check', '09', '--solution', '--target', 'aws', '--function', 'fn', '--since', '3m'];

describe('workshop check 09 --target aws (CloudWatch, Lambda and SQS mocked)', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('GIVEN the redrive emptied the queue (mocked) WHEN checked on AWS THEN the failure bounds and the empty queue pass', async () => {
    const out: string[] = [];
    await program({ cloudWatch, lambda, sqs: sqs(0, 0), now }, ctxFor(out)).parseAsync(args, { from: 'user' });
    expect(out.filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(out).toContain('✔ the on-failure queue of the deployed mapping is empty after the redrive: no message waiting, none in flight');
    expect(out.join('\n')).toContain('✔ Lab 09 passes.');
  });

  it('GIVEN the poison order\'s message still in the queue (mocked) WHEN checked on AWS in Portuguese THEN the queue expectation fails with the count, exit 1', async () => {
    const out: string[] = [];
    await program({ cloudWatch, lambda, sqs: sqs(1, 0), now }, ctxFor(out, 'pt-BR')).parseAsync(args, { from: 'user' });
    expect(out.join('\n')).toContain('✖ a fila de falhas do mapping implantado está vazia depois do redrive');
    expect(out.join('\n')).toContain(`1 mensagem(ns) esperando, 0 em processamento em ${QUEUE}`);
    expect(process.exitCode).toBe(1);
  });
});
