import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchJob } from './job-watch.js';

const LIMITS = { wallSeconds: 0, blockedSeconds: 2 };

afterEach(() => vi.useRealTimers());

describe('watchJob', () => {
  it('GIVEN progress, then the answer WHEN read THEN forwards the events, resolves once and stops the worker once', async () => {
    const stop = vi.fn();
    const seen: string[] = [];
    const watch = watchJob<number>('01', LIMITS, stop, { onAlive: () => seen.push('alive'), onStarted: (s) => seen.push(`started ${s}`), onProgress: (f) => seen.push(`progress ${f}`) });
    watch.message({ kind: 'alive' });
    watch.message({ kind: 'started', simulatedSeconds: 120 });
    watch.message({ kind: 'progress', fractionDone: 0.5 });
    watch.message({ kind: 'done', value: 42 as never });
    watch.ended(0);
    await expect(watch.answer).resolves.toBe(42);
    expect(seen).toEqual(['alive', 'started 120', 'progress 0.5']);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('GIVEN a verdict, a refusal or a kit failure WHEN read THEN the answer is a WorkshopError with that issue', async () => {
    const verdict = watchJob('01', LIMITS, () => {});
    verdict.message({ kind: 'verdict', verdict: { code: 'code_called_exit', lab: '01', exitCode: 0 } });
    await expect(verdict.answer).rejects.toMatchObject({ issue: { code: 'code_called_exit', exitCode: 0 } });
    const refused = watchJob('01', LIMITS, () => {});
    refused.message({ kind: 'refused', issue: { code: 'lab_file_missing', lab: '01', file: 'x.ts' } });
    await expect(refused.answer).rejects.toMatchObject({ issue: { code: 'lab_file_missing' } });
    const failed = watchJob('01', LIMITS, () => {});
    failed.message({ kind: 'failed', detail: 'boom' });
    await expect(failed.answer).rejects.toMatchObject({ issue: { code: 'internal', detail: 'boom' } });
  });

  it('GIVEN a worker that ends silently or hits its heap cap WHEN told THEN says so', async () => {
    const silent = watchJob('01', LIMITS, () => {});
    silent.ended(0);
    await expect(silent.answer).rejects.toMatchObject({ issue: { code: 'code_ended_without_result', lab: '01', exitCode: 0 } });
    const heavy = watchJob('01', LIMITS, () => {});
    heavy.outOfMemory(128);
    await expect(heavy.answer).rejects.toMatchObject({ issue: { code: 'code_out_of_memory', megabytes: 128 } });
  });

  it('GIVEN a worker alive, then silent past the blocked budget (fake clock) WHEN watched THEN it is stopped as a blocked loop', async () => {
    vi.useFakeTimers();
    const stop = vi.fn();
    const watch = watchJob('01', LIMITS, stop);
    watch.message({ kind: 'alive' });
    vi.advanceTimersByTime(1_900);
    expect(stop).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    await expect(watch.answer).rejects.toMatchObject({ issue: { code: 'code_ran_too_long', seconds: 2, blocked: true } });
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('GIVEN a worker that keeps beating WHEN it passes the wall budget (fake clock) THEN it is stopped as too long, not blocked', async () => {
    vi.useFakeTimers();
    const watch = watchJob('01', { wallSeconds: 5, blockedSeconds: 2 }, () => {});
    for (let ms = 0; ms < 5_200; ms += 250) {
      watch.message({ kind: 'alive' });
      vi.advanceTimersByTime(250);
    }
    await expect(watch.answer).rejects.toMatchObject({ issue: { code: 'code_ran_too_long', seconds: 5, blocked: false } });
  });
});
