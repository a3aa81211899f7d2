import { describe, expect, it } from 'vitest';
import type { MinuteStats, SimulationResult } from '../../workshop/src/engine/simulation-result.js';
import { MAX_POINTS, toChartData } from '../src/components/charts/chart-data';
import { describeChart } from '../src/components/charts/describe-chart';
import { durationTicks, formatDuration, formatElapsedMinutes, niceTicks, unitFor } from '../src/components/charts/human-units';
import { linePath } from '../src/components/charts/line-path';

const minute = (t: number, age: number | null, backlog: number, lost = 0): MinuteStats => ({
  t, iteratorAgeMaxMs: age, iteratorAgeAvgMs: age, invocations: age === null ? 0 : 1, errors: 0, throttles: 0,
  durationAvgMs: null, concurrentExecutionsMax: 1, backlog, processed: 0, lost,
});

const run = (minutes: MinuteStats[], alarm?: SimulationResult['alarm']): SimulationResult => ({
  minutes, totals: { written: 1_000, processed: 900, lost: minutes.reduce((s, m) => s + m.lost, 0), onFailure: 0, inStream: 100 }, inFlightAtEnd: { invocations: 0, records: 0 }, onFailureRecords: [], ...(alarm ? { alarm } : {}),
});

describe('human units', () => {
  it('GIVEN durations across units WHEN formatted THEN each reads in the largest sensible unit, with the locale decimal mark', () => {
    expect(formatDuration(850, 'en')).toBe('850 ms');
    expect(formatDuration(42_000, 'en')).toBe('42 s');
    expect(formatDuration(450_000, 'pt-BR')).toBe('7,5 min');
    expect(formatDuration(110_000_000, 'pt-BR')).toBe('30,6 h');
    expect(formatDuration(110_000_000, 'en')).toBe('30.6 h');
  });

  it('GIVEN an axis maximum WHEN a unit is chosen THEN ms < 1.5 s ≤ s < 1.5 min ≤ min < 1.5 h ≤ h', () => {
    expect(unitFor(1_499).symbol).toBe('ms');
    expect(unitFor(1_500).symbol).toBe('s');
    expect(unitFor(90_000).symbol).toBe('min');
    expect(unitFor(5_400_000).symbol).toBe('h');
    expect(durationTicks(86_400_000).ticksMs.at(-1)).toBeGreaterThanOrEqual(86_400_000);
  });

  it('GIVEN a maximum WHEN ticks are made THEN they are round and reach the maximum', () => {
    expect(niceTicks(24)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(formatElapsedMinutes(1_750)).toBe('29 h 10 min');
    expect(formatElapsedMinutes(45)).toBe('45 min');
  });
});

describe('chart data and its text description', () => {
  it('GIVEN a run longer than MAX_POINTS minutes WHEN converted THEN minutes are bucketed with the peak IteratorAge and cumulative losses', () => {
    const minutes = Array.from({ length: MAX_POINTS * 2 }, (_, t) => minute(t, t === 5 ? null : t * 10, t, t % 2));
    const data = toChartData(run(minutes));
    expect(data.minutesPerPoint).toBe(2);
    expect(data.iteratorAgeMaxMs).toHaveLength(MAX_POINTS);
    expect(data.iteratorAgeMaxMs[2]).toBe(40);
    expect(data.lostCumulative.at(-1)).toBe(MAX_POINTS);
    expect(data.summary.peakIteratorAgeMs).toBe((MAX_POINTS * 2 - 1) * 10);
  });

  it('GIVEN an alarm that fired on period 3 (from 0) WHEN described in pt-BR and en THEN both count minutes like the CLI (minute 4), and say the losses', () => {
    const minutes = [minute(0, 1_000, 10), minute(1, 40_000, 20), minute(2, 90_000, 30, 5), minute(3, 120_000, 40)];
    const data = toChartData(run(minutes, [{ periodIndex: 0, state: 'OK' }, { periodIndex: 3, state: 'ALARM' }]), DEFAULT_ALARM_FOR_TEST);
    expect(describeChart(data.summary, 'en')).toBe('Peak IteratorAge: 2 min, in minute 4. Records written: 1,000; processed: 900; still queued at the end: 40. '
      + "Records lost (older than the stream's 24-hour retention): 5. Alarm (threshold 30 s): went to ALARM at the end of minute 4; final state ALARM.");
    expect(describeChart(data.summary, 'pt-BR')).toContain('Pico de IteratorAge: 2 min, no minuto 4.');
    expect(describeChart(data.summary, 'pt-BR')).toContain('Alarme (limite 30 s): entrou em ALARM ao fim do minuto 4; estado final ALARM.');
  });

  it('GIVEN a 30-hour run peaking in its last minute WHEN described THEN the moment reads as elapsed time', () => {
    const minutes = Array.from({ length: 1_800 }, (_, t) => minute(t, t * 1_000, t));
    expect(describeChart(toChartData(run(minutes)).summary, 'en')).toContain('Peak IteratorAge: 30 min, around 30 h into the run.');
    expect(describeChart(toChartData(run(minutes)).summary, 'pt-BR')).toContain('por volta de 30 h de execução.');
  });

  it('GIVEN no invocations at all WHEN described THEN it says IteratorAge has no data', () => {
    expect(describeChart(toChartData(run([minute(0, null, 0)])).summary, 'en')).toContain('No invocations: IteratorAge has no data.');
  });

  it('GIVEN a gap with no data WHEN the line is drawn THEN points sit at the start of each bucket and the path breaks at the gap', () => {
    expect(linePath([1, null, 3], 1, (m) => m, (v) => v)).toBe('M0.0 1.0l0.01 0M2.0 3.0l0.01 0');
    expect(linePath([1, 2], 2, (m) => m, (v) => v)).toBe('M0.0 1.0l0.01 0L2.0 2.0');
  });
});

const DEFAULT_ALARM_FOR_TEST = {
  threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'notBreaching', periodSeconds: 60,
} as const;
