import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import type { CreateHandler, ResultItem } from '../runtime/consumer-io.js';
import type { ConsumerSettingsInput } from '../settings/consumer-settings.js';
import { minutes } from '../settings/duration.js';
import type { FunctionModel, Scenario } from './scenario.js';
import type { MinuteStats, SimulationResult } from './simulation-result.js';
import { iteratorAgeByPeriod, minuteOfPeriod, simulate } from './simulate.js';

/** 200 writes/s for 2 minutes on one shard, BatchSize 100: the lab 01 situation. */
const scenario = (fn: FunctionModel, consumer: Partial<ConsumerSettingsInput> = {}, extra: Partial<Scenario> = {}): Scenario => ({
  seed: 7,
  load: { profile: { kind: 'constant', ratePerSecond: 200 }, duration: minutes(2), keys: 100 },
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100, ...consumer },
  function: fn,
  ...extra,
});
const handler = (createHandler: CreateHandler): FunctionModel => ({ kind: 'handler', createHandler });

const resultOf = (record: Parameters<ReturnType<CreateHandler>>[0]['Records'][number]): ResultItem => ({
  pk: record.dynamodb!.Keys!.pk!.S!,
  sk: record.dynamodb!.Keys!.sk!.S!,
});

/** One PutItem per record, one after the other: the seed incident's consumer. */
const sequential: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) await io.putResult(resultOf(record));
};

/** BatchWriteItem chunks of 25, four in flight at once (p-limit). */
const batched: CreateHandler = (io) => {
  const limit = pLimit(4);
  return async (event) => {
    const items = event.Records.map(resultOf);
    const chunks = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) => items.slice(i * 25, i * 25 + 25));
    await Promise.all(chunks.map((chunk) => limit(() => io.putResults(chunk))));
  };
};

/** Each handler's run of the default scenario, simulated once and shared by the tests that read it. */
const runs = new Map<CreateHandler, Promise<SimulationResult>>();
const runOnce = (createHandler: CreateHandler) => runs.get(createHandler) ?? runs.set(createHandler, simulate(scenario(handler(createHandler)))).get(createHandler)!;

const conserved = ({ totals: t }: SimulationResult) => t.written === t.processed + t.inStream + t.lost + t.onFailure;
const peakAge = (ms: readonly MinuteStats[]) => Math.max(...ms.map((m) => m.iteratorAgeMaxMs ?? 0));
const sum = (ms: readonly MinuteStats[], pick: (m: MinuteStats) => number) => ms.reduce((total, m) => total + pick(m), 0);

