import { describe, expect, it } from 'vitest';
import { type ConsumerSettingsInput, resolveConsumerSettings } from '../settings/consumer-settings.js';
import { seconds } from '../settings/duration.js';
import { createCostModelRunner } from './cost-model-runner.js';
import type { FunctionRunner } from './function-runner.js';
import { runSimulation } from './run-simulation.js';
import { constantScenario, recordingRunner } from './test-runners.js';

/** 8 records written over the first second of a 10-minute run, one shard, one lane, gathered in one batch by a 1 s window. */
const eightRecords = (consumer: Partial<ConsumerSettingsInput>, horizonSeconds = 600) => {
  const scenario = constantScenario(8, 1, { horizonSeconds, consumer: { startingPosition: 'TRIM_HORIZON', maxBatchingWindow: seconds(1), ...consumer } });
  return (runner: FunctionRunner) => runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);
};
const alwaysFails: FunctionRunner = { invoke: () => ({ durationMs: 10, outcome: 'error' }) };
const conserved = (t: { written: number; processed: number; inStream: number; lost: number; onFailure: number }) =>
  t.processed + t.inStream + t.lost + t.onFailure === t.written;

describe('event source mapping — error paths', () => {
  it('GIVEN retryAttempts 2 and a function that always fails WHEN run THEN 3 attempts of the same 8 records, then 8 to on-failure', async () => {
    const { runner, deliveries } = recordingRunner(10, 0, () => ({ outcome: 'error' }));
    const { totals, minutes } = await eightRecords({ retryAttempts: 2, onFailure: 'sqs' })(runner);
    expect(deliveries.map((d) => d.records.length)).toEqual([8, 8, 8]);
    expect(totals).toEqual({ written: 8, processed: 0, lost: 0, onFailure: 8, inStream: 0 });
    expect(minutes[0]!.errors).toBe(3);
  });

  it('GIVEN retries until expiry (default) WHEN a batch keeps failing THEN it blocks the lane: nothing processed, still in the stream', async () => {
    const { totals, minutes } = await eightRecords({})(alwaysFails);
    expect(totals).toEqual({ written: 8, processed: 0, lost: 0, onFailure: 0, inStream: 8 });
    expect(minutes.reduce((n, m) => n + m.errors, 0)).toBeGreaterThan(10);
  });

  it('GIVEN bisectBatchOnError and retryAttempts 0 WHEN one record of 8 is poison THEN halves are tried (8, 4, 2, 1) and only it goes to on-failure', async () => {
    const { runner, deliveries } = recordingRunner(10, 0, (batch) => ({ outcome: batch.some((r) => r.index === 4) ? 'error' : 'success' }));
    const { totals } = await eightRecords({ bisectBatchOnError: true, retryAttempts: 0 })(runner);
    expect(deliveries.map((d) => d.records.map((r) => r.index))).toEqual([[0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 3], [4, 5, 6, 7], [4, 5], [4], [5], [6, 7]]);
    expect(totals).toEqual({ written: 8, processed: 7, lost: 0, onFailure: 1, inStream: 0 });
  });

  it('GIVEN reportBatchItemFailures WHEN record 4 is reported failed once THEN records 0–3 are checkpointed and the retry starts at 4', async () => {
    const { runner, deliveries } = recordingRunner(10, 0, (batch, attempt) => (attempt === 1 ? { batchItemFailures: [batch[6]!.sequenceNumber, batch[4]!.sequenceNumber] } : {}));
    const { totals, minutes } = await eightRecords({ reportBatchItemFailures: true })(runner);
    expect(deliveries.map((d) => d.records.map((r) => r.index))).toEqual([[0, 1, 2, 3, 4, 5, 6, 7], [4, 5, 6, 7]]);
    expect(totals.processed).toBe(8);
    expect(minutes[0]!.errors).toBe(0);
  });

  it('GIVEN reportBatchItemFailures WHEN an identifier names no record of the batch THEN the whole batch is retried', async () => {
    const { runner, deliveries } = recordingRunner(10, 0, (_b, attempt) => (attempt === 1 ? { batchItemFailures: ['not-a-sequence-number'] } : {}));
    await eightRecords({ reportBatchItemFailures: true })(runner);
    expect(deliveries.map((d) => d.records.length)).toEqual([8, 8]);
  });

  it('GIVEN reportBatchItemFailures off WHEN the function returns failures THEN they are ignored (the batch succeeded)', async () => {
    const { runner, deliveries } = recordingRunner(10, 0, (batch) => ({ batchItemFailures: [batch[0]!.sequenceNumber] }));
    const { totals } = await eightRecords({})(runner);
    expect(deliveries).toHaveLength(1);
    expect(totals.processed).toBe(8);
  });

  it('GIVEN maxRecordAge 60 s and a failing function WHEN 10 min of writes run THEN records older than 60 s go to on-failure, none lost', async () => {
    const scenario = constantScenario(10, 600, { consumer: { startingPosition: 'TRIM_HORIZON', maxRecordAge: seconds(60) } });
    const { totals } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), alwaysFails);
    expect(totals.processed).toBe(0);
    expect(totals.lost).toBe(0);
    // Discarding happens when the ESM next touches the records (after a retry delay of up to 60 s).
    expect(totals.onFailure).toBeGreaterThan(6_000 - 10 * 125);
    expect(totals.inStream).toBeLessThanOrEqual(10 * 125);
    expect(conserved(totals)).toBe(true);
  });

  it('GIVEN a 3 s timeout and invocations needing 5 s WHEN run with retryAttempts 1 THEN each attempt counts as an error lasting 3 s', async () => {
    const { runner } = recordingRunner(5_000, 0);
    const { totals, minutes } = await eightRecords({ retryAttempts: 1, timeout: seconds(3) })(runner);
    expect(totals.onFailure).toBe(8);
    expect(minutes[0]).toMatchObject({ errors: 2, durationAvgMs: 3_000 });
  });

  it('GIVEN reserved concurrency 1 below demand (PF 4) WHEN saturated THEN throttles are counted, at most 1 execution, and no retry is used', async () => {
    const scenario = constantScenario(1_000, 300, {
      load: { profile: { kind: 'constant', ratePerSecond: 1_000 }, duration: { seconds: 300 }, keys: 500 },
      consumer: { startingPosition: 'TRIM_HORIZON', parallelizationFactor: 4, reservedConcurrency: 1, retryAttempts: 0 },
    });
    const { totals, minutes } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), createCostModelRunner({ kind: 'cost', fixedMs: 50, perRecordMs: 1 }));
    expect(minutes.reduce((n, m) => n + m.throttles, 0)).toBeGreaterThan(0);
    expect(Math.max(...minutes.map((m) => m.concurrentExecutionsMax))).toBe(1);
    expect(totals.onFailure).toBe(0);
    expect(totals.processed).toBeGreaterThan(0);
  });

  it('GIVEN reserved concurrency 0 WHEN 1 h of writes is followed by 25 h THEN everything is throttled and lost to the 24 h retention', async () => {
    const scenario = constantScenario(1, 3_600, { horizonSeconds: 25 * 3_600, consumer: { startingPosition: 'TRIM_HORIZON', reservedConcurrency: 0 } });
    const { totals, minutes } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), createCostModelRunner({ kind: 'cost', fixedMs: 1, perRecordMs: 1 }));
    expect(totals).toEqual({ written: 3_600, processed: 0, lost: 3_600, onFailure: 0, inStream: 0 });
    expect(minutes.slice(0, 24 * 60).every((m) => m.lost === 0)).toBe(true);
    expect(minutes.slice(24 * 60, 25 * 60).reduce((n, m) => n + m.lost, 0)).toBe(3_600);
  });

  it('GIVEN a consumer at 1/s behind 20 writes/s WHEN run 26 h THEN records older than 24 h are lost, from minute 1,440 on', async () => {
    const scenario = constantScenario(20, 26 * 3_600, { consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 10 } });
    const { totals, minutes } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), createCostModelRunner({ kind: 'cost', fixedMs: 0, perRecordMs: 1_000 }));
    expect(minutes.slice(0, 1_440).every((m) => m.lost === 0)).toBe(true);
    expect(totals.lost).toBeGreaterThan(0);
    expect(conserved(totals)).toBe(true);
    expect(Math.max(...minutes.map((m) => m.iteratorAgeMaxMs ?? 0))).toBeLessThanOrEqual(24 * 3_600_000);
  });
});
