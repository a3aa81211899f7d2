// What a lab is, declared once per lab in `definitions/NN-slug.ts`: everything else (the catalog, the checks
// table, the local scenario, the AWS expectations, the site's sidebar, lab table, schedule and charts) is
// derived from these definitions. Browser-safe: types and pure data only.
import type { Bilingual } from '../../i18n/bilingual.js';
import type { CreateHandler } from '../../runtime/consumer-io.js';
import type { AlarmSettings } from '../../settings/alarm-settings.js';
import type { ConsumerSettingsInput } from '../../settings/consumer-settings.js';
import type { LoadSpec } from '../../settings/load-profile.js';
import type { RedriveFailure } from '../../redrive/redrive-contract.js';
import type { CheckInput, CheckOutcome } from './check-kit.js';

/** A module a lab's run or check imports; each lives in `<module>.ts` of the lab folder that provides it. */
export type LabModule = 'consumer' | 'handler' | 'load' | 'alarm' | 'throttles-alarm' | 'estimate' | 'redrive';

/** Every module, in the order they are loaded and shown. */
export const LAB_MODULES: readonly LabModule[] = ['consumer', 'handler', 'load', 'alarm', 'throttles-alarm', 'estimate', 'redrive'];

/** Which copy of a lab: the learner's starter (`labs/`) or the reference (`solutions/`). */
export type LabVariant = 'starter' | 'solution';

/** What a lab's modules export (each module adds one). */
export interface LabExports {
  readonly consumer?: ConsumerSettingsInput; // consumer.ts
  readonly createHandler?: CreateHandler; // handler.ts
  readonly load?: LoadSpec; // load.ts
  readonly alarm?: AlarmSettings; // alarm.ts
  readonly throttlesAlarm?: AlarmSettings; // throttles-alarm.ts
  readonly estimateIteratorAgeMs?: (elapsedSeconds: number) => number; // estimate.ts
  /** μ, the consumer's records per second while behind, when estimate.ts exports it (lab 03's long run reads it). */
  readonly consumerRecordsPerSecond?: () => number; // estimate.ts (optional)
  readonly redriveFailure?: RedriveFailure; // redrive.ts (lab 09)
}

/**
 * `run NN --hours N` for a lab whose lesson needs hours of its load (lab 03: the 24 h cliff): the lab's load
 * (items, keys) at `ratePerSecond` for all N hours, with the lab's own consumer and handler.
 */
export interface LabLongRun {
  /** Writes per second of the long run (constant). */
  readonly ratePerSecond: number;
  /** The site draws the solution's long run of this many hours (chart `<slug>/long-run`). */
  readonly chartHours: number;
}

/** What `check NN --target aws` expects of the deployed lab (absent fields are not checked). */
export interface LabAwsExpectations {
  readonly batchSize?: number;
  readonly parallelizationFactor?: number;
  /**
   * The deployed mapping bounds a failing record: MaximumRetryAttempts not -1, ReportBatchItemFailures,
   * BisectBatchOnFunctionError and an SQS on-failure destination (labs 07 and 09).
   */
  readonly failureBounded?: boolean;
  /** CloudWatch's IteratorAge (Maximum) must pass this bound at some minute: the lag grew. */
  readonly ageAboveMs?: number;
  /** CloudWatch's IteratorAge (Maximum) of the last minute must stay under this bound: the lag is fixed. */
  readonly ageBelowMs?: number;
  /** CloudWatch's Throttles (Sum) must be 0 in every minute of the window (lab 08's fixed consumer). */
  readonly noThrottles?: boolean;
  /**
   * The deployed function's reserved concurrency (GetFunctionConcurrency) is at least the stream's open shards
   * (DescribeStream: on AWS DynamoDB decides how many) × the deployed mapping's ParallelizationFactor, as lab 08's
   * local check asks of consumer.ts with the scenario's shards.
   */
  readonly reservedConcurrencyCoversLanes?: boolean;
  /** The mapping's SQS on-failure queue holds no message, visible or in flight, after the redrive (lab 09). */
  readonly onFailureQueueEmpty?: boolean;
}

