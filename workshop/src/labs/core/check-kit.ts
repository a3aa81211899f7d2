// What every lab check is made of: expectations with a pt-BR/en description, a way to run a scenario on the
// engine, and small probes that call a learner's handler directly with a recording I/O.
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { StreamRecordView } from '../../engine/function-runner.js';
import { buildStreamEvent } from '../../engine/handler/stream-event-builder.js';
import type { ConsumerIO, ResultItem } from '../../runtime/consumer-io.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import type { LabDefinition, LabExports } from './lab-definition.js';
import { buildLabScenario, type LabScenarioDefinition } from './lab-scenarios.js';
import type { Scenario } from '../../engine/scenario.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import type { SimulateOptions } from '../../engine/simulate.js';
import { reportIfNonError, superviseCreateHandler } from '../../supervise/learner-faults.js';
import { previewValue } from '../../supervise/verdicts.js';
import { formatIssue } from '../../errors/format-issue.js';
import { isWorkshopError } from '../../errors/workshop-error.js';
import { lazyModules } from './lazy-modules.js';

/** One thing a lab's check expects, and what it found. */
export interface ExpectationResult {
  readonly id: string;
  readonly description: Bilingual;
  readonly passed: boolean;
  /** What was measured (both on pass and on failure). */
  readonly detail: Bilingual;
}

/** A reference lab as a check sees it: its definition and its solution's modules (e.g. lab 03 for lab 06). */
export interface ReferenceLab {
  readonly definition: LabDefinition;
  readonly exports: LabExports;
}

/** What a check may use: the lab's definition, the learner's (or reference) modules, and any other lab's reference. */
export interface CheckInput {
  readonly definition: LabDefinition;
  readonly lab: LabExports;
  readonly reference: (labId: string) => Promise<ReferenceLab>;
}

export interface CheckOutcome {
  readonly expectations: readonly ExpectationResult[];
  /** Things the lab shows that are not graded (e.g. "BatchSize alone does not fix it"). */
  readonly observations: readonly Bilingual[];
}

export function expectation(id: string, description: Bilingual, passed: boolean, detail: Bilingual): ExpectationResult {
  return { id, description, passed, detail };
}

/** Seconds (or ms) formatted the same way in both languages' numbers: 1,234.5 / 1.234,5. */
export function fmt(n: number): Bilingual {
  const rounded = Math.round(n * 10) / 10;
  return { en: rounded.toLocaleString('en-US'), 'pt-BR': rounded.toLocaleString('pt-BR') };
}

/** A stream event of `kinds`, built like the engine builds them (every attribute type, binaries as base64). */
export function sampleEvent(kinds: readonly StreamRecordView['eventName'][], firstIndex = 0): DynamoDBStreamEvent {
  const views: StreamRecordView[] = kinds.map((eventName, i) => ({
    sequenceNumber: String(1_000 + firstIndex + i).padStart(21, '0'),
    shardId: 'shardId-00000001700000000000-abcdef01',
    keyIndex: (firstIndex + i) % 7,
    index: firstIndex + i,
    eventName,
    arrivalMs: (firstIndex + i) * 10,
    sizeBytes: 300,
  }));
  return buildStreamEvent(views);
}

/** Everything a probe saw the handler do. */
export interface IoRecording {
  /** Items written with putResult, in call order. */
  readonly single: ResultItem[];
  /** Each putResults call's items, in call order. */
  readonly batches: ResultItem[][];
  /** `pk|sk` of every item the table accepted, in order. */
  readonly stored: string[];
  readonly sleeps: number[];
  maxInFlight: number;
}

const keyOf = (item: ResultItem): string => `${item.pk}|${item.sk}`;

/**
 * One macrotask, never a clamped timer: `setImmediate` in Node (a Node timer waits at least 1 ms), else a
 * MessageChannel message (a browser's Web Worker, where nested `setTimeout(0)`s wait 4 ms each). A probe of 1,000
 * one-at-a-time writes spent over a second (Node) or four (the browser) waiting on nothing.
 */
