import { GetMetricDataCommand, type CloudWatchClient, type GetMetricDataCommandInput, type GetMetricDataCommandOutput } from '@aws-sdk/client-cloudwatch';
import { ResourceNotFoundException, type LambdaClient } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { checkFunctionExists } from './function-check.js';
import { readConsumerMetrics } from './metric-reader.js';

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0); // 12:00:00 UTC
const at = (minute: number) => new Date(T0 + minute * 60_000);

/** A mocked CloudWatch: answers GetMetricData with the given pages, in order, and records the requests. */
function mockedCloudWatch(pages: Partial<GetMetricDataCommandOutput>[]) {
  const requests: GetMetricDataCommandInput[] = [];
  const client = {
    send: async (command: GetMetricDataCommand) => {
      requests.push(command.input);
      return { $metadata: {}, ...pages[requests.length - 1] } as GetMetricDataCommandOutput;
    },
  } as unknown as Pick<CloudWatchClient, 'send'>;
  return { client, requests };
}

describe('readConsumerMetrics (mocked CloudWatch)', () => {
  it('GIVEN a window from 12:00:30 to 12:04:10 WHEN read THEN it asks for whole minutes 12:00–12:05 at 60 s, with the four metrics and their statistics', async () => {
    const { client, requests } = mockedCloudWatch([{ MetricDataResults: [] }]);
    const metrics = await readConsumerMetrics({ functionName: 'consumer', since: new Date(T0 + 30_000), until: new Date(T0 + 250_000), client });
    expect(metrics.minutes).toBe(5);
    expect(metrics.startMs).toBe(T0);
    expect(requests[0]!.StartTime).toEqual(at(0));
    expect(requests[0]!.EndTime).toEqual(at(5));
    expect(requests[0]!.MetricDataQueries!.map((q) => [q.Id, q.MetricStat!.Metric!.MetricName, q.MetricStat!.Stat, q.MetricStat!.Period])).toEqual([
      ['iteratorAge', 'IteratorAge', 'Maximum', 60],
      ['invocations', 'Invocations', 'Sum', 60],
      ['errors', 'Errors', 'Sum', 60],
      ['throttles', 'Throttles', 'Sum', 60],
    ]);
    expect(requests[0]!.MetricDataQueries![0]!.MetricStat!.Metric!).toMatchObject({ Namespace: 'AWS/Lambda', Dimensions: [{ Name: 'FunctionName', Value: 'consumer' }] });
  });

  it('GIVEN points at minutes 1 and 3 only WHEN read THEN they land at indexes 1 and 3 and the other minutes are null (no data)', async () => {
    const { client } = mockedCloudWatch([
      { MetricDataResults: [{ Id: 'iteratorAge', Timestamps: [at(3), at(1)], Values: [45_000, 1_200] }, { Id: 'invocations', Timestamps: [at(1)], Values: [12] }] },
    ]);
    const metrics = await readConsumerMetrics({ functionName: 'consumer', since: at(0), until: at(5), client });
    expect(metrics.iteratorAgeMs).toEqual([null, 1_200, null, 45_000, null]);
    expect(metrics.invocations).toEqual([null, 12, null, null, null]);
    expect(metrics.errors).toEqual([null, null, null, null, null]);
  });

  it('GIVEN two pages joined by NextToken WHEN read THEN both are merged and the token is sent back', async () => {
    const { client, requests } = mockedCloudWatch([
      { MetricDataResults: [{ Id: 'errors', Timestamps: [at(0)], Values: [2] }], NextToken: 'page-2' },
      { MetricDataResults: [{ Id: 'errors', Timestamps: [at(2)], Values: [5] }, { Id: 'throttles', Timestamps: [at(2)], Values: [1] }] },
    ]);
    const metrics = await readConsumerMetrics({ functionName: 'consumer', since: at(0), until: at(3), client });
    expect(requests.map((r) => r.NextToken)).toEqual([undefined, 'page-2']);
    expect(metrics.errors).toEqual([2, null, 5]);
    expect(metrics.throttles).toEqual([null, null, 1]);
  });

  it('GIVEN a point outside the window WHEN read THEN it is ignored', async () => {
    const { client } = mockedCloudWatch([{ MetricDataResults: [{ Id: 'iteratorAge', Timestamps: [at(-1), at(9)], Values: [1, 2] }] }]);
    const metrics = await readConsumerMetrics({ functionName: 'consumer', since: at(0), until: at(2), client });
    expect(metrics.iteratorAgeMs).toEqual([null, null]);
  });

  it('GIVEN CloudWatch refuses (mocked AccessDenied) WHEN read THEN aws_call_failed names CloudWatch GetMetricData', async () => {
    const client = { send: async () => Promise.reject(Object.assign(new Error('not authorized'), { name: 'AccessDenied' })) } as unknown as Pick<CloudWatchClient, 'send'>;
    await expect(readConsumerMetrics({ functionName: 'f', since: at(0), until: at(1), client })).rejects.toMatchObject({
      issue: { code: 'aws_call_failed', service: 'CloudWatch', operation: 'GetMetricData', detail: 'not authorized' },
    });
  });
});

describe('checkFunctionExists (mocked Lambda)', () => {
  it('GIVEN Lambda says ResourceNotFoundException WHEN checked THEN function_not_found names the function', async () => {
    const lambda = { send: async () => Promise.reject(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} })) } as unknown as Pick<LambdaClient, 'send'>;
    await expect(checkFunctionExists(lambda, 'typo-fn')).rejects.toMatchObject({ issue: { code: 'function_not_found', functionName: 'typo-fn' } });
  });

  it('GIVEN the function exists WHEN checked THEN it resolves', async () => {
    const lambda = { send: async () => ({ FunctionName: 'fn' }) } as unknown as Pick<LambdaClient, 'send'>;
    await expect(checkFunctionExists(lambda, 'fn')).resolves.toBeUndefined();
  });
});
