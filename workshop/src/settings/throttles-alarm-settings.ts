// A Throttles alarm: the same CloudWatch settings as any metric alarm (`alarm-settings.ts`), read against the
// function's Throttles metric (statistic Sum, 1-minute period), plus the two rules that make it mean something.
// It exists because IteratorAge alone cannot page for throttling: a fully throttled consumer may emit no
// IteratorAge at all (facts sheet §D, [UNCERTAIN]), and an alarm that treats missing data as not breaching stays OK.
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveAlarmSettings, validateAlarmSettings, type AlarmSettings } from './alarm-settings.js';

/** The metric and statistic the Throttles alarm reads (CDK: `fn.metricThrottles()`, Sum). */
export const THROTTLES_METRIC = { namespace: 'AWS/Lambda', metricName: 'Throttles', statistic: 'Sum' } as const;

/**
 * Every problem with a Throttles alarm, in field order; empty when it is usable. First the CloudWatch rules
 * (`validateAlarmSettings`), then:
 * - more throttles must be worse: the operator is GreaterThanThreshold or GreaterThanOrEqualToThreshold;
 * - a healthy minute (0 throttles) must not breach: GreaterThanOrEqualToThreshold needs a threshold above 0.
 */
export function validateThrottlesAlarmSettings(alarm: AlarmSettings): WorkshopIssue[] {
  const issues = validateAlarmSettings(alarm);
  if (issues.length > 0) return issues;
  const { comparisonOperator, threshold } = alarm;
  if (comparisonOperator === 'LessThanThreshold' || comparisonOperator === 'LessThanOrEqualToThreshold') {
    issues.push({ code: 'throttles_alarm_meaningless', reason: 'fewer_throttles_breach', comparisonOperator, threshold });
  } else if (comparisonOperator === 'GreaterThanOrEqualToThreshold' && threshold <= 0) {
    issues.push({ code: 'throttles_alarm_meaningless', reason: 'zero_breaches', comparisonOperator, threshold });
  }
  return issues;
}

/**
 * Checks a Throttles alarm and fills in the default period (60 s).
 * @throws WorkshopError for the first problem found.
 */
export function resolveThrottlesAlarmSettings(alarm: AlarmSettings): Required<AlarmSettings> {
  const [first] = validateThrottlesAlarmSettings(alarm);
  if (first) throw new WorkshopError(first);
  return resolveAlarmSettings(alarm);
}
