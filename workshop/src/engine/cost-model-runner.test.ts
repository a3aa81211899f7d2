import { describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors/workshop-error.js';
import { createCostModelRunner, isCountingRunner } from './cost-model-runner.js';

describe('createCostModelRunner — fixed + per-record cost', () => {
  it('GIVEN 20 ms fixed + 5 ms per record WHEN 100 records THEN 520 ms, success', () => {
    expect(createCostModelRunner({ kind: 'cost', fixedMs: 20, perRecordMs: 5 }).durationOf(100)).toBe(520);
  });

  it('GIVEN in-handler concurrency 10 WHEN 95 records THEN 10 rounds (the partial one counts whole): 20 + 5 × 10 ms', () => {
    expect(createCostModelRunner({ kind: 'cost', fixedMs: 20, perRecordMs: 5, concurrency: 10 }).durationOf(95)).toBe(70);
  });

  it('GIVEN invoke with records WHEN called THEN the same as counting them (synchronous, no promise)', () => {
    const runner = createCostModelRunner({ kind: 'cost', fixedMs: 1, perRecordMs: 2 });
    const result = runner.invoke([{ sequenceNumber: '1', shardId: 's', keyIndex: 0, index: 0, eventName: 'INSERT', arrivalMs: 0, sizeBytes: 1 }], 0);
    expect(result).toEqual({ durationMs: 3, outcome: 'success' });
    expect(isCountingRunner(runner)).toBe(true);
    expect(isCountingRunner({ invoke: runner.invoke })).toBe(false);
  });

  it('GIVEN the range ends (0 ms costs, concurrency 1 and 1,000) WHEN created THEN accepted', () => {
    expect(() => createCostModelRunner({ kind: 'cost', fixedMs: 0, perRecordMs: 0, concurrency: 1 })).not.toThrow();
    expect(() => createCostModelRunner({ kind: 'cost', fixedMs: 900_000, perRecordMs: 900_000, concurrency: 1_000 })).not.toThrow();
  });

  it('GIVEN a negative per-record cost WHEN created THEN out_of_range naming the field and the value', () => {
    expect(() => createCostModelRunner({ kind: 'cost', fixedMs: 0, perRecordMs: -1 })).toThrow(WorkshopError);
    expect(() => createCostModelRunner({ kind: 'cost', fixedMs: 0, perRecordMs: -1 })).toThrow('function.perRecordMs must be between 0 and 900,000 ms inclusive, got -1.');
  });

  it('GIVEN concurrency 0 or 1,001 WHEN created THEN out_of_range 1–1,000', () => {
    expect(() => createCostModelRunner({ kind: 'cost', fixedMs: 0, perRecordMs: 1, concurrency: 0 })).toThrow('got 0');
    expect(() => createCostModelRunner({ kind: 'cost', fixedMs: 0, perRecordMs: 1, concurrency: 1_001 })).toThrow('got 1,001');
  });
});
