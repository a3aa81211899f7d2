import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { AWS_FACTS } from '../settings/aws-limits.js';
import { checkInteger, checkNumber } from '../settings/range-check.js';
import type { RateProfile } from '../settings/load-profile.js';
import { type Scenario, STREAM_VIEW_TYPES } from './scenario.js';

/**
 * The ranges of a scenario's own numbers (the consumer settings have theirs in `aws-limits.ts`).
 * They are the engine's limits, not AWS's: chosen so a run stays exact (sequence numbers keep microsecond
 * order) and fits in a browser tab.
 */
export const SCENARIO_LIMITS = {
  /** Shards of the stream; shards × ParallelizationFactor stays within the default 1,000 concurrency. */
  shards: { min: 1, max: 100 },
  /** Distinct partition keys. */
  keys: { min: 1, max: 1_000_000 },
  /** Writes per second at any moment. */
  ratePerSecond: { min: 0, max: 100_000 },
  /** Share of writes to the hottest key. */
  hotKeyShare: { min: 0, max: 1 },
  /** Share of a BatchWriteItem handed back unprocessed: below 1, or a retrying handler would retry forever. */
  unprocessedShare: { min: 0, max: 0.9 },
  /** Item size; DynamoDB items are at most 400 KB. */
  itemSizeBytes: { min: 1, max: AWS_FACTS.itemMaxBytes, unit: 'bytes' },
  /** How long the producer writes, and how long the run lasts: up to 7 days (the longest maxRecordAge). */
  durationSeconds: { min: 1, max: 604_800, unit: 'seconds' },
  peakHour: { min: 0, max: 23 },
  seed: { min: 0, max: 4_294_967_295 },
} as const;

/** Every problem with the scenario's own numbers, in field order; empty when it can run. */
export function validateScenario(scenario: Scenario): WorkshopIssue[] {
  const issues: WorkshopIssue[] = [];
  const L = SCENARIO_LIMITS;
  checkInteger(issues, 'seed', scenario.seed, L.seed);
  checkInteger(issues, 'shards', scenario.shards, L.shards);
  checkInteger(issues, 'load.keys', scenario.load.keys, L.keys);
  checkNumber(issues, 'load.hotKeyShare', scenario.load.hotKeyShare, L.hotKeyShare);
  checkInteger(issues, 'load.itemSizeBytes', scenario.load.itemSizeBytes, L.itemSizeBytes);
  checkNumber(issues, 'load.duration', scenario.load.duration.seconds, L.durationSeconds);
  checkNumber(issues, 'horizonSeconds', scenario.horizonSeconds, L.durationSeconds);
  checkProfile(issues, scenario.load.profile);
  const view = scenario.streamViewType;
  if (view !== undefined && !STREAM_VIEW_TYPES.includes(view)) issues.push({ code: 'invalid_choice', field: 'streamViewType', allowed: STREAM_VIEW_TYPES, got: String(view) });
  return issues;
}

function checkProfile(issues: WorkshopIssue[], profile: RateProfile): void {
  const rate = (field: string, value: number) => checkNumber(issues, `load.profile.${field}`, value, SCENARIO_LIMITS.ratePerSecond);
  switch (profile.kind) {
    case 'constant':
      return rate('ratePerSecond', profile.ratePerSecond);
    case 'ramp':
      rate('fromPerSecond', profile.fromPerSecond);
      return rate('toPerSecond', profile.toPerSecond);
    case 'daily':
      rate('basePerSecond', profile.basePerSecond);
      rate('peakPerSecond', profile.peakPerSecond);
      return checkNumber(issues, 'load.profile.peakHour', profile.peakHour, SCENARIO_LIMITS.peakHour);
    case 'steps':
      if (profile.steps.length === 0) issues.push({ code: 'missing_setting', field: 'load.profile.steps' });
      profile.steps.forEach((step, i) => {
        rate(`steps[${i}].ratePerSecond`, step.ratePerSecond);
        checkNumber(issues, `load.profile.steps[${i}].at`, step.at.seconds, { min: 0, max: SCENARIO_LIMITS.durationSeconds.max, unit: 'seconds' });
      });
      return;
    default:
      issues.push({ code: 'invalid_choice', field: 'load.profile.kind', allowed: ['constant', 'steps', 'ramp', 'daily'], got: String((profile as { kind: unknown }).kind) });
  }
}
