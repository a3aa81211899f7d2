import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario.js';
import { estimatedCliffSeconds, hoursAndMinutes, longRunFacts, longRunScenario, RETENTION_MS } from './long-run.js';
import { longRunSummaryLines } from './long-run-summary.js';

const base: Scenario = {
  seed: 7,
  load: { profile: { kind: 'constant', ratePerSecond: 200 }, duration: { seconds: 600 }, keys: 1_000, itemSizeBytes: 400 },
  horizonSeconds: 600,
  consumer: { startingPosition: 'TRIM_HORIZON', batchSize: 100 },
  function: { kind: 'cost', fixedMs: 5, perRecordMs: 8 },
};
const minute = (ageMs: number | null, lost = 0) => ({ iteratorAgeMaxMs: ageMs, lost });

describe('longRunScenario', () => {
  it('GIVEN a lab scenario WHEN made a 30-hour long run at 1,000/s THEN only the rate, the load\'s duration and the horizon change', () => {
    const long = longRunScenario(base, { ratePerSecond: 1_000, chartHours: 30 }, 30 * 3600);
    expect(long.load).toEqual({ ...base.load, profile: { kind: 'constant', ratePerSecond: 1_000 }, duration: { seconds: 108_000 } });
    expect(long.horizonSeconds).toBe(108_000);
    expect({ ...long, load: base.load, horizonSeconds: 600 }).toEqual(base);
  });
});

describe('estimatedCliffSeconds: 24 h ÷ (1 − μ/λ)', () => {
  it('GIVEN lab 01\'s μ (100 ÷ 0.805 s) and 1,000 writes/s WHEN estimated THEN 27 h 24 min; at 200/s ≈ 63 h', () => {
    expect(hoursAndMinutes(estimatedCliffSeconds(100 / 0.805, 1_000)! / 60)).toBe('27 h 24 min');
    expect(Math.round(estimatedCliffSeconds(100 / 0.805, 200)! / 3600)).toBe(63);
  });

  it.each([[1_000, 1_000], [1_200, 1_000], [Number.NaN, 1_000], [-1, 1_000]])('GIVEN μ = %d and λ = %d WHEN estimated THEN no cliff (null)', (mu, lambda) => {
    expect(estimatedCliffSeconds(mu, lambda)).toBeNull();
  });
});

describe('longRunFacts', () => {
  it('GIVEN minutes climbing to 24 h, then trimming WHEN read THEN the cliff is the first minute with a loss, and the plateau is counted', () => {
    const facts = longRunFacts({ minutes: [minute(null), minute(RETENTION_MS - 90_000), minute(RETENTION_MS, 5), minute(RETENTION_MS - 100, 7)], totals: { lost: 12 } });
    expect(facts).toEqual({ cliffMinute: 2, peakIteratorAgeMs: RETENTION_MS, lost: 12, minutesAtRetention: 2 });
  });

  it('GIVEN no minute with a loss WHEN read THEN no cliff and no plateau', () => {
    expect(longRunFacts({ minutes: [minute(1_000), minute(2_000)], totals: { lost: 0 } })).toEqual({ cliffMinute: null, peakIteratorAgeMs: 2_000, lost: 0, minutesAtRetention: 0 });
  });
});

describe('longRunSummaryLines (both languages)', () => {
  const facts = { cliffMinute: 1_644, peakIteratorAgeMs: RETENTION_MS - 100, lost: 8_183_800, minutesAtRetention: 156 };

  it('GIVEN a cliff and estimate.ts\'s μ WHEN summarized THEN the cliff time, the records lost and the estimate\'s 24 h ÷ (1 − μ/λ)', () => {
    const en = longRunSummaryLines({ ratePerSecond: 1_000, facts, estimatedRecordsPerSecond: 100 / 0.805 }, 108_000, 'en').join('\n');
    expect(en).toContain('27 h 24 min into the run IteratorAge reached the stream\'s retention and stayed there');
    expect(en).toContain('8,183,800 records lost, with no error');
    expect(en).toContain('μ = 124.2 records/s, so the lag grows 0.876 s per second and reaches 24 h after 24 h ÷ 0.876 = 27 h 24 min.');
    const pt = longRunSummaryLines({ ratePerSecond: 1_000, facts, estimatedRecordsPerSecond: 100 / 0.805 }, 108_000, 'pt-BR').join('\n');
    expect(pt).toContain('8.183.800 registros perdidos, sem nenhum erro');
    expect(pt).toContain('μ = 124,2 registros/s, então o atraso cresce 0,876 s por segundo e chega a 24 h depois de 24 h ÷ 0,876 = 27 h 24 min.');
  });

  it('GIVEN a run shorter than the estimate\'s cliff WHEN summarized THEN nothing lost yet, and the hours to ask for (or that --hours cannot reach it)', () => {
    const none = { cliffMinute: null, peakIteratorAgeMs: 37_800_000, lost: 0, minutesAtRetention: 0 };
    const en = longRunSummaryLines({ ratePerSecond: 1_000, facts: none, estimatedRecordsPerSecond: 100 / 0.805 }, 12 * 3600, 'en').join('\n');
    expect(en).toContain('IteratorAge peaked at 10.5 h, under the 24 h retention: nothing lost yet.');
    expect(en).toContain('after this run ends: try --hours 28 or more.');
    expect(longRunSummaryLines({ ratePerSecond: 200, facts: none, estimatedRecordsPerSecond: 100 / 0.805 }, 12 * 3600, 'pt-BR').join('\n'))
      .toContain('além das 48 h que --hours permite.');
  });

  it('GIVEN estimate.ts\'s placeholder μ (1,000/s, 10 batches a second) WHEN summarized THEN it says the estimate predicts no lag while the engine climbs', () => {
    expect(longRunSummaryLines({ ratePerSecond: 1_000, facts, estimatedRecordsPerSecond: 1_000 }, 108_000, 'en').at(-1))
      .toBe('Your estimate.ts: μ = 1,000 records/s, not below 1,000 writes/s, so it predicts no lag at all, yet the engine\'s curve climbs: `check 03` says what to fix.');
  });
});
