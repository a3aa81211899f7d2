import { describe, expect, it } from 'vitest';
import type { AlarmSettings } from '../../settings/alarm-settings.js';
import type { LoadSpec } from '../../settings/load-profile.js';
import { buildAlarmReplay, buildLabScenario, LAB_SEED } from './lab-scenarios.js';

const load: LoadSpec = { profile: { kind: 'constant', ratePerSecond: 10 }, duration: { seconds: 600 }, keys: 10, itemSizeBytes: 400 };
const createHandler = () => async () => undefined;
const alarm: AlarmSettings = { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' };

describe('buildLabScenario', () => {
  it('GIVEN a horizon of 120 s and a 600 s load WHEN built THEN one shard, the lab seed, and 120 simulated seconds', () => {
    const scenario = buildLabScenario({ id: '99', horizonSeconds: 120 }, { consumer: { startingPosition: 'LATEST' }, createHandler, load });
    expect(scenario).toMatchObject({ seed: LAB_SEED, shards: 1, horizonSeconds: 120, load });
  });

  it('GIVEN no horizon WHEN built THEN the load runs to its end (600 s)', () => {
    expect(buildLabScenario({ id: '99' }, { consumer: { startingPosition: 'LATEST' }, createHandler, load }).horizonSeconds).toBe(600);
  });

  it('GIVEN no load module WHEN the definition has a defaultLoad THEN that load runs', () => {
    expect(buildLabScenario({ id: '99', defaultLoad: load }, { consumer: { startingPosition: 'LATEST' }, createHandler }).load).toBe(load);
  });

  it('GIVEN neither a load module nor a defaultLoad WHEN built THEN it says load.ts is needed', () => {
    expect(() => buildLabScenario({ id: '99' }, { consumer: { startingPosition: 'LATEST' }, createHandler })).toThrow('Lab 99 needs load.ts');
  });

  it('GIVEN a lab without handler.ts WHEN a scenario is built THEN it says which files are needed', () => {
    expect(() => buildLabScenario({ id: '01' }, { consumer: { startingPosition: 'LATEST' } })).toThrow('needs consumer.ts and handler.ts');
  });
});

describe('buildAlarmReplay', () => {
  it('GIVEN a replayed lab with a 120 s horizon WHEN replayed for 360 s THEN the alarm is evaluated over 360 s of its load', () => {
    const scenario = buildAlarmReplay(alarm, { definition: { id: '03', horizonSeconds: 120 }, exports: { consumer: { startingPosition: 'LATEST' }, createHandler, load } }, 360);
    expect(scenario.alarm).toBe(alarm);
    expect(scenario.horizonSeconds).toBe(360);
  });

  it('GIVEN no horizon WHEN replayed THEN the replayed lab keeps its own (120 s)', () => {
    expect(buildAlarmReplay(alarm, { definition: { id: '05', horizonSeconds: 120 }, exports: { consumer: { startingPosition: 'LATEST' }, createHandler, load } }).horizonSeconds).toBe(120);
  });
});
