import { describe, expect, it } from 'vitest';
import type { CreateHandler } from '../../runtime/consumer-io.js';
import type { ConsumerSettingsInput } from '../../settings/consumer-settings.js';
import { minutes } from '../../settings/duration.js';
import type { FunctionModel, Scenario } from '../scenario.js';
import { simulate, type SimulateOptions } from '../simulate.js';
import type { SimulationResult } from '../simulation-result.js';

// Small runs with a short warm-up and sample window, so fast-forward has something to replay in a test.
const calibration = { warmupMs: 30_000, sampleWindowMs: 60_000 };
const FAST: SimulateOptions = { mode: 'fast-forward', calibration };
const EXACT: SimulateOptions = { mode: 'exact' };

/** 250 writes/s for 8 minutes on one shard: BatchSize 100 lanes that fall behind, so batches are full. */
const scenario = (fn: FunctionModel, consumer: Partial<ConsumerSettingsInput> = {}): Scenario => ({
  seed: 11,
  load: { profile: { kind: 'constant', ratePerSecond: 250 }, duration: minutes(8), keys: 500 },
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100, ...consumer },
  function: fn,
});
const handler = (createHandler: CreateHandler, extra: Partial<Extract<FunctionModel, { kind: 'handler' }>> = {}): FunctionModel => ({ kind: 'handler', createHandler, ...extra });

/** 2 ms of sleep per record, then one PutItem: duration depends only on the batch's size. */
const perRecord = (ms: number): CreateHandler => (io) => async (event) => {
  await io.sleep(ms * event.Records.length);
  const keys = event.Records[0]!.dynamodb!.Keys!;
  await io.putResult({ pk: keys.pk!.S!, sk: keys.sk!.S! });
};

const withoutExecution = ({ execution: _, ...rest }: SimulationResult) => rest;

/** The fast-forward run of perRecord(2) that three tests read: made once (a test that needs a second one makes it). */
let twoMsFast: Promise<SimulationResult> | undefined;
const fastTwoMsPerRecord = () => (twoMsFast ??= simulate(scenario(handler(perRecord(2))), FAST));

