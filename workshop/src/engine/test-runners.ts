/**
 * Function runners for the engine's own tests (and the site's demos): they record what the event source
 * mapping delivered, or fail on purpose, so ordering, retries and conservation can be checked.
 */
import type { FunctionRunner, InvocationResult, StreamRecordView } from './function-runner.js';
import type { Scenario } from './scenario.js';

export interface Delivery {
  readonly startMs: number;
  readonly records: readonly StreamRecordView[];
}

/** Runs like the cost model (fixed + per record) and remembers every batch it was given. */
export function recordingRunner(fixedMs: number, perRecordMs: number, answer?: (batch: readonly StreamRecordView[], attempt: number) => Partial<InvocationResult>) {
  const deliveries: Delivery[] = [];
  const runner: FunctionRunner = {
    invoke(batch, startMs) {
      deliveries.push({ startMs, records: batch });
      const base: InvocationResult = { durationMs: fixedMs + perRecordMs * batch.length, outcome: 'success' };
      return answer ? { ...base, ...answer(batch, deliveries.length) } : base;
    },
  };
  return { runner, deliveries };
}

/** Fails every batch holding a record whose key is in `poisonKeys`; the rest succeed. */
export function poisonRunner(poisonKeys: ReadonlySet<number>, durationMs = 10): FunctionRunner {
  return {
    invoke: (batch) => ({ durationMs, outcome: batch.some((r) => poisonKeys.has(r.keyIndex)) ? 'error' : 'success' }),
  };
}

/** A small valid scenario at a constant rate; override any part. */
export function constantScenario(ratePerSecond: number, seconds: number, extra: Partial<Scenario> = {}): Scenario {
  return {
    seed: 7,
    load: { profile: { kind: 'constant', ratePerSecond }, duration: { seconds }, keys: 100 },
    consumer: { startingPosition: 'TRIM_HORIZON' },
    function: { kind: 'cost', fixedMs: 10, perRecordMs: 1 },
    ...extra,
  };
}
