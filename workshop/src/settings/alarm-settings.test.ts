import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/format-issue.js';
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveAlarmSettings, validateAlarmSettings, type AlarmSettings } from './alarm-settings.js';

// The IteratorAge alarm of the facts sheet: Maximum > 30,000 ms in 3 of 5 one-minute periods, idle = not breaching.
const base: AlarmSettings = {
  threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching',
};
const issuesOf = (change: Partial<AlarmSettings>) => validateAlarmSettings({ ...base, ...change });

describe('validateAlarmSettings — evaluationPeriods: 1 up to 86,400 s ÷ periodSeconds', () => {
  it.each([
    [60, 1_440],
    [10, 8_640],
    [30, 2_880],
    [86_400, 1],
  ])('GIVEN periodSeconds %d WHEN evaluationPeriods is 1 or %d THEN accepted', (periodSeconds, max) => {
    expect(issuesOf({ periodSeconds, evaluationPeriods: 1, datapointsToAlarm: 1 })).toEqual([]);
    expect(issuesOf({ periodSeconds, evaluationPeriods: max, datapointsToAlarm: 1 })).toEqual([]);
  });

  it.each([
    [60, 1_441],
    [10, 8_641],
    [86_400, 2],
  ])('GIVEN periodSeconds %d WHEN evaluationPeriods is %d THEN alarm_window_too_long (more than one day)', (periodSeconds, evaluationPeriods) => {
    expect(issuesOf({ periodSeconds, evaluationPeriods, datapointsToAlarm: 1 })).toEqual([
      { code: 'alarm_window_too_long', evaluationPeriods, periodSeconds, maxSeconds: 86_400 },
    ]);
  });

  it('GIVEN evaluationPeriods 0 WHEN validated THEN out_of_range 1 to 1,440 (at the default 60 s), got 0', () => {
    expect(issuesOf({ evaluationPeriods: 0, datapointsToAlarm: 1 })).toEqual([
      { code: 'out_of_range', field: 'evaluationPeriods', min: 1, max: 1_440, inclusive: true, got: 0 },
    ]);
  });

  it('GIVEN evaluationPeriods 2.5 WHEN validated THEN not_integer', () => {
    expect(issuesOf({ evaluationPeriods: 2.5, datapointsToAlarm: 1 })).toEqual([{ code: 'not_integer', field: 'evaluationPeriods', got: 2.5 }]);
  });
});

describe('validateAlarmSettings — datapointsToAlarm: 1 to evaluationPeriods', () => {
  it('GIVEN 5 periods WHEN datapointsToAlarm is 1 or 5 THEN accepted', () => {
    expect(issuesOf({ datapointsToAlarm: 1 })).toEqual([]);
    expect(issuesOf({ datapointsToAlarm: 5 })).toEqual([]);
  });

  it.each([0, 6])('GIVEN 5 periods WHEN datapointsToAlarm is %d THEN out_of_range with max = evaluationPeriods (5)', (got) => {
    expect(issuesOf({ datapointsToAlarm: got })).toEqual([
      { code: 'out_of_range', field: 'datapointsToAlarm', min: 1, max: 5, inclusive: true, got },
    ]);
  });
});

describe('validateAlarmSettings — periodSeconds: 10, 30 or a multiple of 60, up to a day', () => {
  it.each([10, 30, 60, 120, 300, 86_400])('GIVEN periodSeconds %d THEN accepted', (periodSeconds) => {
    expect(issuesOf({ periodSeconds, evaluationPeriods: 1, datapointsToAlarm: 1 })).toEqual([]);
  });

  it.each([9, 86_460])('GIVEN periodSeconds %d THEN out_of_range 10 to 86,400 seconds', (got) => {
    expect(issuesOf({ periodSeconds: got, evaluationPeriods: 1, datapointsToAlarm: 1 })).toEqual([
      { code: 'out_of_range', field: 'periodSeconds', min: 10, max: 86_400, inclusive: true, got, unit: 'seconds' },
    ]);
  });

  it.each([20, 45, 90])('GIVEN periodSeconds %d THEN invalid_alarm_period', (got) => {
    expect(issuesOf({ periodSeconds: got })).toEqual([{ code: 'invalid_alarm_period', field: 'periodSeconds', got }]);
  });
});

