import { WorkshopError } from '../errors/workshop-error.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { AWS_FACTS, AWS_LIMITS } from './aws-limits.js';
import { checkInteger } from './range-check.js';

/** CloudWatch's comparison operators for static thresholds. */
export type ComparisonOperator =
  | 'GreaterThanOrEqualToThreshold'
  | 'GreaterThanThreshold'
  | 'LessThanThreshold'
  | 'LessThanOrEqualToThreshold';

/** How an alarm treats a period without data. */
export type TreatMissingData = 'missing' | 'ignore' | 'breaching' | 'notBreaching';

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/**
 * A metric alarm's evaluation settings, with CloudWatch's names. `evaluateAlarm` (engine) and the CDK
 * construct (infra) both read it, so a lab's `alarm.ts` means the same thing locally and on AWS.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
export interface AlarmSettings {
  /** In the metric's unit (IteratorAge: milliseconds). */
  readonly threshold: number;
  readonly comparisonOperator: ComparisonOperator;
  /** N: how many recent periods are evaluated, ≥ 1; N × period ≤ 1 day. */
  readonly evaluationPeriods: number;
  /** M: how many of those N must breach, 1–N. */
  readonly datapointsToAlarm: number;
  readonly treatMissingData: TreatMissingData;
  /** Period in seconds. @default 60 (Lambda metrics have 1-minute resolution) */
  readonly periodSeconds?: number;
}

/** One change of an alarm's state; `periodIndex` counts periods from the start of the series (0-based). */
export interface AlarmStateChange {
  readonly periodIndex: number;
  readonly state: AlarmState;
}

export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = [
  'GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold',
];
export const TREAT_MISSING_DATA: readonly TreatMissingData[] = ['missing', 'ignore', 'breaching', 'notBreaching'];

/** Period used when `periodSeconds` is not set: Lambda metrics have 1-minute resolution. */
export const ALARM_DEFAULT_PERIOD_SECONDS = 60;

const ALARM_FIELDS = ['threshold', 'comparisonOperator', 'evaluationPeriods', 'datapointsToAlarm', 'treatMissingData', 'periodSeconds'] as const;

/**
 * Every problem with `alarm`, in field order; empty when CloudWatch would accept it.
 * Checks: threshold a finite number ≥ 0; the operator and TreatMissingData are CloudWatch's names;
 * periodSeconds 10, 30 or a multiple of 60; evaluationPeriods ≥ 1 and × periodSeconds ≤ one day;
 * datapointsToAlarm from 1 to evaluationPeriods.
 */
export function validateAlarmSettings(alarm: AlarmSettings): WorkshopIssue[] {
  const issues: WorkshopIssue[] = [];
  for (const key of Object.keys(alarm)) {
    if (!(ALARM_FIELDS as readonly string[]).includes(key)) issues.push({ code: 'unknown_setting', field: key, allowed: ALARM_FIELDS });
  }
  checkThreshold(issues, alarm.threshold);
  checkChoice(issues, 'comparisonOperator', alarm.comparisonOperator, COMPARISON_OPERATORS);
  const period = alarm.periodSeconds ?? ALARM_DEFAULT_PERIOD_SECONDS;
  const periodOk = checkPeriod(issues, period);
  const evaluationOk = checkEvaluationPeriods(issues, alarm.evaluationPeriods, periodOk ? period : undefined);
  if (alarm.datapointsToAlarm === undefined) issues.push({ code: 'missing_setting', field: 'datapointsToAlarm' });
  else {
    const max = evaluationOk ? alarm.evaluationPeriods : AWS_LIMITS.alarmDatapointsToAlarm.max;
    checkInteger(issues, 'datapointsToAlarm', alarm.datapointsToAlarm, { min: AWS_LIMITS.alarmDatapointsToAlarm.min, max });
  }
  checkChoice(issues, 'treatMissingData', alarm.treatMissingData, TREAT_MISSING_DATA);
  return issues;
}

/**
 * Checks `alarm` and fills in the default period (60 s).
 * @throws WorkshopError for the first problem found.
 */
export function resolveAlarmSettings(alarm: AlarmSettings): Required<AlarmSettings> {
  const [first] = validateAlarmSettings(alarm);
  if (first) throw new WorkshopError(first);
  return {
    threshold: alarm.threshold,
    comparisonOperator: alarm.comparisonOperator,
    evaluationPeriods: alarm.evaluationPeriods,
    datapointsToAlarm: alarm.datapointsToAlarm,
    treatMissingData: alarm.treatMissingData,
    periodSeconds: alarm.periodSeconds ?? ALARM_DEFAULT_PERIOD_SECONDS,
  };
}

function checkThreshold(issues: WorkshopIssue[], value: number | undefined): void {
  if (value === undefined) issues.push({ code: 'missing_setting', field: 'threshold' });
  else if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ code: 'not_a_number', field: 'threshold', got: String(value) });
  else if (value < 0) issues.push({ code: 'too_small', field: 'threshold', min: 0, got: value });
}

/** N ≥ 1 and N × Period ≤ one day (a too-long window gets its own issue, which names the product). */
function checkEvaluationPeriods(issues: WorkshopIssue[], value: number | undefined, period: number | undefined): boolean {
  if (value === undefined) {
    issues.push({ code: 'missing_setting', field: 'evaluationPeriods' });
    return false;
  }
  const maxSeconds = AWS_FACTS.alarmMaxEvaluationSeconds;
  const max = period === undefined ? AWS_LIMITS.alarmEvaluationPeriods.max : Math.floor(maxSeconds / period);
  if (period !== undefined && Number.isInteger(value) && value > max) {
    issues.push({ code: 'alarm_window_too_long', evaluationPeriods: value, periodSeconds: period, maxSeconds });
    return false;
  }
  const before = issues.length;
  checkInteger(issues, 'evaluationPeriods', value, { min: AWS_LIMITS.alarmEvaluationPeriods.min, max });
  return issues.length === before;
}

/** True when the period is usable for the N × Period check. */
function checkPeriod(issues: WorkshopIssue[], period: number): boolean {
  const before = issues.length;
  checkInteger(issues, 'periodSeconds', period, AWS_LIMITS.alarmPeriod);
  if (issues.length > before) return false;
  const highResolution = (AWS_FACTS.alarmHighResolutionPeriodsSeconds as readonly number[]).includes(period);
  if (!highResolution && period % AWS_FACTS.alarmStandardPeriodMultipleSeconds !== 0) {
    issues.push({ code: 'invalid_alarm_period', field: 'periodSeconds', got: period });
    return false;
  }
  return true;
}

function checkChoice(issues: WorkshopIssue[], field: string, value: string | undefined, allowed: readonly string[]): void {
  if (value === undefined) issues.push({ code: 'missing_setting', field });
  else if (!allowed.includes(value)) issues.push({ code: 'invalid_choice', field, allowed, got: String(value) });
}