describe('calibrated fast-forward (createCalibratedRunner through simulate)', () => {
  it('GIVEN a handler whose behaviour a batch size determines WHEN fast-forwarded THEN most invocations are replays and the result is the exact one', async () => {
    const fast = await fastTwoMsPerRecord();
    const exact = await simulate(scenario(handler(perRecord(2))), EXACT);
    expect(fast.execution!.mode).toBe('fast-forward');
    expect(fast.execution!.invocations.real).toBeLessThan(fast.execution!.invocations.total / 3);
    expect(fast.execution!.fallback).toBeUndefined();
    expect(exact.execution).toEqual({ mode: 'exact', invocations: { total: fast.execution!.invocations.total, real: fast.execution!.invocations.total } });
    expect(withoutExecution(fast)).toEqual(withoutExecution(exact));
  });

  it('GIVEN the same seed twice WHEN fast-forwarded THEN the runs are identical, replays included', async () => {
    const a = await fastTwoMsPerRecord();
    const b = await simulate(scenario(handler(perRecord(2))), FAST);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("GIVEN a change to the handler's code (3 ms per record instead of 2) WHEN fast-forwarded THEN the result changes with it", async () => {
    const two = await fastTwoMsPerRecord();
    const three = await simulate(scenario(handler(perRecord(3))), FAST);
    expect(three.execution!.invocations.real).toBeLessThan(three.execution!.invocations.total / 3);
    for (const minute of [1, 4, 7]) expect(three.minutes[minute]!.durationAvgMs).toBeGreaterThan(two.minutes[minute]!.durationAvgMs! * 1.3);
  });

  it('GIVEN a handler that slows down after minute 4 of stream time WHEN fast-forwarded THEN a sample disagrees, the rest runs exact, and the result says why', async () => {
    const slowsDown: CreateHandler = (io) => async (event) => {
      const created = event.Records[0]!.dynamodb!.ApproximateCreationDateTime!;
      const late = created - Date.UTC(2026, 0, 1) / 1000 >= 240;
      await io.sleep((late ? 4 : 2) * event.Records.length);
    };
    const fast = await simulate(scenario(handler(slowsDown)), FAST);
    expect(fast.execution!.fallback!.atMs).toBeGreaterThan(240_000);
    expect(fast.execution!.fallback!.reason).toMatch(/^two invocations of a \d+-record batch disagree: durations \d+ ms and \d+ ms differ by more than 1 % \(or 1 ms\)$/);
    const fromMinute = Math.ceil(fast.execution!.fallback!.atMs / 60_000);
    const afterFallback = fast.minutes.slice(fromMinute).reduce((n, m) => n + m.invocations, 0);
    expect(afterFallback).toBeGreaterThan(0);
    expect(fast.execution!.invocations.real).toBeGreaterThanOrEqual(afterFallback);
  });

  it('GIVEN a table that hands back random unprocessed items WHEN fast-forwarded THEN durations disagree and it falls back to exact', async () => {
    const retrying: CreateHandler = (io) => async (event) => {
      let pending = event.Records.slice(0, 25).map((r) => ({ pk: r.dynamodb!.Keys!.pk!.S!, sk: r.dynamodb!.Keys!.sk!.S! }));
      while (pending.length > 0) pending = [...(await io.putResults(pending))];
    };
    const fast = await simulate(scenario(handler(retrying, { io: { unprocessedShare: 0.3 } })), FAST);
    expect(fast.execution!.fallback?.reason).toMatch(/disagree/);
  });

  it('GIVEN a poison record that throws WHEN the load marks it unusual THEN its batches always run the handler and the run equals exact', async () => {
    const poisonSk = 'order#000000020001';
    const poisoned: CreateHandler = (io) => async (event) => {
      await io.sleep(event.Records.length);
      if (event.Records.some((r) => r.dynamodb!.Keys!.sk!.S === poisonSk)) throw new Error('poison record');
    };
    const consumer = { retryAttempts: 1, bisectBatchOnError: false };
    const marked = handler(poisoned, { unusualRecords: [20_001] });
    const fast = await simulate(scenario(marked, consumer), FAST);
    const exact = await simulate(scenario(marked, consumer), EXACT);
    expect(exact.minutes.reduce((n, m) => n + m.errors, 0)).toBe(2);
    expect(withoutExecution(fast)).toEqual(withoutExecution(exact));
    expect(fast.execution!.invocations.real).toBeLessThan(fast.execution!.invocations.total / 3);
  });

  it('GIVEN a handler reporting its last record failed WHEN fast-forwarded THEN the failures are replayed by position and the run equals exact', async () => {
    const lastFails: CreateHandler = (io) => async (event) => {
      await io.sleep(event.Records.length);
      return event.Records.length > 1 ? { batchItemFailures: [{ itemIdentifier: event.Records.at(-1)!.dynamodb!.SequenceNumber! }] } : undefined;
    };
    const consumer = { reportBatchItemFailures: true };
    const fast = await simulate(scenario(handler(lastFails), consumer), FAST);
    const exact = await simulate(scenario(handler(lastFails), consumer), EXACT);
    expect(fast.execution!.mode).toBe('fast-forward');
    expect(withoutExecution(fast)).toEqual(withoutExecution(exact));
  });

  it('GIVEN no mode WHEN a run writes at most 250,000 records THEN it runs exact; above, fast-forward', async () => {
    const small = await simulate(scenario(handler(perRecord(1))));
    expect(small.execution!.mode).toBe('exact');
    const big: Scenario = { ...scenario(handler(perRecord(1))), load: { profile: { kind: 'constant', ratePerSecond: 1_000 }, duration: minutes(5), keys: 500 } };
    const large = await simulate(big, { calibration });
    expect(large.execution!.mode).toBe('fast-forward');
  });
});
