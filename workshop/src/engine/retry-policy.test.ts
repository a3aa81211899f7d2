import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings, type ConsumerSettingsInput } from '../settings/consumer-settings.js';
import { decideAfterFailure } from './retry-policy.js';

const settings = (extra: Partial<ConsumerSettingsInput> = {}) => resolveConsumerSettings({ startingPosition: 'TRIM_HORIZON', ...extra });
const batch = { start: 100, end: 200, retries: 0 };

describe('decideAfterFailure — the ESM error rules', () => {
  it('GIVEN default settings (retry until expiry) WHEN a batch fails for the 1,000th time THEN it is retried again', () => {
    expect(decideAfterFailure({ ...batch, retries: 999 }, settings(), undefined)).toEqual({ kind: 'retry', processed: 0, range: { ...batch, retries: 1000 } });
  });

  it('GIVEN retryAttempts 2 WHEN the 2nd retry fails THEN discarded (on-failure) with 3 attempts used in all', () => {
    expect(decideAfterFailure({ ...batch, retries: 1 }, settings({ retryAttempts: 2 }), undefined).kind).toBe('retry');
    expect(decideAfterFailure({ ...batch, retries: 2 }, settings({ retryAttempts: 2 }), undefined)).toEqual({ kind: 'discard', processed: 0, range: { ...batch, retries: 3 } });
  });

  it('GIVEN retryAttempts 0 (the minimum) WHEN the first attempt fails THEN discarded at once', () => {
    expect(decideAfterFailure(batch, settings({ retryAttempts: 0 }), undefined).kind).toBe('discard');
  });

  it('GIVEN bisectBatchOnError WHEN 100 records fail THEN two halves of 50, no retry used', () => {
    expect(decideAfterFailure({ ...batch, retries: 1 }, settings({ bisectBatchOnError: true, retryAttempts: 1 }), undefined)).toEqual({
      kind: 'split',
      ranges: [{ start: 100, end: 150, retries: 1 }, { start: 150, end: 200, retries: 1 }],
    });
  });

  it('GIVEN bisectBatchOnError WHEN a single record fails THEN it uses a retry like any batch', () => {
    expect(decideAfterFailure({ start: 5, end: 6, retries: 0 }, settings({ bisectBatchOnError: true }), undefined)).toEqual({ kind: 'retry', processed: 0, range: { start: 5, end: 6, retries: 1 } });
  });

  it('GIVEN reportBatchItemFailures WHEN record 130 is the lowest failure THEN 30 processed and the retry starts at 130', () => {
    expect(decideAfterFailure(batch, settings({ reportBatchItemFailures: true }), 130)).toEqual({ kind: 'retry', processed: 30, range: { start: 130, end: 200, retries: 1 } });
  });

  it('GIVEN reported failures and no retries left WHEN it fails again THEN the records before the failure are processed, the rest discarded', () => {
    expect(decideAfterFailure(batch, settings({ reportBatchItemFailures: true, retryAttempts: 0 }), 150)).toEqual({ kind: 'discard', processed: 50, range: { start: 150, end: 200, retries: 1 } });
  });

  it('GIVEN the first record is the lowest failure and bisect is on WHEN decided THEN the batch is split like a whole failure', () => {
    expect(decideAfterFailure(batch, settings({ reportBatchItemFailures: true, bisectBatchOnError: true }), 100).kind).toBe('split');
  });
});
