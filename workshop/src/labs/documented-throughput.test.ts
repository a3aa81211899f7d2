// The throughput figures the lab pages teach (labs 02–05), measured on the engine they describe: a batch
// leaves at the shard's next poll (every 250 ms), so a shard delivers one batch per poll cycle.
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/simulate.js';
import type { FunctionModel, Scenario } from '../engine/scenario.js';
import { createHandler as batchFriendly } from '../../../solutions/04-batch-size/handler.js';

/** Records per second the consumer delivered over a saturated run (the backlog never empties). */
async function deliveredPerSecond(batchSize: number, fn: FunctionModel, ratePerSecond: number, seconds: number): Promise<number> {
  const scenario: Scenario = {
    seed: 1,
    load: { profile: { kind: 'constant', ratePerSecond }, duration: { seconds }, keys: 1_000 },
    consumer: { batchSize, startingPosition: 'TRIM_HORIZON' },
    function: fn,
  };
  const result = await simulate(scenario);
  expect(result.totals.inStream, 'the run must stay saturated').toBeGreaterThan(0);
  return result.totals.processed / seconds;
}

/** Lab 01's handler as the pages model it: one 8 ms PutItem per record, plus 5 ms per invocation. */
const oneAtATime: FunctionModel = { kind: 'cost', fixedMs: 5, perRecordMs: 8 };

describe('the consumer throughput stated on the lab pages (engine, saturated runs)', () => {
  it('GIVEN batches of 100 and one record at a time (805 ms) WHEN saturated THEN one batch per second: 100 records/s (labs 02, 03, 05)', async () => {
    expect(await deliveredPerSecond(100, oneAtATime, 200, 600)).toBeCloseTo(100, 0);
  });

  it('GIVEN batches of 1,000 and one record at a time (8,005 ms) WHEN saturated THEN a batch every 8.25 s: about 121 records/s (lab 04, step 1)', async () => {
    const perSecond = await deliveredPerSecond(1_000, oneAtATime, 200, 600);
    expect(perSecond).toBeGreaterThan(119);
    expect(perSecond).toBeLessThan(122);
  });

  it('GIVEN batches of 1,000 and lab 04\'s batch-friendly handler (≈ 93 ms) WHEN saturated THEN a batch per poll: about 4,000 records/s (lab 04, step 2)', async () => {
    const perSecond = await deliveredPerSecond(1_000, { kind: 'handler', createHandler: batchFriendly }, 4_500, 10);
    expect(perSecond).toBeGreaterThan(3_800);
    expect(perSecond).toBeLessThan(4_100);
  });
});
