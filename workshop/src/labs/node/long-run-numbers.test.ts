// The numbers lab 03's pages, hints and messages state about its long run (`run 03 --hours 30`), computed by
// the engine from the lab's own files (solutions/03 with lab 01's consumer and handler, lab 02's load at the
// long-run rate; calibrated fast-forward, as `run` uses it). A page that states one of them must change when
// this test does. AWS fact (aws-facts §C): the stream keeps records 24 hours.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../engine/simulate.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import { lab as lab03, LONG_RUN_WRITES_PER_SECOND } from '../core/definitions/03-observe-iteratorage.js';
import { estimatedCliffSeconds, hoursAndMinutes, longRunFacts, RETENTION_MS, type LongRunFacts } from '../core/long-run.js';
import { loadLab } from './lab-loader.js';
import { loadLabLongRunScenario, loadReferenceLab } from './lab-scenario-loader.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

describe('lab 03\'s long run — what its pages say the engine shows (30 h, solutions/03, real handler)', () => {
  let result: SimulationResult;
  let facts: LongRunFacts;
  let mu: number;
  beforeAll(async () => {
    result = await simulate(await loadLabLongRunScenario(repoRoot, '03', 'solution', 30));
    facts = longRunFacts(result);
    mu = (await loadLab(repoRoot, '03', { variant: 'solution' })).exports.consumerRecordsPerSecond!();
  }, 120_000);

  it('GIVEN the definition WHEN read THEN the long run writes 1,000/s and the site draws its 30 hours', () => {
    expect(lab03.longRun).toEqual({ ratePerSecond: 1_000, chartHours: 30 });
    expect(LONG_RUN_WRITES_PER_SECOND).toBe(1_000);
  });

  it('GIVEN 30 h at 1,000 writes/s WHEN run with the lab\'s own handler THEN 108 million written, calibrated fast-forward, nothing created or destroyed', () => {
    expect(result.totals.written).toBe(108_000_000);
    expect(result.execution?.mode).toBe('fast-forward');
    const { written, processed, inStream, lost, onFailure } = result.totals;
    expect(processed + inStream + lost + onFailure).toBe(written);
  });

  it('GIVEN the same run WHEN IteratorAge climbs THEN it reaches the 24 h retention at 27 h 24 min (minute 1,645), stays there to the end, and 8,183,800 records are lost', () => {
    expect(facts.cliffMinute).toBe(1_644);
    expect(hoursAndMinutes(facts.cliffMinute!)).toBe('27 h 24 min');
    expect(result.minutes.slice(0, 1_644).every((m) => m.lost === 0)).toBe(true);
    expect(facts.peakIteratorAgeMs).toBeLessThanOrEqual(RETENTION_MS);
    expect(facts.minutesAtRetention).toBe(1_800 - 1_644); // every minute from the cliff on
    expect(hoursAndMinutes(facts.minutesAtRetention)).toBe('2 h 36 min');
    expect(result.minutes.every((m) => m.errors === 0)).toBe(true); // "without a single error or failed invocation"
    expect(Math.round(result.totals.written / 1e6)).toBe(108);
    expect(facts.lost).toBe(8_183_800);
    expect(Math.round(facts.lost / 1e5) / 10).toBe(8.2); // the page's "≈ 8.2 million"
    // From the cliff on the consumer still reads μ a second; everything else the stream trims: ≈ (λ − μ) a second.
    expect(Math.abs(facts.lost - (1_000 - mu) * (30 * 3600 - 1_644 * 60)) / facts.lost).toBeLessThan(0.01);
  });

  it('GIVEN estimate.ts\'s μ (124 records/s) WHEN its cliff is 24 h ÷ (1 − μ/λ) THEN 27 h 24 min, the engine\'s minute, and lab 02\'s 200/s would need ≈ 63 h', () => {
    expect(Math.round(mu)).toBe(124);
    expect((1 - mu / 1_000).toFixed(3)).toBe('0.876');
    const cliff = estimatedCliffSeconds(mu, 1_000)!;
    expect(hoursAndMinutes(cliff / 60)).toBe('27 h 24 min');
    expect(Math.abs(cliff / 60 - facts.cliffMinute!)).toBeLessThanOrEqual(1);
    expect(Math.round(estimatedCliffSeconds(mu, 200)! / 3600)).toBe(63);
    // The fewest writes a second for the cliff to come inside the story's 30 h: 1 − μ/λ ≥ 24/30, λ ≥ 5μ ≈ 621.
    expect(Math.round(5 * mu)).toBe(621);
    expect(estimatedCliffSeconds(mu, 622)!).toBeLessThan(30 * 3600);
    expect(estimatedCliffSeconds(mu, 620)!).toBeGreaterThan(30 * 3600);
  });

  it('GIVEN lab 03\'s check WHEN its estimate stays under 24 h at 30 h, or passes it THEN the observation states an age under 24 h, or that records are lost (never an age the stream cannot have)', async () => {
    const reference = (id: string) => loadReferenceLab(repoRoot, id);
    const { definition, exports } = await loadLab(repoRoot, '03', { variant: 'solution' });
    const solution = await definition.check!.run({ definition, lab: exports, reference });
    const said = solution.observations[0]!;
    expect(said.en).toContain('after 30 hours IteratorAge would be ≈ 11.4 h, under the stream\'s 24 h retention');
    expect(said['pt-BR']).toContain('depois de 30 horas o IteratorAge seria ≈ 11,4 h, abaixo da retenção de 24 h do stream');
    expect(said.en).toContain('`npx workshop run 03 --hours 30`');
    expect(Math.round(30 * 3600 * (1 - mu / 200) / 360) / 10).toBe(11.4);
    // An estimate growing a second per second: 30 h would be past the retention.
    const fast = await definition.check!.run({ definition, lab: { ...exports, estimateIteratorAgeMs: (t: number) => t * 1000 }, reference });
    expect(fast.observations[0]!.en).toContain('would reach the stream\'s 24 h retention after ≈ 24 h, before 30 hours: from then on records are lost and, in the engine, IteratorAge stays at 24 h');
    expect(fast.observations[0]!['pt-BR']).toContain('registros se perdem');
    expect(fast.observations[0]!.en).not.toMatch(/would be ≈ [\d,.]+ (ms|h)/);
  }, 60_000);
});