const nextMacrotask: () => Promise<void> = (() => {
  const immediate = (globalThis as { readonly setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (immediate) return () => new Promise<void>((resolve) => void immediate(resolve));
  if (typeof MessageChannel !== 'function') return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const waiting: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => waiting.shift()?.();
  return () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
})();

/**
 * A `ConsumerIO` that records every call and answers after one macrotask (so concurrent calls overlap).
 * With `unprocessedOnFirstTry: n`, a BatchWriteItem whose items were never sent before hands its last n
 * items back as unprocessed, as DynamoDB does under throttling.
 */
export function recordingIO(options: { readonly unprocessedOnFirstTry?: number } = {}): { readonly io: ConsumerIO; readonly seen: IoRecording } {
  const seen: IoRecording = { single: [], batches: [], stored: [], sleeps: [], maxInFlight: 0 };
  const attempted = new Set<string>();
  let inFlight = 0;
  const settle = async <T>(value: T): Promise<T> => {
    inFlight += 1;
    seen.maxInFlight = Math.max(seen.maxInFlight, inFlight);
    await nextMacrotask();
    inFlight -= 1;
    return value;
  };
  const io: ConsumerIO = {
    putResult: async (item) => {
      seen.single.push(item);
      await settle(undefined);
      seen.stored.push(keyOf(item));
    },
    putResults: async (items) => {
      seen.batches.push([...items]);
      const drop = options.unprocessedOnFirstTry ?? 0;
      const firstTry = items.every((item) => !attempted.has(keyOf(item)));
      for (const item of items) attempted.add(keyOf(item));
      const unprocessed = drop > 0 && firstTry && items.length > drop ? items.slice(items.length - drop) : [];
      const result = await settle(unprocessed);
      for (const item of items.slice(0, items.length - unprocessed.length)) seen.stored.push(keyOf(item));
      return result;
    },
    sleep: async (ms) => {
      seen.sleeps.push(ms);
      await nextMacrotask();
    },
  };
  return { io, seen };
}

/**
 * Runs `work` and turns a throw into a message, so one broken probe does not hide the other expectations.
 * Under the supervisor (`check` runs in a worker), a non-Error throw ends the check with its verdict, and a
 * probe that never settles, waits on a real timer, exits or loops is stopped there too (see supervise/).
 */
export async function attempt<T>(work: () => Promise<T>): Promise<{ readonly value?: T; readonly error?: Bilingual }> {
  try {
    return { value: await work() };
  } catch (error) {
    reportIfNonError(error);
    return { error: errorText(error) };
  }
}

/**
 * What went wrong, in both languages: a WorkshopError (a setting the engine refused, say) through the same
 * per-language formatter as every CLI message, so a pt-BR check never quotes an English sentence; anything
 * else (the learner's own Error) as its message, which is the learner's words.
 */
export function errorText(error: unknown): Bilingual {
  if (isWorkshopError(error)) return { en: formatIssue(error.issue, 'en').message, 'pt-BR': formatIssue(error.issue, 'pt-BR').message };
  const text = error instanceof Error ? error.message : previewValue(error);
  return { en: text, 'pt-BR': text };
}

/** The largest per-minute IteratorAge Maximum of a run (0 when there was no invocation at all). */
export function peakIteratorAgeMs(result: SimulationResult): number {
  return Math.max(0, ...result.minutes.map((m) => m.iteratorAgeMaxMs ?? 0));
}

/** IteratorAge Maximum of the last minute that has data (0 when none has). */
export function lastIteratorAgeMs(result: SimulationResult): number {
  const withData = result.minutes.filter((m) => m.iteratorAgeMaxMs !== null);
  return withData.at(-1)?.iteratorAgeMaxMs ?? 0;
}

/**
 * How the checks of labs 01–06 run the engine in calibrated fast-forward
 * (`engine/handler/calibrated-runner.ts`): the stream, lanes, checkpoints and metrics stay exact; only invocations
 * of a batch shape already measured replay that measurement. `learner`: the learner's own handler, on the engine's
 * default rules (every invocation of the first simulated minute runs the handler, then each shape twice and a seeded
 * sample per window). `reference`: a reference solution's handler the check compares with (code the kit ships and
 * `fast-forward-checks.test.ts` and `lab-runs.golden.test.ts` prove equal to exact mode on these runs), after a 10-second warm-up. Either falls
 * back to exact as soon as two real invocations of one shape disagree. Without one, a run is `simulate`'s default
 * ('auto': exact up to `FAST_FORWARD_MIN_RECORDS`, which every lab's scenario is under).
 */
export const CHECK_RUNS = {
  learner: { mode: 'fast-forward' },
  reference: { mode: 'fast-forward', calibration: { warmupMs: 10_000 } },
} as const satisfies Record<string, SimulateOptions>;

/**
 * Runs a lab's scenario on the engine (a thrown setting error becomes a failed expectation upstream), every
 * invocation through the handler unless `run` says otherwise ({@link CHECK_RUNS}). The engine is imported here,
 * when a check runs: the lab definitions (and so `list`, `hint`, `--help`) load this file too, and must not load
 * the engine with it.
 */
export async function runLabScenario(definition: LabScenarioDefinition, lab: LabExports, overrides: Partial<Scenario> = {}, run: SimulateOptions = {}): Promise<SimulationResult> {
  const watched = lab.createHandler ? { ...lab, createHandler: superviseCreateHandler(lab.createHandler) } : lab;
  const { simulate } = await lazyModules.simulate();
  return simulate(buildLabScenario(definition, watched, overrides), run);
}