/** A lab's check: what it expects, run against the learner's (or the reference) modules. */
export interface LabCheck {
  run(input: CheckInput): Promise<CheckOutcome>;
}

export interface LabDefinition {
  /** Two digits, e.g. `04`. */
  readonly id: string;
  /** Folder name under `labs/` and `solutions/`, and the page's id under `site/docs/labs/`. */
  readonly slug: string;
  readonly title: Bilingual;
  /** A word or two for the home page's table ("Lab 04 — batch size"). */
  readonly shortTitle: Bilingual;
  /** What the learner does, in one line (the home page's table). */
  readonly summary: Bilingual;
  /**
   * The trainer guide's plans: what to highlight in the three-hour plan (which gives the lab its `minutes`),
   * and the two-hour plan's shorter slot (absent: the lab is left out of that plan). Absent: done beforehand.
   */
  readonly trainer?: { readonly note: Bilingual; readonly short?: { readonly minutes: number; readonly note: Bilingual } };
  /**
   * Part 2 of the workshop (labs 07–09: IteratorAge climbing with almost no load — poison pill, throttling,
   * redrive): the trainer guide gives it its own module instead of the 2- and 3-hour plans. Absent: part 1.
   */
  readonly part?: 2;
  /** Expected time, in minutes (the home page's table and the trainer guide's schedule add them up). */
  readonly minutes: number;
  /**
   * The files of `labs/<slug>` and `solutions/<slug>` (the same names in both): the learner's work, plus any
   * file shown as context. Empty for a step with no code (setup, clean-up). A test compares it with the folders.
   */
  readonly files: readonly string[];
  /**
   * The lab whose reference (`solutions/`) provides every module this lab's folder does not hold, followed
   * further back the same way (lab 05 builds on 04, which builds on 03, ...). The one way a lab inherits.
   */
  readonly builtOn?: string;
  /** Shards of the local scenario's stream. @default 1 */
  readonly shards?: number;
  /** How long the local scenario runs, in simulated seconds (a longer load is cut here). */
  readonly horizonSeconds?: number;
  /** `run NN --hours N` writes this long-run load for N hours instead of running past the lab's own load. */
  readonly longRun?: LabLongRun;
  /**
   * The hours of `run NN --hours` the lab's messages and page suggest, when it has no long run (lab 07: 26, to
   * see the 24 h cliff); the site's panel offers them as one click. A test finds every suggestion in the texts.
   */
  readonly runHours?: number;
  /** The load when no module provides one (lab 01 has no load.ts yet). */
  readonly defaultLoad?: LoadSpec;
  /** The lab whose reference run this lab's scenario replays with this lab's alarm (lab 06 replays 03). */
  readonly replays?: string;
  /** The local check; absent for a step with no code (`check NN` names the command that checks it). */
  readonly check?: LabCheck;
  /**
   * The expectation ids this lab is about: its untouched starter fails exactly these (and passes the others),
   * its solution passes them all. Required with a `check`; CI proves both.
   */
  readonly starterFails?: readonly string[];
  /** What the AWS check expects once the lab is deployed and its load ran. */
  readonly aws?: LabAwsExpectations;
  /**
   * The lab whose handler (the one its reference folder provides, own or inherited) the AWS stack deploys as
   * the Lambda consumer, in place of this lab's own `handler.ts`. Lab 09: lab 07's handler gives up on the
   * poison order, so the on-failure queue fills on AWS as in the local run; lab 09's fixed handler is run by
   * `workshop redrive` on the learner's machine. Absent: the lab's own (or inherited) handler is deployed.
   */
  readonly deploysHandlerOf?: string;
  /** Hints from gentle to explicit; `hint NN` shows them all, `check NN` shows the first on failure. */
  readonly hints: { readonly en: readonly string[]; readonly 'pt-BR': readonly string[] };
  /** Which variants the site draws a chart for (`<slug>/starter`, `<slug>/solution`). */
  readonly charts: readonly LabVariant[];
}

/** The modules a lab's own folder holds (its `files` that are modules). */
export function ownModules(lab: Pick<LabDefinition, 'files'>): LabModule[] {
  return LAB_MODULES.filter((module) => lab.files.includes(`${module}.ts`));
}
