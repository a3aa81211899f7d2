import type { InvocationOutcome, InvocationResult, StreamRecordView } from '../function-runner.js';
import { randomAt } from '../random.js';
import type { HandlerRunner } from './create-handler-runner.js';

/** How a run used the handler: every invocation through it, or calibrated replays for most of them. */
export interface ExecutionReport {
  /** 'fast-forward' when at least one invocation was a replay; 'exact' when every one ran the handler. */
  readonly mode: 'exact' | 'fast-forward';
  readonly invocations: { readonly total: number; readonly real: number };
  /** Set when fast-forward found its premise broken and ran the handler for the rest of the run. */
  readonly fallback?: Fallback;
}

/** Where fast-forward's premise broke: two real invocations of one batch shape that disagree. */
export interface Fallback {
  /** Virtual time of the invocation that disagreed; every invocation from then on ran the handler. */
  readonly atMs: number;
  /** The shape: records in the batch. */
  readonly recordCount: number;
  /** What differed, the shape's first measurement of it and this one's ('items': "written/handed back"). */
  readonly differs: 'outcome' | 'duration' | 'batchItemFailures' | 'items';
  readonly reference: string;
  readonly other: string;
  /** The same in one English sentence. */
  readonly reason: string;
}

/** The calibration rules; the defaults are what `simulate` uses (see `CALIBRATION_DEFAULTS`). */
export interface CalibrationRules {
  /** Every invocation starting before this virtual time runs the handler (the warm-up)… */
  readonly warmupMs: number;
  /** …up to this many invocations: a run with many lanes does not spend its warm-up on thousands of them. */
  readonly warmupInvocations: number;
  /** Each batch shape runs the handler this many times before it is replayed (the first one is its reference). */
  readonly realPerShape: number;
  /**
   * One invocation per shape in every window of this length, at a seeded moment, runs the handler to check it.
   * `calibrationFor` sets it to the run's horizon ÷ `SAMPLE_WINDOWS` (at least a minute).
   */
  readonly sampleWindowMs: number;
  /** Two measurements of a shape agree when their durations differ by at most this share of the reference… */
  readonly durationTolerance: number;
  /** …or by at most this many ms, whichever is larger. */
  readonly durationToleranceMinMs: number;
}

export const CALIBRATION_DEFAULTS: CalibrationRules = {
  warmupMs: 60_000,
  warmupInvocations: 2_000,
  realPerShape: 2,
  sampleWindowMs: 300_000,
  durationTolerance: 0.01,
  durationToleranceMinMs: 1,
};

/** Each batch shape is checked about this many times over a run, whatever its length. */
export const SAMPLE_WINDOWS = 120;

/** The rules for a run of `horizonMs`: the defaults, with sample windows of horizon ÷ 120 (≥ 1 minute). */
export function calibrationFor(horizonMs: number, overrides: Partial<CalibrationRules> = {}): CalibrationRules {
  return { ...CALIBRATION_DEFAULTS, sampleWindowMs: Math.max(60_000, horizonMs / SAMPLE_WINDOWS), ...overrides };
}

/** What one real invocation of a shape did, in a form that applies to any batch of that shape. */
interface Measurement {
  /** What a replay answers when nothing failed (shared: the engine only reads it). */
  readonly result: InvocationResult;
  readonly outcome: InvocationOutcome;
  readonly durationMs: number;
  /** Positions in the batch of the records reported failed; a string is an identifier naming no record of the batch. */
  readonly failures: readonly (number | string)[] | undefined;
  readonly itemsWritten: number;
  readonly itemsUnprocessed: number;
}

interface Shape {
  readonly reference: Measurement;
  latest: Measurement;
  real: number;
  /** The last sample window in which this shape ran the handler. */
  sampledWindow: number;
  /** The seeded sample moment of window `momentWindow` (computed once per window, not per invocation). */
  momentWindow: number;
  sampleAtMs: number;
}

export interface CalibratedRunner extends HandlerRunner {
  readonly execution: ExecutionReport;
  answerWithoutRecords(recordCount: number, startMs: number): InvocationResult | undefined;
}

