import { describe, expect, it } from 'vitest';
import { CHECK_WALL_SECONDS, DEFAULT_BLOCKED_SECONDS, DEFAULT_HEAP_MB, superviseLimits } from './supervise-limits.js';

describe('superviseLimits', () => {
  it('GIVEN no environment WHEN asked THEN check has a wall budget, run and simulate none, all the same blocked budget and heap cap', () => {
    expect(superviseLimits('check', {})).toEqual({ wallSeconds: CHECK_WALL_SECONDS, blockedSeconds: DEFAULT_BLOCKED_SECONDS, heapMb: DEFAULT_HEAP_MB });
    expect(superviseLimits('run', {}).wallSeconds).toBe(0);
    expect(superviseLimits('simulate', {}).wallSeconds).toBe(0);
  });

  it('GIVEN the WORKSHOP_* variables WHEN asked THEN they win; the heap cap never goes below 32 MB', () => {
    const env = { WORKSHOP_WALL_SECONDS: '3', WORKSHOP_BLOCKED_SECONDS: '0.5', WORKSHOP_HEAP_MB: '1' };
    expect(superviseLimits('simulate', env)).toEqual({ wallSeconds: 3, blockedSeconds: 0.5, heapMb: 32 });
  });

  it.each(['', ' ', '0', '-1', 'ten', 'Infinity'])('GIVEN WORKSHOP_BLOCKED_SECONDS=%j WHEN asked THEN the default stays', (text) => {
    expect(superviseLimits('check', { WORKSHOP_BLOCKED_SECONDS: text }).blockedSeconds).toBe(DEFAULT_BLOCKED_SECONDS);
  });
});
