import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConsumerSettings, type ConsumerSettingsInput } from '../settings/consumer-settings.js';
import { seconds } from '../settings/duration.js';
import type { FunctionRunner, InvocationResult } from './function-runner.js';
import { mix32 } from './random.js';
import { runSimulation } from './run-simulation.js';
import type { Scenario } from './scenario.js';

const consumerArb: fc.Arbitrary<ConsumerSettingsInput> = fc.record({
  startingPosition: fc.constantFrom('TRIM_HORIZON' as const, 'LATEST' as const),
  batchSize: fc.integer({ min: 1, max: 500 }),
  parallelizationFactor: fc.integer({ min: 1, max: 10 }),
  maxBatchingWindow: fc.integer({ min: 0, max: 5 }).map(seconds),
  retryAttempts: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  maxRecordAge: fc.option(fc.integer({ min: 60, max: 300 }).map(seconds), { nil: undefined }),
  bisectBatchOnError: fc.boolean(),
  reportBatchItemFailures: fc.boolean(),
  reservedConcurrency: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  timeout: fc.integer({ min: 1, max: 5 }).map(seconds),
}, { requiredKeys: ['startingPosition'] });

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  seed: fc.integer({ min: 0, max: 1_000 }),
  shards: fc.integer({ min: 1, max: 4 }),
  horizonMinutes: fc.integer({ min: 1, max: 20 }),
  load: fc.record({
    profile: fc.oneof(
      fc.record({ kind: fc.constant('constant' as const), ratePerSecond: fc.double({ min: 0, max: 300, noNaN: true }) }),
      fc.record({ kind: fc.constant('ramp' as const), fromPerSecond: fc.integer({ min: 0, max: 300 }), toPerSecond: fc.integer({ min: 0, max: 300 }) }),
      fc.record({
        kind: fc.constant('steps' as const),
        steps: fc.array(fc.record({ at: fc.integer({ min: 0, max: 900 }).map(seconds), ratePerSecond: fc.integer({ min: 0, max: 300 }) }), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('daily' as const), basePerSecond: fc.integer({ min: 0, max: 100 }), peakPerSecond: fc.integer({ min: 0, max: 300 }), peakHour: fc.integer({ min: 0, max: 23 }) }),
    ),
    duration: fc.integer({ min: 1, max: 900 }).map(seconds),
    keys: fc.integer({ min: 1, max: 200 }),
    hotKeyShare: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  consumer: consumerArb,
}).map(({ horizonMinutes, ...rest }) => ({ ...rest, horizonSeconds: horizonMinutes * 60, function: { kind: 'cost', fixedMs: 10, perRecordMs: 1 } }));

/** Errors injected by a hash of the batch: whole failures, timeouts, reported item failures; deterministic. */
const errorArb = fc.record({ failPercent: fc.integer({ min: 0, max: 60 }), perRecordMs: fc.integer({ min: 0, max: 40 }) });

function flakyRunner(failPercent: number, perRecordMs: number): FunctionRunner {
  return {
    invoke(batch, startMs): InvocationResult {
      const roll = mix32(Math.floor(startMs) ^ batch.length ^ (batch[0]!.index << 3)) % 100;
      const durationMs = 10 + perRecordMs * batch.length;
      if (roll >= failPercent) return { durationMs, outcome: 'success' };
      if (roll % 3 === 0) return { durationMs: 10_000, outcome: 'success' }; // beyond any timeout here → timeout
      if (roll % 3 === 1) return { durationMs, outcome: 'error' };
      return { durationMs, outcome: 'success', batchItemFailures: [batch[Math.floor(batch.length / 2)]!.sequenceNumber] };
    },
  };
}

describe('conservation (property, fast-check)', () => {
  it('GIVEN random scenarios, settings and injected errors WHEN run THEN written = processed + inStream + lost + onFailure, per-key order holds, the last backlog equals inStream', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, errorArb, async (scenario, errors) => {
        const runner = flakyRunner(errors.failPercent, errors.perRecordMs);
        // At least once: retries re-deliver, but a record seen for the first time must never be older
        // than one of its key already delivered.
        const delivered = new Set<string>();
        const newest = new Map<number, string>();
        let outOfOrder = 0;
        const watching: FunctionRunner = {
          invoke(batch, startMs) {
            for (const r of batch) {
              if (delivered.has(r.sequenceNumber)) continue;
              delivered.add(r.sequenceNumber);
              const top = newest.get(r.keyIndex);
              if (top !== undefined && r.sequenceNumber < top) outOfOrder += 1;
              else newest.set(r.keyIndex, r.sequenceNumber);
            }
            return runner.invoke(batch, startMs);
          },
        };
        const { minutes, totals } = await runSimulation(scenario, resolveConsumerSettings(scenario.consumer), watching);
        expect(totals.processed + totals.inStream + totals.lost + totals.onFailure).toBe(totals.written);
        expect(Math.min(totals.processed, totals.inStream, totals.lost, totals.onFailure)).toBeGreaterThanOrEqual(0);
        expect(minutes.at(-1)!.backlog).toBe(totals.inStream);
        expect(minutes.reduce((n, m) => n + m.processed, 0)).toBe(totals.processed);
        expect(outOfOrder).toBe(0);
      }),
      { numRuns: 80, seed: 20_261_107 },
    );
  });
});
