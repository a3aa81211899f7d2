/**
 * CloudWatch metric-alarm evaluation, period by period, as the CloudWatch user guide describes it
 * ("Configuring how CloudWatch alarms treat missing data", AlarmThatSendsEmail / alarms-and-missing-data).
 *
 * Each period, CloudWatch reads the *evaluation range*: the last R periods, R > N (EvaluationPeriods).
 * With the real (non-missing) datapoints found there, k of them:
 * 1. k ≥ N: the most recent N real datapoints are evaluated — looking back past missing periods if
 *    needed — and TreatMissingData is not used. ALARM when at least M (DatapointsToAlarm) breach, else OK.
 * 2. k = 0: `missing` → INSUFFICIENT_DATA, `ignore` → current state, `breaching` → ALARM, `notBreaching` → OK.
 * 3. 0 < k < N: every real point in the range counts, plus N − k filled-in points ("as few as possible"):
 *    - `breaching`: ALARM when real breaches + (N − k) ≥ M, else OK.
 *    - `notBreaching`: ALARM when real breaches ≥ M, else OK.
 *    - `missing`: ALARM when real breaches ≥ M; else OK when any real point is not breaching; else (only
 *      breaching evidence, fewer than M points) ALARM once the oldest of them is at least M periods old —
 *      the guide's "premature alarm state" rule — and INSUFFICIENT_DATA before that.
 *    - `ignore`: as `missing`, except that the two outcomes that rest on missing data (that delayed ALARM and
 *      INSUFFICIENT_DATA) keep the current state instead.
 *
 * Assumptions of this model (say so to learners):
 * - R is not published ("depends on the length of the alarm period and the resolution"); the guide's
 *   examples use N = 3 with R = 5, so the default is R = N + 2. Pass `evaluationRange` to try others.
 * - The series starts empty: periods before index 0 count as missing, so the state starts at
 *   INSUFFICIENT_DATA. (On AWS an alarm created on an existing metric also reads older data.)
 * - The age of the oldest breaching point in the premature-alarm rule is counted over the whole evaluation
 *   range (1 = the newest period). The guide's two wordings ("at least as old as Datapoints to Alarm" and,
 *   for M of N, "as old as Evaluation Periods") disagree; M is the one its own M-of-N table follows.
 * - Each period is evaluated once, after its datapoint is complete (no late data, no evaluation delay).
 * Every example row of the guide's tables, current and earlier versions, is pinned in the test beside this file.
 */
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveAlarmSettings } from '../settings/alarm-settings.js';
import type { AlarmSettings, AlarmState, AlarmStateChange, ComparisonOperator, TreatMissingData } from '../settings/alarm-settings.js';
import { AWS_LIMITS } from '../settings/aws-limits.js';
import { checkInteger } from '../settings/range-check.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';

export interface AlarmEvaluationOptions {
  /** Periods CloudWatch looks back over when some are missing, N to N + 8,640. @default evaluationPeriods + 2 */
  readonly evaluationRange?: number;
}

/** 'B' = breaching, 'O' = not breaching, null = no data in that period. */
type Mark = 'B' | 'O' | null;

interface Rule {
  readonly n: number;
  readonly m: number;
  readonly treat: TreatMissingData;
}

/**
 * The alarm's state after each period of `datapoints` (oldest first; `null` = no data in that period).
 * @throws WorkshopError when the alarm settings, the evaluation range or a datapoint is invalid.
 */
export function evaluateAlarm(
  alarm: AlarmSettings,
  datapoints: readonly (number | null)[],
  options: AlarmEvaluationOptions = {},
): AlarmState[] {
  const settings = resolveAlarmSettings(alarm);
  const rule: Rule = { n: settings.evaluationPeriods, m: settings.datapointsToAlarm, treat: settings.treatMissingData };
  const range = resolveRange(options.evaluationRange, rule.n);
  const breaches = comparator(settings.comparisonOperator, settings.threshold);
  const marks = datapoints.map((value, index): Mark => {
    if (value === null) return null;
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new WorkshopError({ code: 'not_a_number', field: `datapoints[${index}]`, got: String(value) });
    }
    return breaches(value) ? 'B' : 'O';
  });
  const states: AlarmState[] = [];
  let state: AlarmState = 'INSUFFICIENT_DATA';
  for (let t = 0; t < marks.length; t += 1) {
    state = evaluateRange(marks.slice(Math.max(0, t - range + 1), t + 1), rule, state);
    states.push(state);
  }
  return states;
}

/** Only the periods where the state changes, starting with the first period's state. */
export function toStateChanges(states: readonly AlarmState[]): AlarmStateChange[] {
  const changes: AlarmStateChange[] = [];
  states.forEach((state, periodIndex) => {
    if (periodIndex === 0 || state !== states[periodIndex - 1]) changes.push({ periodIndex, state });
  });
  return changes;
}

/** One evaluation. `window` is the evaluation range, oldest first (shorter at the start of the series). */
function evaluateRange(window: readonly Mark[], { n, m, treat }: Rule, current: AlarmState): AlarmState {
  const reals = window.filter((mark): mark is 'B' | 'O' => mark !== null);
  const k = reals.length;
  if (k >= n) return count(reals.slice(k - n), 'B') >= m ? 'ALARM' : 'OK';
  if (k === 0) return allMissing(treat, current);
  const realBreaches = count(reals, 'B');
  if (treat === 'breaching') return realBreaches + (n - k) >= m ? 'ALARM' : 'OK';
  if (realBreaches >= m) return 'ALARM';
  if (treat === 'notBreaching' || realBreaches < k) return 'OK';
  if (treat === 'ignore') return current;
  const oldestAge = window.length - window.findIndex((mark) => mark !== null);
  return oldestAge >= m ? 'ALARM' : 'INSUFFICIENT_DATA';
}

function allMissing(treat: TreatMissingData, current: AlarmState): AlarmState {
  switch (treat) {
    case 'missing':
      return 'INSUFFICIENT_DATA';
    case 'ignore':
      return current;
    case 'breaching':
      return 'ALARM';
    case 'notBreaching':
      return 'OK';
  }
}

function comparator(operator: ComparisonOperator, threshold: number): (value: number) => boolean {
  switch (operator) {
    case 'GreaterThanOrEqualToThreshold':
      return (value) => value >= threshold;
    case 'GreaterThanThreshold':
      return (value) => value > threshold;
    case 'LessThanThreshold':
      return (value) => value < threshold;
    case 'LessThanOrEqualToThreshold':
      return (value) => value <= threshold;
  }
}

function resolveRange(range: number | undefined, n: number): number {
  if (range === undefined) return n + 2;
  const issues: WorkshopIssue[] = [];
  checkInteger(issues, 'evaluationRange', range, { min: n, max: n + AWS_LIMITS.alarmEvaluationPeriods.max });
  if (issues[0]) throw new WorkshopError(issues[0]);
  return range;
}

function count(marks: readonly Mark[], wanted: Mark): number {
  return marks.reduce((total, mark) => (mark === wanted ? total + 1 : total), 0);
}