describe('simulate (real handler code in virtual time)', () => {
  it('GIVEN a handler making 100 sequential PutItem calls per full batch WHEN simulated THEN every invocation lasts 100 × 8 ms + 5 ms = 805 ms', async () => {
    const result = await runOnce(sequential);
    expect(result.minutes.slice(1).map((m) => m.durationAvgMs)).toEqual([805]);
    expect(conserved(result)).toBe(true);
  });

  it('GIVEN the same load WHEN the handler switches to p-limit(4) + BatchWriteItem THEN it keeps up: more processed, lag under a second', async () => {
    const slow = await runOnce(sequential);
    const fast = await runOnce(batched);
    expect(fast.minutes.slice(1).every((m) => m.durationAvgMs !== null && m.durationAvgMs < 100)).toBe(true);
    expect(fast.totals.processed).toBeGreaterThan(slow.totals.processed * 1.4);
    expect(peakAge(fast.minutes)).toBeLessThan(1_000);
    expect(peakAge(slow.minutes)).toBeGreaterThan(30_000);
    expect(conserved(fast)).toBe(true);
  });

  it('GIVEN a handler whose only change is 4 ms instead of 8 ms of sleep per record WHEN simulated THEN the lag changes (the code really runs)', async () => {
    const sleeper = (ms: number): CreateHandler => (io) => async (event) => {
      for (const _ of event.Records) await io.sleep(ms);
    };
    const at300 = { load: { profile: { kind: 'constant', ratePerSecond: 300 }, duration: minutes(2), keys: 100 } } as const;
    const eight = await simulate(scenario(handler(sleeper(8)), {}, at300));
    const four = await simulate(scenario(handler(sleeper(4)), {}, at300));
    expect(eight.minutes[1]!.durationAvgMs).toBe(805);
    expect(four.minutes[1]!.durationAvgMs).toBe(405);
    expect(peakAge(four.minutes)).toBeLessThan(peakAge(eight.minutes));
  });

  it('GIVEN a handler that throws on one poison record, retryAttempts 2 and an SQS on-failure WHEN simulated THEN 3 errors and its batch goes to on-failure', async () => {
    const poisoned: CreateHandler = (io) => async (event) => {
      for (const record of event.Records) {
        if (record.dynamodb!.Keys!.sk!.S === 'order#000000000500') throw new Error('poison record');
        await io.putResult(resultOf(record));
      }
    };
    const result = await simulate(scenario(handler(poisoned), { retryAttempts: 2, onFailure: 'sqs' }));
    expect(sum(result.minutes, (m) => m.errors)).toBe(3);
    expect(result.totals.onFailure).toBe(100);
    expect(conserved(result)).toBe(true);
  });

  it('GIVEN batches that need 1.6 s and a 1 s timeout WHEN simulated THEN every invocation times out (an error lasting 1,000 ms)', async () => {
    const result = await simulate(scenario(handler(sequential), { batchSize: 200, timeout: { seconds: 1 }, retryAttempts: 0 }, { load: { profile: { kind: 'constant', ratePerSecond: 400 }, duration: minutes(2), keys: 100 } }));
    const busy = result.minutes.filter((m) => m.invocations > 0 && m.durationAvgMs !== null).slice(1);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.every((m) => m.durationAvgMs === 1000 && m.errors > 0)).toBe(true);
    expect(result.minutes.slice(1).every((m) => m.processed === 0)).toBe(true);
    expect(result.totals.onFailure).toBeGreaterThan(0);
    expect(conserved(result)).toBe(true);
  });

  it('GIVEN ParallelizationFactor 4 WHEN simulated THEN createHandler runs once per execution environment: 4, not once per batch', async () => {
    let inits = 0;
    const counted: CreateHandler = (io) => {
      inits += 1;
      return sequential(io);
    };
    const result = await simulate(scenario(handler(counted), { parallelizationFactor: 4 }, { load: { profile: { kind: 'constant', ratePerSecond: 600 }, duration: minutes(1), keys: 100 } }));
    expect(sum(result.minutes, (m) => m.invocations)).toBeGreaterThan(100);
    expect(inits).toBe(4);
  });

  it('GIVEN the same scenario twice WHEN simulated THEN the results are byte-identical', async () => {
    const a = await runOnce(batched);
    const b = await simulate(scenario(handler(batched)));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('GIVEN an IteratorAge alarm (> 30 s, 3 of 3, notBreaching) WHEN the lag grows THEN it goes OK then ALARM', async () => {
    const alarm = { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'notBreaching' } as const;
    const result = await simulate(scenario({ kind: 'cost', fixedMs: 5, perRecordMs: 8 }, {}, { alarm, load: { profile: { kind: 'constant', ratePerSecond: 200 }, duration: minutes(10), keys: 100 } }));
    const firstBreach = result.minutes.findIndex((m) => (m.iteratorAgeMaxMs ?? 0) > 30_000);
    expect(result.alarm).toEqual([{ periodIndex: 0, state: 'OK' }, { periodIndex: firstBreach + 2, state: 'ALARM' }]);
  });

  it('GIVEN no alarm WHEN simulated THEN the result has no alarm field', async () => {
    expect(await simulate(scenario({ kind: 'cost', fixedMs: 5, perRecordMs: 1 }))).not.toHaveProperty('alarm');
  });

  it('GIVEN batchSize 20,000 WHEN simulated THEN it is refused with the settings message', async () => {
    await expect(simulate(scenario({ kind: 'cost', fixedMs: 5, perRecordMs: 1 }, { batchSize: 20_000 }))).rejects.toThrow(
      'batchSize must be between 1 and 10,000 inclusive, got 20,000.',
    );
  });

  it('GIVEN a progress callback WHEN simulated THEN it reports fractions up to 1', async () => {
    const seen: number[] = [];
    await simulate(scenario({ kind: 'cost', fixedMs: 5, perRecordMs: 1 }), { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });
});

describe('iteratorAgeByPeriod', () => {
  const perMinute = (values: (number | null)[]) => values.map((v, t) => ({ t, iteratorAgeMaxMs: v }) as MinuteStats);

  it('GIVEN a 2-minute period WHEN grouped THEN each period keeps the larger minute, null when both are empty', () => {
    expect(iteratorAgeByPeriod(perMinute([10, null, 30, 20, null, null]), 120)).toEqual([10, 30, null]);
  });

  it('GIVEN a 30 s period WHEN spread THEN each minute fills its first half and the second half has no data', () => {
    expect(iteratorAgeByPeriod(perMinute([10, null, 30]), 30)).toEqual([10, null, null, null, 30, null]);
  });

  it('GIVEN the default period WHEN mapped THEN period i is minute i; with 300 s it is minute 5 × i', () => {
    expect(iteratorAgeByPeriod(perMinute([1, 2]))).toEqual([1, 2]);
    expect(minuteOfPeriod({}, 4)).toBe(4);
    expect(minuteOfPeriod({ periodSeconds: 300 }, 4)).toBe(20);
    expect(minuteOfPeriod({ periodSeconds: 30 }, 5)).toBe(2);
  });
});