/**
 * Calibrated fast-forward, as a `FunctionRunner` around the real handler's runner: the event source mapping
 * still does everything (stream, lanes, batching, checkpoints, retries, retention, metrics); only some
 * invocations skip the handler and replay what it measurably did for a batch of the same shape.
 *
 * A batch's shape is its record count. The handler runs for: every invocation in the warm-up (the first
 * minute, at most 2,000 invocations); the first `realPerShape` of each shape; one seeded moment per shape
 * per sample window; and every batch holding a record `isUnusual` marks. The others replay the shape's latest measurement: duration, outcome,
 * batchItemFailures by position, items written. Every real run of a known shape is compared with its first:
 * a different outcome, failure positions or item counts, or a duration beyond the tolerance, means the
 * premise (a shape determines the behaviour) does not hold, and from then on every invocation runs the
 * handler; `execution.fallback` says when and why. Deterministic: decisions depend only on the seed and the
 * (deterministic) order of invocations.
 */
export function createCalibratedRunner(
  inner: HandlerRunner,
  seed: number,
  rules: CalibrationRules = CALIBRATION_DEFAULTS,
  isUnusual?: (record: StreamRecordView) => boolean,
): CalibratedRunner {
  const shapes = new Map<number, Shape>();
  let total = 0;
  let real = 0;
  let replayedWritten = 0;
  let replayedUnprocessed = 0;
  let fallback: Fallback | undefined;
  /** A decision taken by `answerWithoutRecords` that needs the records, for the `invoke` that follows. */
  let pending: { count: number; startMs: number; replay: Measurement | undefined } | undefined;

  /** The measurement to replay, or undefined to run the handler. Called exactly once per invocation. */
  const decide = (count: number, startMs: number): Measurement | undefined => {
    total += 1;
    if (fallback || (startMs < rules.warmupMs && total <= rules.warmupInvocations)) return undefined;
    const shape = shapes.get(count);
    if (!shape || shape.real < rules.realPerShape) return undefined;
    const window = Math.floor(startMs / rules.sampleWindowMs);
    if (window !== shape.sampledWindow) {
      if (window !== shape.momentWindow) {
        shape.momentWindow = window;
        shape.sampleAtMs = (window + randomAt(seed ^ 0xca11b, count, window)) * rules.sampleWindowMs;
      }
      if (startMs >= shape.sampleAtMs) return undefined;
    }
    return shape.latest;
  };

  const replay = (measured: Measurement, batch: readonly StreamRecordView[] | undefined): InvocationResult => {
    replayedWritten += measured.itemsWritten;
    replayedUnprocessed += measured.itemsUnprocessed;
    if (measured.failures === undefined) return measured.result;
    const failures = measured.failures.map((f) => (typeof f === 'number' ? batch![f]!.sequenceNumber : f));
    return { outcome: measured.outcome, durationMs: measured.durationMs, batchItemFailures: failures };
  };

  /** Runs the handler; unless the batch is unusual (its behaviour says nothing of its shape), calibrates with it. */
  const runReal = async (batch: readonly StreamRecordView[], startMs: number, unusual: boolean): Promise<InvocationResult> => {
    real += 1;
    const written0 = inner.itemsWritten;
    const unprocessed0 = inner.itemsUnprocessed;
    const result = await inner.invoke(batch, startMs);
    if (fallback || unusual) return result;
    const measured: Measurement = {
      result: { outcome: result.outcome, durationMs: result.durationMs },
      outcome: result.outcome,
      durationMs: result.durationMs,
      failures: positionsOf(result.batchItemFailures, batch),
      itemsWritten: inner.itemsWritten - written0,
      itemsUnprocessed: inner.itemsUnprocessed - unprocessed0,
    };
    const shape = shapes.get(batch.length);
    if (!shape) {
      shapes.set(batch.length, { reference: measured, latest: measured, real: 1, sampledWindow: Math.floor(startMs / rules.sampleWindowMs), momentWindow: -1, sampleAtMs: 0 });
      return result;
    }
    const disagreement = compare(shape.reference, measured, rules);
    if (disagreement) {
      const reason = `two invocations of a ${batch.length}-record batch disagree: ${disagreement.detail}`;
      fallback = { atMs: startMs, recordCount: batch.length, differs: disagreement.differs, reference: disagreement.reference, other: disagreement.other, reason };
      return result;
    }
    shape.latest = measured;
    shape.real += 1;
    shape.sampledWindow = Math.floor(startMs / rules.sampleWindowMs);
    return result;
  };

  return {
    get itemsWritten() {
      return inner.itemsWritten + replayedWritten;
    },
    get itemsUnprocessed() {
      return inner.itemsUnprocessed + replayedUnprocessed;
    },
    get environmentsCreated() {
      return inner.environmentsCreated;
    },
    get execution(): ExecutionReport {
      return { mode: real < total ? 'fast-forward' : 'exact', invocations: { total, real }, ...(fallback ? { fallback: { ...fallback } } : {}) };
    },
    answerWithoutRecords(count, startMs) {
      if (isUnusual) return undefined; // the records must be seen: `invoke` decides
      const measured = decide(count, startMs);
      if (measured !== undefined && measured.failures === undefined) return replay(measured, undefined);
      pending = { count, startMs, replay: measured };
      return undefined;
    },
    invoke(batch, startMs) {
      let measured: Measurement | undefined;
      if (pending && pending.count === batch.length && pending.startMs === startMs) measured = pending.replay;
      else measured = decide(batch.length, startMs);
      pending = undefined;
      const unusual = isUnusual !== undefined && batch.some(isUnusual);
      return measured === undefined || unusual ? runReal(batch, startMs, unusual) : replay(measured, batch);
    },
  };
}

