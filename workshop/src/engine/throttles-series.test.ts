import { describe, expect, it } from 'vitest';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import { minutes } from '../settings/duration.js';
import type { Scenario } from './scenario.js';
import type { MinuteStats } from './simulation-result.js';
import { simulate } from './simulate.js';
import { throttlesByPeriod } from './throttles-series.js';

const minute = (t: number, invocations: number, throttles: number) => ({ t, invocations, throttles }) as MinuteStats;

const AGE_ALARM: AlarmSettings = { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' };
const THROTTLES_ALARM: AlarmSettings = { threshold: 0, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'notBreaching' };

/** 4 shards × ParallelizationFactor 10 = 40 lanes, 200 writes/s for 6 minutes, a 1 s + 1 ms/record cost model. */
const fourShards = (reservedConcurrency: number): Scenario => ({
  seed: 11,
  load: { profile: { kind: 'constant', ratePerSecond: 200 }, duration: minutes(6), keys: 1_000 },
  shards: 4,
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100, parallelizationFactor: 10, reservedConcurrency },
  function: { kind: 'cost', fixedMs: 1_000, perRecordMs: 1 },
  alarm: AGE_ALARM,
  throttlesAlarm: THROTTLES_ALARM,
});

describe('Throttles per alarm period (statistic Sum)', () => {
  it('GIVEN minutes with and without activity WHEN read per 1-minute period THEN the count, 0 when invoked without throttles, null when idle', () => {
    expect(throttlesByPeriod([minute(0, 5, 0), minute(1, 0, 7), minute(2, 0, 0), minute(3, 3, 2)])).toEqual([0, 7, null, 2]);
  });

  it('GIVEN a 2-minute period WHEN read THEN each period sums its minutes (null when none has data)', () => {
    expect(throttlesByPeriod([minute(0, 1, 3), minute(1, 1, 4), minute(2, 0, 0), minute(3, 0, 0)], 120)).toEqual([7, null]);
  });

  it('GIVEN a 30 s period WHEN read THEN the minute\'s datapoint lands in its first period (1-minute resolution)', () => {
    expect(throttlesByPeriod([minute(0, 1, 3)], 30)).toEqual([3, null]);
  });
});

describe('simulate with a Throttles alarm beside the IteratorAge one (one evaluator)', () => {
  it('GIVEN reserved concurrency 0 (fully throttled) WHEN simulated THEN in the engine no IteratorAge at all, the IteratorAge alarm stays OK and the Throttles alarm fires', async () => {
    const result = await simulate(fourShards(0));
    expect(result.minutes.every((m) => m.iteratorAgeMaxMs === null && m.invocations === 0 && m.errors === 0)).toBe(true);
    expect(result.minutes.every((m) => m.throttles > 0)).toBe(true);
    expect(result.totals.processed).toBe(0);
    expect(result.alarm).toEqual([{ periodIndex: 0, state: 'OK' }]);
    expect(result.throttlesAlarm?.some((change) => change.state === 'ALARM')).toBe(true);
  });

  it('GIVEN reserved concurrency 10 below 4 shards × PF 10 WHEN simulated THEN Throttles every minute, no errors, the Throttles alarm fires', async () => {
    const result = await simulate(fourShards(10));
    expect(result.minutes.every((m) => m.throttles > 0 && m.errors === 0)).toBe(true);
    expect(Math.max(...result.minutes.map((m) => m.concurrentExecutionsMax))).toBe(10);
    expect(result.throttlesAlarm?.find((change) => change.state === 'ALARM')).toEqual({ periodIndex: 1, state: 'ALARM' });
  });

  it('GIVEN reserved concurrency 40 = 4 shards × PF 10 WHEN simulated THEN no throttle at all and the Throttles alarm never fires', async () => {
    const result = await simulate(fourShards(40));
    expect(result.minutes.every((m) => m.throttles === 0)).toBe(true);
    expect(result.throttlesAlarm?.every((change) => change.state !== 'ALARM')).toBe(true);
  });

  it('GIVEN a Throttles alarm with LessThanThreshold WHEN simulated THEN it is refused before the run, with the Throttles alarm\'s own issue', async () => {
    await expect(simulate({ ...fourShards(40), throttlesAlarm: { ...THROTTLES_ALARM, comparisonOperator: 'LessThanThreshold' } }))
      .rejects.toMatchObject({ issue: { code: 'throttles_alarm_meaningless' } });
  });
});
