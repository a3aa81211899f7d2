import { isWorkshopError, WorkshopError } from '../errors/workshop-error.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { checkItemSize, ITEM_SIZE_RANGE } from '../settings/item-size-range.js';
import { readNumberText } from '../settings/number-text.js';
import { checkInteger, checkNumber } from '../settings/range-check.js';
import { parseDuration } from '../settings/duration.js';
import { SCENARIO_LIMITS } from '../settings/scenario-limits.js';

/**
 * Bounds of the load generator's options. Only the item size is an AWS limit (400 KB); the others are
 * workshop guard rails that keep a typo from writing millions of items.
 */
export const LOAD_LIMITS = {
  /** Items per second. */
  rate: { min: 1, max: 10_000 },
  /** Run length, in seconds: 1 s – 24 h. */
  durationSeconds: { min: 1, max: 86_400, unit: 'seconds' },
  /** Distinct partition keys. */
  keys: { min: 1, max: 1_000_000 },
  /** Share of the writes that go to one hot customer (decimals allowed): the engine's bound, so both agree. */
  hotKeyShare: SCENARIO_LIMITS.hotKeyShare,
  /** Item size, exact: from what an order's own attributes take up to DynamoDB's 400 KB item limit. */
  itemSize: ITEM_SIZE_RANGE,
  /** BatchWriteItem calls in flight. */
  concurrency: { min: 1, max: 64 },
  /** The most a run may be allowed to cost, in US dollars (decimals allowed). */
  maxCostUsd: { min: 0, max: 100, unit: 'USD' },
} as const;

/** The options as typed on the command line. */
export interface RawLoadOptions {
  readonly rate: string;
  readonly duration: string;
  readonly keys: string;
  readonly hotKeyShare: string;
  readonly itemSize: string;
  readonly concurrency: string;
  readonly maxCost: string;
}

/** Checked options, ready for `runLoad`. */
export interface LoadPlan {
  readonly ratePerSecond: number;
  readonly durationSeconds: number;
  /** rate × duration, rounded. */
  readonly items: number;
  readonly keys: number;
  readonly hotKeyShare: number;
  readonly itemSizeBytes: number;
  readonly concurrency: number;
  readonly maxCostUsd: number;
}

/**
 * Reads and checks the command-line options; the first problem found is thrown, naming the option.
 * @throws WorkshopError `not_a_number`, `not_integer`, `out_of_range` or `invalid_duration`.
 */
export function parseLoadPlan(raw: RawLoadOptions): LoadPlan {
  const issues: WorkshopIssue[] = [];
  const rate = readNumberText(issues, '--rate', raw.rate);
  checkInteger(issues, '--rate', rate, LOAD_LIMITS.rate);
  const durationSeconds = readDurationSeconds(issues, raw.duration);
  const keys = readNumberText(issues, '--keys', raw.keys);
  checkInteger(issues, '--keys', keys, LOAD_LIMITS.keys);
  const hotKeyShare = readNumberText(issues, '--hot-key-share', raw.hotKeyShare);
  checkNumber(issues, '--hot-key-share', hotKeyShare, LOAD_LIMITS.hotKeyShare);
  const itemSize = readNumberText(issues, '--item-size', raw.itemSize);
  checkItemSize(issues, '--item-size', itemSize);
  const concurrency = readNumberText(issues, '--concurrency', raw.concurrency);
  checkInteger(issues, '--concurrency', concurrency, LOAD_LIMITS.concurrency);
  const maxCost = readNumberText(issues, '--max-cost', raw.maxCost);
  checkNumber(issues, '--max-cost', maxCost, LOAD_LIMITS.maxCostUsd);
  const [first] = issues;
  if (first) throw new WorkshopError(first);
  return {
    ratePerSecond: rate!,
    durationSeconds,
    items: Math.max(1, Math.round(rate! * durationSeconds)),
    keys: keys!,
    hotKeyShare: hotKeyShare!,
    itemSizeBytes: itemSize!,
    concurrency: concurrency!,
    maxCostUsd: maxCost!,
  };
}

/**
 * Reads `--max-cost` on its own (for `run --target aws`, which writes a lab's load instead of options).
 * @throws WorkshopError `not_a_number` or `out_of_range`.
 */
export function parseMaxCost(text: string): number {
  const issues: WorkshopIssue[] = [];
  const value = readNumberText(issues, '--max-cost', text);
  checkNumber(issues, '--max-cost', value, LOAD_LIMITS.maxCostUsd);
  const [first] = issues;
  if (first) throw new WorkshopError(first);
  return value!;
}


function readDurationSeconds(issues: WorkshopIssue[], text: string): number {
  try {
    const seconds = parseDuration(text, '--duration').seconds;
    checkNumber(issues, '--duration', seconds, LOAD_LIMITS.durationSeconds);
    return seconds;
  } catch (error) {
    if (!isWorkshopError(error)) throw error;
    issues.push(error.issue);
    return 0;
  }
}

