import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../workshop/src/engine/scenario.js';
import { createHandler as oneAtATime } from '../../solutions/01-deploy-consumer/handler.js';
import { createHandler as batchFriendly } from '../../solutions/04-batch-size/handler.js';
import { calibrateCostModel } from '../scripts/playground-presets';

const scenario = (batchSize: number, createHandler: typeof oneAtATime): Scenario => ({
  seed: 1,
  load: { profile: { kind: 'constant', ratePerSecond: 200 }, duration: { seconds: 60 }, keys: 1_000 },
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize },
  function: { kind: 'handler', createHandler },
});

describe('calibrateCostModel: the playground\'s cost model for a lab\'s real handler (engine, virtual time)', () => {
  it('GIVEN lab 01\'s one-at-a-time handler WHEN calibrated THEN 8 ms per record and 5 ms fixed: its exact model', async () => {
    const cost = await calibrateCostModel(scenario(100, oneAtATime));
    expect(cost.perRecordMs).toBeCloseTo(8, 6);
    expect(cost.fixedMs).toBeCloseTo(5, 6);
  });

  it('GIVEN lab 04\'s batch handler and batches of 1,000 WHEN calibrated THEN a full batch costs what the real handler takes (≈ 93 ms), not 1,000 × a small batch\'s per-record cost', async () => {
    const cost = await calibrateCostModel(scenario(1_000, batchFriendly));
    const fullBatchMs = cost.fixedMs + 1_000 * cost.perRecordMs;
    expect(fullBatchMs).toBeGreaterThan(85);
    expect(fullBatchMs).toBeLessThan(100);
    expect(cost.perRecordMs).toBeLessThan(0.1);
  });

  it('GIVEN a scenario already on the cost model WHEN calibrated THEN its own numbers come back', async () => {
    expect(await calibrateCostModel({ ...scenario(100, oneAtATime), function: { kind: 'cost', fixedMs: 20, perRecordMs: 30 } })).toEqual({ fixedMs: 20, perRecordMs: 30 });
  });
});
