// Messages between the in-browser lab panel and its Web Worker. Plain data (structured-clone safe), in the
// same kinds the CLI's supervised worker uses (workshop/src/supervise/job-protocol.ts), so the verdicts and
// their words are the kit's.
import type { Language } from '../../../../workshop/src/i18n/language.js';
import type { CheckOutcome } from '../../../../workshop/src/labs/core/check-kit.js';
import type { JobMessage } from '../../../../workshop/src/supervise/job-protocol.js';
import type { ChartData } from '../charts/chart-data';

/**
 * One Run or Check of lab `labId` with the learner's files: `files` holds every lab file by repository path
 * (`labs/…` with the learner's edits, `solutions/…` for what the lab inherits and for reference labs).
 */
export interface BrowserLabJob {
  readonly command: 'check' | 'run';
  readonly labId: string;
  readonly language: Language;
  readonly files: Readonly<Record<string, string>>;
  /** Lab 09's Run: start the redrive this long after the run ended (`run 09 --after`; default right away). */
  readonly afterSeconds?: number;
  /**
   * Run: simulate this many hours (`run NN --hours`, the same range), past the lab's load, or lab 03's load at
   * its long-run rate for all of them; absent: the lab's own length.
   */
  readonly hours?: number;
}

/** A check's answer, plus whether it passed (every expectation met). */
export interface LabCheckOutcome extends CheckOutcome {
  readonly passed: boolean;
}

/** The first Error the learner's handler threw, with its frames in the learner's files. */
export interface HandlerError {
  readonly message: string;
  readonly frames: readonly string[];
}

export interface BrowserCheckValue {
  readonly command: 'check';
  readonly outcome: LabCheckOutcome;
  readonly handlerError?: HandlerError;
}

export interface BrowserRunValue {
  readonly command: 'run';
  /** The simulated seconds the run covered. */
  readonly horizonSeconds: number;
  readonly chart: ChartData;
  readonly threshold?: number;
  /** `run NN`'s summary lines, in the job's language. */
  readonly summary: readonly string[];
  /** Lab 09: `run 09`'s redrive report (what was redriven, the queue afterwards), in the job's language. */
  readonly redrive?: readonly string[];
  readonly handlerError?: HandlerError;
}

export type BrowserJobValue = BrowserCheckValue | BrowserRunValue;

/** What the worker posts: the CLI worker's messages, with the browser job's values in `done`. */
export type BrowserJobMessage = Exclude<JobMessage, { kind: 'done' }> | { readonly kind: 'done'; readonly value: BrowserJobValue };

/** Posted once by a new worker when its engine is loaded (its warm-up ran): from then on it works offline. */
export interface EngineLoadedMessage {
  readonly kind: 'engine-loaded';
}

/** Everything the worker posts. */
export type BrowserWorkerMessage = BrowserJobMessage | EngineLoadedMessage;
