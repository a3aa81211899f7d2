import { describe, expect, it } from 'vitest';
import type { MinuteStats } from '../simulation-result.js';
import { summarizeByHour } from './hourly-summary.js';

const minute = (t: number, age: number | null, extra: Partial<MinuteStats> = {}): MinuteStats => ({
  t, iteratorAgeMaxMs: age, iteratorAgeAvgMs: age, invocations: age === null ? 0 : 1, errors: 0, throttles: 0,
  durationAvgMs: null, concurrentExecutionsMax: 0, backlog: t, processed: 2, lost: 0, ...extra,
});

describe('summarizeByHour', () => {
  it('GIVEN 90 minutes WHEN summarized THEN two hours: maxima, sums, and the backlog of each hour\'s last minute', () => {
    const minutes = Array.from({ length: 90 }, (_, t) => minute(t, t === 70 ? null : t * 10, t === 80 ? { lost: 5 } : {}));
    expect(summarizeByHour(minutes)).toEqual([
      { hour: 0, iteratorAgeMaxMs: 590, invocations: 60, errors: 0, throttles: 0, processed: 120, lost: 0, backlogAtEnd: 59 },
      { hour: 1, iteratorAgeMaxMs: 890, invocations: 29, errors: 0, throttles: 0, processed: 60, lost: 5, backlogAtEnd: 89 },
    ]);
  });

  it('GIVEN an hour without any IteratorAge data WHEN summarized THEN null, not 0', () => {
    expect(summarizeByHour([minute(0, null)])[0]!.iteratorAgeMaxMs).toBeNull();
  });
});
