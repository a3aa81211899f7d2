import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { checkItemSize } from '../settings/item-size-range.js';
import { checkInteger, checkNumber } from '../settings/range-check.js';
import { SCENARIO_LIMITS } from '../settings/scenario-limits.js';
import type { RateProfile } from '../settings/load-profile.js';
import { type Scenario, STREAM_VIEW_TYPES } from './scenario.js';

export { SCENARIO_LIMITS };

/** Every problem with the scenario's own numbers, in field order; empty when it can run. */
export function validateScenario(scenario: Scenario): WorkshopIssue[] {
  const issues: WorkshopIssue[] = [];
  const L = SCENARIO_LIMITS;
  checkInteger(issues, 'seed', scenario.seed, L.seed);
  checkInteger(issues, 'shards', scenario.shards, L.shards);
  checkInteger(issues, 'load.keys', scenario.load.keys, L.keys);
  checkNumber(issues, 'load.hotKeyShare', scenario.load.hotKeyShare, L.hotKeyShare);
  checkItemSize(issues, 'load.itemSizeBytes', scenario.load.itemSizeBytes);
  checkNumber(issues, 'load.duration', scenario.load.duration.seconds, L.durationSeconds);
  checkNumber(issues, 'horizonSeconds', scenario.horizonSeconds, L.durationSeconds);
  checkProfile(issues, scenario.load.profile);
  (scenario.load.poisonRecords ?? []).forEach((n, i) => checkInteger(issues, `load.poisonRecords[${i}]`, n, L.recordNumber));
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
