import { describe, expect, it } from 'vitest';
import { nextPollAfter, regularPollAtOrAfter } from './poll-schedule.js';

describe('poll schedule — 4 polls a second', () => {
  it('GIVEN a record arriving at 1,010 ms and an idle lane at 1,000 ms WHEN it sleeps THEN it wakes at the 1,250 ms poll', () => {
    expect(nextPollAfter(1_000, 1_010, 250)).toBe(1_250);
  });

  it('GIVEN a record that already arrived WHEN the lane sleeps at a poll THEN the next poll, 250 ms later', () => {
    expect(nextPollAfter(1_000, 900, 250)).toBe(1_250);
    expect(nextPollAfter(1_100, 900, 250)).toBe(1_250);
  });

  it('GIVEN a record arriving exactly on a poll WHEN the lane sleeps THEN that poll', () => {
    expect(nextPollAfter(1_000, 1_500, 250)).toBe(1_500);
  });

  it('GIVEN no more records WHEN the lane sleeps THEN never', () => {
    expect(nextPollAfter(0, Infinity, 250)).toBe(Infinity);
  });

  it('GIVEN an invocation ending at 1,400 ms or exactly at 1,500 ms WHEN the lane polls again THEN at 1,500 ms', () => {
    expect(regularPollAtOrAfter(1_400, 250)).toBe(1_500);
    expect(regularPollAtOrAfter(1_500, 250)).toBe(1_500);
  });
});
