import { describe, expect, it } from 'vitest';
import type { CreateHandler } from '../../runtime/consumer-io.js';
import type { LabModules } from './lab-modules.js';
import { peakRate, profileFor } from './rate-profiles.js';
import { buildScenario } from './simulate-options.js';

const createHandler: CreateHandler = () => async () => undefined;
const lab: LabModules = {
  slug: '04-batch-size',
  consumer: { startingPosition: 'LATEST', batchSize: 1_000 },
  createHandler,
  load: { profile: { kind: 'constant', ratePerSecond: 300 }, duration: { seconds: 1_200 }, keys: 50, itemSizeBytes: 400 },
};

describe('buildScenario', () => {
  it('GIVEN no flags and no lab WHEN built THEN the documented defaults apply (cost model 5 ms + 10 ms/record)', () => {
    expect(buildScenario({})).toEqual({
      seed: 1,
      load: { profile: { kind: 'constant', ratePerSecond: 100 }, duration: { seconds: 600 }, keys: 1_000, hotKeyShare: 0 },
      shards: 1,
      consumer: { startingPosition: 'TRIM_HORIZON' },
      function: { kind: 'cost', fixedMs: 5, perRecordMs: 10 },
    });
  });

  it("GIVEN a lab and no flags WHEN built THEN the lab's settings, load and handler are used as they are", () => {
    const scenario = buildScenario({}, lab);
    expect(scenario.consumer).toEqual(lab.consumer);
    expect(scenario.load).toEqual({ ...lab.load, hotKeyShare: 0 });
    expect(scenario.function).toEqual({ kind: 'handler', createHandler });
  });

  it('GIVEN a lab and flags WHEN built THEN each flag typed overrides the lab, the rest stays', () => {
    const scenario = buildScenario({ batchSize: '50', window: '2s', duration: '5m', keys: '7' }, lab);
    expect(scenario.consumer).toEqual({ startingPosition: 'LATEST', batchSize: 50, maxBatchingWindow: { seconds: 2 } });
    expect(scenario.load).toMatchObject({ duration: { seconds: 300 }, keys: 7, itemSizeBytes: 400, profile: lab.load!.profile });
  });

  it("GIVEN a lab's load and only --profile ramp WHEN built THEN the ramp climbs to the lab's rate", () => {
    expect(buildScenario({ profile: 'ramp' }, lab).load.profile).toEqual({ kind: 'ramp', fromPerSecond: 0, toPerSecond: 300 });
  });

  it('GIVEN a lab and --fixed-ms 20 WHEN built THEN the cost model replaces its handler', () => {
    expect(buildScenario({ fixedMs: '20' }, lab).function).toEqual({ kind: 'cost', fixedMs: 20, perRecordMs: 10 });
  });

  it('GIVEN --rate 0 and --hot-key-share 0 and 1 WHEN built THEN both ends of the ranges are accepted', () => {
    expect(buildScenario({ rate: '0', hotKeyShare: '1' }).load).toMatchObject({ profile: { ratePerSecond: 0 }, hotKeyShare: 1 });
    expect(buildScenario({ hotKeyShare: '0' }).load.hotKeyShare).toBe(0);
  });

  it('GIVEN an empty --keys and a fractional --shards WHEN built THEN they are refused naming the option', () => {
    expect(() => buildScenario({ keys: ' ' })).toThrow('--keys must be a number, got " ".');
    expect(() => buildScenario({ shards: '1.5' })).toThrow('--shards must be a whole number, got 1.5.');
  });
});

describe('profileFor / peakRate', () => {
  it('GIVEN steps over 1 h at 200/s WHEN built THEN four quarters at 50, 100, 150, 200', () => {
    expect(profileFor('steps', 200, 3_600)).toEqual({
      kind: 'steps',
      steps: [
        { at: { seconds: 0 }, ratePerSecond: 50 },
        { at: { seconds: 900 }, ratePerSecond: 100 },
        { at: { seconds: 1_800 }, ratePerSecond: 150 },
        { at: { seconds: 2_700 }, ratePerSecond: 200 },
      ],
    });
  });

  it('GIVEN daily at 500/s WHEN built THEN 100/s at night and 500/s at 14:00; its peak is 500', () => {
    const daily = profileFor('daily', 500, 86_400);
    expect(daily).toEqual({ kind: 'daily', basePerSecond: 100, peakPerSecond: 500, peakHour: 14 });
    expect(peakRate(daily)).toBe(500);
    expect(peakRate(profileFor('steps', 80, 60))).toBe(80);
    expect(peakRate({ kind: 'ramp', fromPerSecond: 90, toPerSecond: 10 })).toBe(90);
  });
});
