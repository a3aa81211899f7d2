import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/format-issue.js';
import { WorkshopError } from '../errors/workshop-error.js';
import type { AlarmSettings } from './alarm-settings.js';
import { resolveThrottlesAlarmSettings, validateThrottlesAlarmSettings } from './throttles-alarm-settings.js';

const ANY_THROTTLE: AlarmSettings = { threshold: 0, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'notBreaching' };

describe('Throttles alarm settings', () => {
  it('GIVEN "more than 0 throttles in 2 of 3 minutes" WHEN validated THEN there is no issue and the period defaults to 60 s', () => {
    expect(validateThrottlesAlarmSettings(ANY_THROTTLE)).toEqual([]);
    expect(resolveThrottlesAlarmSettings(ANY_THROTTLE).periodSeconds).toBe(60);
  });

  it.each(['LessThanThreshold', 'LessThanOrEqualToThreshold'] as const)('GIVEN %s WHEN validated THEN fewer throttles would breach, and the message says so in both languages', (comparisonOperator) => {
    const [issue] = validateThrottlesAlarmSettings({ ...ANY_THROTTLE, comparisonOperator, threshold: 5 });
    expect(issue).toEqual({ code: 'throttles_alarm_meaningless', reason: 'fewer_throttles_breach', comparisonOperator, threshold: 5 });
    expect(formatIssue(issue!, 'en').message).toContain(`with ${comparisonOperator} breaches when there are few throttles`);
    expect(formatIssue(issue!, 'en').hint).toContain('GreaterThanThreshold');
    expect(formatIssue(issue!, 'pt-BR').message).toContain(`com ${comparisonOperator} viola quando há poucos throttles`);
  });

  it('GIVEN GreaterThanOrEqualToThreshold 0 WHEN validated THEN a healthy minute (0 throttles) would breach: a bilingual issue names the threshold', () => {
    const [issue] = validateThrottlesAlarmSettings({ ...ANY_THROTTLE, comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 0 });
    expect(issue).toMatchObject({ code: 'throttles_alarm_meaningless', reason: 'zero_breaches', threshold: 0 });
    expect(formatIssue(issue!, 'en').message).toContain('breaches on a minute with 0 throttles');
    expect(formatIssue(issue!, 'pt-BR').message).toContain('viola num minuto com 0 throttles');
    expect(() => resolveThrottlesAlarmSettings({ ...ANY_THROTTLE, comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 0 })).toThrow(WorkshopError);
  });

  it('GIVEN GreaterThanOrEqualToThreshold 1 WHEN validated THEN it is fine (one throttle breaches, none does not)', () => {
    expect(validateThrottlesAlarmSettings({ ...ANY_THROTTLE, comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 1 })).toEqual([]);
  });

  it('GIVEN a negative threshold or M above N WHEN validated THEN the general CloudWatch rules answer first (one settings definition)', () => {
    expect(validateThrottlesAlarmSettings({ ...ANY_THROTTLE, threshold: -1 })[0]).toMatchObject({ code: 'too_small', field: 'threshold' });
    expect(validateThrottlesAlarmSettings({ ...ANY_THROTTLE, datapointsToAlarm: 4 })[0]).toMatchObject({ code: 'out_of_range', field: 'datapointsToAlarm', max: 3 });
  });
});