function positionsOf(failures: readonly string[] | undefined, batch: readonly StreamRecordView[]): readonly (number | string)[] | undefined {
  if (failures === undefined) return undefined;
  return failures.map((id) => {
    const at = batch.findIndex((record) => record.sequenceNumber === id);
    return at >= 0 ? at : id;
  });
}

/** Nothing and an empty list both mean "no failure" to the event source mapping. */
const failureKey = (failures: Measurement['failures']): string => (failures && failures.length > 0 ? JSON.stringify(failures) : '');

type Disagreement = Pick<Fallback, 'differs' | 'reference' | 'other'> & { readonly detail: string };

const differ = (differs: Fallback['differs'], a: string, b: string, detail: string): Disagreement => ({ differs, reference: a, other: b, detail });

/** Why two measurements of one shape disagree, or undefined when they agree. */
function compare(reference: Measurement, other: Measurement, rules: CalibrationRules): Disagreement | undefined {
  if (other.outcome !== reference.outcome) return differ('outcome', reference.outcome, other.outcome, `one ended '${reference.outcome}', another '${other.outcome}'`);
  const tolerance = Math.max(rules.durationToleranceMinMs, reference.durationMs * rules.durationTolerance);
  if (Math.abs(other.durationMs - reference.durationMs) > tolerance) {
    return differ('duration', `${reference.durationMs} ms`, `${other.durationMs} ms`,
      `durations ${reference.durationMs} ms and ${other.durationMs} ms differ by more than ${rules.durationTolerance * 100} % (or ${rules.durationToleranceMinMs} ms)`);
  }
  const failuresA = failureKey(reference.failures);
  const failuresB = failureKey(other.failures);
  if (failuresA !== failuresB) return differ('batchItemFailures', failuresA || '[]', failuresB || '[]', `they reported different batchItemFailures (${failuresA || '[]'}, ${failuresB || '[]'})`);
  const itemsA = `${reference.itemsWritten}/${reference.itemsUnprocessed}`;
  const itemsB = `${other.itemsWritten}/${other.itemsUnprocessed}`;
  if (itemsA !== itemsB) return differ('items', itemsA, itemsB, `items written/handed back ${itemsA} and ${itemsB}`);
  return undefined;
}
