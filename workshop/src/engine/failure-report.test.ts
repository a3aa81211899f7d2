import { describe, expect, it } from 'vitest';
import { lowestFailure, WHOLE_BATCH } from './failure-report.js';
import type { StreamRecordView } from './function-runner.js';

const batch: StreamRecordView[] = ['a1', 'a2', 'a3', 'a4'].map((sequenceNumber, i) => ({ sequenceNumber, shardId: 's', keyIndex: i, index: i, eventName: 'INSERT', arrivalMs: i, sizeBytes: 1 }));

describe('lowestFailure — ReportBatchItemFailures', () => {
  it('GIVEN no failures or an empty list WHEN read THEN success (undefined)', () => {
    expect(lowestFailure(50, undefined, batch)).toBeUndefined();
    expect(lowestFailure(50, [], batch)).toBeUndefined();
  });

  it('GIVEN failures a4 and a2 WHEN read THEN the lowest, a2, at lane index 51', () => {
    expect(lowestFailure(50, ['a4', 'a2'], batch)).toBe(51);
  });

  it('GIVEN an identifier naming no record, or empty WHEN read THEN the whole batch failed', () => {
    expect(lowestFailure(50, ['a2', 'zz'], batch)).toBe(WHOLE_BATCH);
    expect(lowestFailure(50, [''], batch)).toBe(WHOLE_BATCH);
  });
});
