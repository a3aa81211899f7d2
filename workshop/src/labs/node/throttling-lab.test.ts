// Lab 08's numbers, computed by the engine: what its pages and hints state about the local runs. The starter's and
// the solution's own runs are read from their goldens (test-fixtures/lab-golden.ts: lab-runs.golden.test.ts runs
// them on the engine and compares byte for byte); the run with no concurrency at all is run here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_ASSUMPTIONS } from '../../engine/engine-assumptions.js';
import { simulate } from '../../engine/simulate.js';
import { buildLabScenario } from '../core/lab-scenarios.js';
import { lab as lab08, THROTTLED_CONCURRENCY, THROTTLING_SHARDS } from '../core/definitions/08-throttling.js';
import { loadLab } from './lab-loader.js';
import { readLabGolden } from './test-fixtures/lab-golden.js';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const run = async (variant: 'starter' | 'solution', reservedConcurrency: number) => {
  const { definition, exports } = await loadLab(repoRoot, '08', { variant });
  const consumer = { ...exports.consumer!, reservedConcurrency };
  return simulate(buildLabScenario(definition, { ...exports, consumer }));
};

describe('lab 08 (throttling) in the engine: the numbers its pages state', () => {
  it('GIVEN both consumer.ts WHEN read THEN SHARDS is the definition\'s shards, and the reference reserves 4 × PF 10 = 40, the starter 10', async () => {
    const shardsIn = (dir: string) => Number(/export const SHARDS = (\d+);/.exec(readFileSync(join(repoRoot, dir, '08-throttling/consumer.ts'), 'utf8'))?.[1]);
    expect([shardsIn('labs'), shardsIn('solutions'), lab08.shards]).toEqual([THROTTLING_SHARDS, THROTTLING_SHARDS, 4]);
    const solution = (await loadLab(repoRoot, '08', { variant: 'solution' })).exports.consumer!;
    const starter = (await loadLab(repoRoot, '08', { variant: 'starter' })).exports.consumer!;
    expect(solution.parallelizationFactor! * THROTTLING_SHARDS).toBe(40);
    expect(solution.reservedConcurrency).toBe(40);
    expect(starter.reservedConcurrency).toBe(THROTTLED_CONCURRENCY);
  });

  it('GIVEN the starter (reserved 10) WHEN run THEN throttles every minute, 0 errors, IteratorAge a few seconds and under lab 06\'s 30 s: that alarm stays OK', () => {
    const result = readLabGolden('08-throttling/starter');
    expect(result.throttlesPerMinute).toHaveLength(result.minutes.length);
    expect(result.throttlesPerMinute!.every((throttles) => throttles > 0) && result.errors.every((errors) => errors === 0)).toBe(true);
    const peak = Math.max(...result.ages);
    expect(peak).toBeGreaterThan(1_000);
    expect(peak).toBeLessThan(30_000);
    expect(result.alarm?.every((change) => change.state !== 'ALARM')).toBe(true);
    expect(DEFAULT_ENGINE_ASSUMPTIONS.retryBaseDelayMs).toBe(1_000); // "the engine assumes 1 s, doubling …
    expect(DEFAULT_ENGINE_ASSUMPTIONS.retryMaxDelayMs).toBe(60_000); // … up to 60 s"
  });

  it('GIVEN the solution (reserved 40) WHEN run THEN no throttle and IteratorAge at the poll cadence (≤ 250 ms)', () => {
    const result = readLabGolden('08-throttling/solution');
    expect(result.throttlesPerMinute).toHaveLength(result.minutes.length);
    expect(result.throttlesPerMinute!.every((throttles) => throttles === 0)).toBe(true);
    expect(Math.max(...result.ages)).toBeLessThanOrEqual(DEFAULT_ENGINE_ASSUMPTIONS.pollIntervalMs);
  });

  it('GIVEN reserved concurrency 0 WHEN run THEN never invoked, no IteratorAge at all, and after the first minute fewer throttles a minute than the starter\'s threshold of 100', async () => {
    const result = await run('solution', 0);
    expect(result.minutes.every((m) => m.invocations === 0 && m.iteratorAgeMaxMs === null)).toBe(true);
    expect(result.minutes.slice(1).every((m) => m.throttles > 0 && m.throttles < 100)).toBe(true);
    expect(result.alarm?.every((change) => change.state !== 'ALARM')).toBe(true);
    expect(result.throttlesAlarm?.some((change) => change.state === 'ALARM')).toBe(true);
  });
});

describe('lab 08 bad input (one settings definition, both languages)', () => {
  it.each([-1, 1_001])('GIVEN reservedConcurrency %d WHEN the consumer is resolved THEN out_of_range 0–1,000, said in English and Portuguese', async (reservedConcurrency) => {
    const { validateConsumerSettings } = await import('../../settings/consumer-settings.js');
    const { formatIssue } = await import('../../errors/format-issue.js');
    const [issue] = validateConsumerSettings({ startingPosition: 'TRIM_HORIZON', parallelizationFactor: 10, reservedConcurrency });
    expect(issue).toMatchObject({ code: 'out_of_range', field: 'reservedConcurrency', min: 0, max: 1_000, got: reservedConcurrency });
    expect(formatIssue(issue!, 'en').message).toContain('reservedConcurrency');
    expect(formatIssue(issue!, 'pt-BR').message).toContain('reservedConcurrency');
    expect(formatIssue(issue!, 'pt-BR').message).not.toBe(formatIssue(issue!, 'en').message);
  });
});
