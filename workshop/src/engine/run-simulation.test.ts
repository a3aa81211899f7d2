import { describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { createCostModelRunner } from './cost-model-runner.js';
import type { FunctionRunner } from './function-runner.js';
import { runSimulation } from './run-simulation.js';
import type { Scenario } from './scenario.js';
import { constantScenario, recordingRunner } from './test-runners.js';

const run = (scenario: Scenario, runner: FunctionRunner = createCostModelRunner({ kind: 'cost', fixedMs: 10, perRecordMs: 1 })) =>
  runSimulation(scenario, resolveConsumerSettings(scenario.consumer), runner);

const conserved = (t: { written: number; processed: number; inStream: number; lost: number; onFailure: number }) =>
  t.processed + t.inStream + t.lost + t.onFailure === t.written;

describe('runSimulation — basics', () => {
  it('GIVEN 100 writes/s for 10 min and a fast consumer WHEN run THEN 60,000 written, nearly all processed, 10 minutes of data', async () => {
    const { minutes, totals } = await run(constantScenario(100, 600));
    expect(totals.written).toBe(60_000);
    expect(totals.processed).toBeGreaterThan(59_900);
    expect(conserved(totals)).toBe(true);
    expect(minutes).toHaveLength(10);
    expect(minutes.every((m) => m.iteratorAgeMaxMs !== null && m.iteratorAgeMaxMs < 1_000)).toBe(true);
  });

  it('GIVEN the same scenario and seed twice WHEN run with a recording runner THEN the output JSON is byte-identical', async () => {
    const scenario = constantScenario(50, 300, { shards: 2, consumer: { startingPosition: 'TRIM_HORIZON', parallelizationFactor: 3 } });
    const a = recordingRunner(5, 1);
    const b = recordingRunner(5, 1);
    const first = JSON.stringify([await run(scenario, a.runner), a.deliveries]);
    const second = JSON.stringify([await run(scenario, b.runner), b.deliveries]);
    expect(second).toBe(first);
  });

  it('GIVEN two seeds WHEN run THEN the partition keys chosen differ', async () => {
    const a = recordingRunner(5, 1);
    const b = recordingRunner(5, 1);
    await run(constantScenario(50, 60), a.runner);
    await run({ ...constantScenario(50, 60), seed: 8 }, b.runner);
    const keys = (d: typeof a.deliveries) => d.flatMap((x) => x.records.map((r) => r.keyIndex));
    expect(keys(b.deliveries)).not.toEqual(keys(a.deliveries));
  });

  it('GIVEN the cost model WHEN run on its fast path and through plain invoke THEN identical results', async () => {
    const scenario = constantScenario(300, 900, { shards: 3, consumer: { startingPosition: 'LATEST', parallelizationFactor: 4, batchSize: 50 } });
    const cost = createCostModelRunner({ kind: 'cost', fixedMs: 30, perRecordMs: 4 });
    expect(JSON.stringify(await run(scenario, { invoke: cost.invoke }))).toBe(JSON.stringify(await run(scenario, cost)));
  });

  it('GIVEN a runner answering with promises WHEN run THEN the same result as the synchronous one', async () => {
    const scenario = constantScenario(40, 120);
    const cost = createCostModelRunner({ kind: 'cost', fixedMs: 30, perRecordMs: 4 });
    const asyncRunner = { invoke: async (batch: Parameters<typeof cost.invoke>[0], start: number) => cost.invoke(batch, start) };
    expect(JSON.stringify(await run(scenario, asyncRunner))).toBe(JSON.stringify(await run(scenario, cost)));
  });

  it('GIVEN onProgress WHEN a run ends THEN it was called at most 100 times, increasing, ending at 1', async () => {
    const seen: number[] = [];
    const scenario = constantScenario(10, 600);
    await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), createCostModelRunner({ kind: 'cost', fixedMs: 1, perRecordMs: 1 }), { onProgress: (f) => void seen.push(f) });
    expect(seen.length).toBeLessThanOrEqual(100);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });

  it('GIVEN horizonSeconds longer than the load WHEN run THEN the backlog drains after the writes stop', async () => {
    const scenario = constantScenario(100, 60, { horizonSeconds: 600, function: { kind: 'cost', fixedMs: 0, perRecordMs: 15 } });
    const { minutes, totals } = await run(scenario, createCostModelRunner({ kind: 'cost', fixedMs: 0, perRecordMs: 15 }));
    expect(minutes[0]!.backlog).toBeGreaterThan(1_000);
    expect(minutes.at(-1)!.backlog).toBe(0);
    expect(totals).toEqual({ written: 6_000, processed: 6_000, lost: 0, onFailure: 0, inStream: 0 });
  });

  it('GIVEN slow batches on 2 shards × PF 2, the load still running at the horizon WHEN run THEN inFlightAtEnd counts the invocations that started and had not returned, and their records, all within inStream', async () => {
    const scenario = constantScenario(400, 120, { shards: 2, consumer: { startingPosition: 'TRIM_HORIZON', parallelizationFactor: 2, batchSize: 100 } });
    const { runner, deliveries } = recordingRunner(10, 20); // 100 records: 2,010 ms, under the 3 s default timeout
    const { inFlightAtEnd, totals } = await run(scenario, runner);
    const horizonMs = 120_000;
    const running = deliveries.filter((d) => d.startMs + 10 + 20 * d.records.length > horizonMs);
    expect(running.length).toBeGreaterThan(1);
    expect(inFlightAtEnd).toEqual({ invocations: running.length, records: running.reduce((sum, d) => sum + d.records.length, 0) });
    expect(inFlightAtEnd.records).toBeLessThanOrEqual(totals.inStream);
  });

  it('GIVEN a fast consumer and a load that ended before the horizon WHEN run THEN nothing is in flight at the end', async () => {
    const { inFlightAtEnd } = await run({ ...constantScenario(100, 60), horizonSeconds: 120 });
    expect(inFlightAtEnd).toEqual({ invocations: 0, records: 0 });
  });

  it('GIVEN 0 writes/s WHEN run THEN nothing written and every minute has no IteratorAge data', async () => {
    const { minutes, totals } = await run(constantScenario(0, 180));
    expect(totals.written).toBe(0);
    expect(minutes.map((m) => m.iteratorAgeMaxMs)).toEqual([null, null, null]);
  });

  it('GIVEN 0 shards WHEN run THEN WorkshopError out_of_range 1–100 with the value', async () => {
    const error = await run(constantScenario(1, 60, { shards: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkshopError);
    expect((error as WorkshopError).issue).toEqual({ code: 'out_of_range', field: 'shards', min: 1, max: 100, inclusive: true, got: 0 });
  });
});