describe('validateAlarmSettings — threshold, operator, missing data', () => {
  it.each([0, 0.5, 30_000])('GIVEN threshold %d THEN accepted', (threshold) => {
    expect(issuesOf({ threshold })).toEqual([]);
  });

  it('GIVEN threshold -1 THEN too_small with minimum 0', () => {
    expect(issuesOf({ threshold: -1 })).toEqual([{ code: 'too_small', field: 'threshold', min: 0, got: -1 }]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('GIVEN threshold %d THEN not_a_number', (threshold) => {
    expect(issuesOf({ threshold })).toEqual([{ code: 'not_a_number', field: 'threshold', got: String(threshold) }]);
  });

  it('GIVEN a made-up operator and TreatMissingData in the wrong case THEN invalid_choice listing CloudWatch\'s names', () => {
    const alarm = { ...base, comparisonOperator: 'GreaterThan', treatMissingData: 'NotBreaching' } as unknown as AlarmSettings;
    expect(validateAlarmSettings(alarm)).toEqual([
      { code: 'invalid_choice', field: 'comparisonOperator', got: 'GreaterThan', allowed: ['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold'] },
      { code: 'invalid_choice', field: 'treatMissingData', got: 'NotBreaching', allowed: ['missing', 'ignore', 'breaching', 'notBreaching'] },
    ]);
  });

  it('GIVEN a misspelt field and a missing one THEN unknown_setting and missing_setting', () => {
    const { datapointsToAlarm: _dropped, ...rest } = base;
    const alarm = { ...rest, datapointToAlarm: 3 } as unknown as AlarmSettings;
    expect(validateAlarmSettings(alarm)).toEqual([
      expect.objectContaining({ code: 'unknown_setting', field: 'datapointToAlarm' }),
      { code: 'missing_setting', field: 'datapointsToAlarm' },
    ]);
  });
});

describe('resolveAlarmSettings', () => {
  it('GIVEN no periodSeconds WHEN resolved THEN 60 s (Lambda metrics have 1-minute resolution)', () => {
    expect(resolveAlarmSettings(base)).toEqual({ ...base, periodSeconds: 60 });
  });

  it('GIVEN datapointsToAlarm 6 of 5 WHEN resolved THEN WorkshopError out_of_range', () => {
    expect(() => resolveAlarmSettings({ ...base, datapointsToAlarm: 6 })).toThrow(WorkshopError);
    expect(() => resolveAlarmSettings({ ...base, datapointsToAlarm: 6 })).toThrow('datapointsToAlarm must be between 1 and 5 inclusive, got 6.');
  });

  it('GIVEN 1,441 one-minute periods WHEN formatted THEN both languages name the one-day limit and the product', () => {
    const [issue] = issuesOf({ evaluationPeriods: 1_441, datapointsToAlarm: 1 });
    expect(formatIssue(issue!, 'en').message).toBe(
      'An alarm may look back at most 86,400 seconds (one day), but evaluationPeriods × periodSeconds = 1,441 × 60 = 86,460.',
    );
    expect(formatIssue(issue!, 'pt-BR').message).toBe(
      'Um alarme olha no máximo 86.400 segundos (um dia) para trás, mas evaluationPeriods × periodSeconds = 1.441 × 60 = 86.460.',
    );
    expect(formatIssue(issue!, 'en').hint).toBe('With periodSeconds 60, use at most 1,440 evaluation periods, or a longer period.');
  });

  it('GIVEN periodSeconds 45 WHEN formatted in pt-BR THEN it lists 10, 30 or a multiple of 60', () => {
    const [issue] = issuesOf({ periodSeconds: 45 });
    expect(formatIssue(issue!, 'pt-BR').message).toBe('periodSeconds deve ser 10, 30 ou um múltiplo de 60 segundos; valor recebido: 45.');
  });
});
