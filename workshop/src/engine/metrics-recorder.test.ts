import { describe, expect, it } from 'vitest';
import { MetricsRecorder } from './metrics-recorder.js';

describe('MetricsRecorder — per-minute CloudWatch-style statistics', () => {
  it('GIVEN invocations with ages 100 and 300 ms in minute 0 WHEN finished THEN max 300, avg 200, 2 invocations', () => {
    const m = new MetricsRecorder(120_000);
    m.invocation(1_000, 100);
    m.invocation(59_999, 300);
    const [first] = m.finish(() => 0);
    expect(first).toMatchObject({ t: 0, iteratorAgeMaxMs: 300, iteratorAgeAvgMs: 200, invocations: 2 });
  });

  it('GIVEN a minute without invocations WHEN finished THEN IteratorAge is null ("no data"), not 0', () => {
    const m = new MetricsRecorder(120_000);
    m.invocation(1_000, 50);
    const minutes = m.finish(() => 0);
    expect(minutes[1]).toMatchObject({ t: 1, iteratorAgeMaxMs: null, iteratorAgeAvgMs: null, invocations: 0, durationAvgMs: null });
  });

  it('GIVEN an invocation with IteratorAge 0 ms WHEN finished THEN 0 is a datapoint (not null)', () => {
    const m = new MetricsRecorder(60_000);
    m.invocation(10, 0);
    expect(m.finish(() => 0)[0]!.iteratorAgeMaxMs).toBe(0);
  });

  it('GIVEN durations 100 and 200 ms ending in minute 1, one failed WHEN finished THEN avg 150 ms and 1 error there', () => {
    const m = new MetricsRecorder(180_000);
    m.ended(61_000, 100, false);
    m.ended(62_000, 200, true);
    expect(m.finish(() => 0)[1]).toMatchObject({ durationAvgMs: 150, errors: 1 });
  });

  it('GIVEN 2 executions from minute 0 to minute 3 WHEN finished THEN minutes 0–3 each report a peak of 2', () => {
    const m = new MetricsRecorder(300_000);
    m.concurrencyChanged(1_000, 1);
    m.concurrencyChanged(2_000, 2);
    m.concurrencyChanged(200_000, 1);
    m.concurrencyChanged(200_001, 0);
    expect(m.finish(() => 0).map((x) => x.concurrentExecutionsMax)).toEqual([2, 2, 2, 2, 0]);
  });

  it('GIVEN writes, processed, lost and on-failure WHEN finished THEN backlog = written − all removed, minute by minute', () => {
    const m = new MetricsRecorder(120_000);
    m.addProcessed(10_000, 40);
    m.addLost(70_000, 5);
    m.addOnFailure(80_000, 3);
    const minutes = m.finish((t) => (t <= 60_000 ? 100 : 150));
    expect(minutes.map((x) => x.backlog)).toEqual([60, 102]);
    expect(minutes.map((x) => [x.processed, x.lost])).toEqual([[40, 0], [0, 5]]);
  });

  it('GIVEN a throttle and a count past the horizon WHEN recorded THEN kept in the last minute', () => {
    const m = new MetricsRecorder(60_000);
    m.throttle(90_000);
    expect(m.finish(() => 0)[0]!.throttles).toBe(1);
  });
});
