import { describe, expect, it } from 'vitest';
import type { AlarmSettings, AlarmState, TreatMissingData } from '../settings/alarm-settings.js';
import { evaluateAlarm, toStateChanges } from './alarm-evaluator.js';

// The example tables of the CloudWatch user guide, "Configuring how CloudWatch alarms treat missing data":
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-missing-data.html
// (formerly a section of https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html;
// source text: awsdocs/amazon-cloudwatch-user-guide, doc_source/AlarmThatSendsEmail.md and its history).
// Data points: newest on the right; 0 = not breaching, X = breaching, - = missing. Evaluation range 5.
// Columns: MISSING, IGNORE, BREACHING, NOT BREACHING. 'retain' = "Retain current state".
type Expected = AlarmState | 'retain';
type Row = readonly [points: string, missing: Expected, ignore: Expected, breaching: Expected, notBreaching: Expected];
const TREATMENTS: readonly TreatMissingData[] = ['missing', 'ignore', 'breaching', 'notBreaching'];

const THREE_OF_THREE: readonly Row[] = [
  ['0 - X - X', 'OK', 'OK', 'OK', 'OK'],
  ['0 - - - -', 'OK', 'OK', 'OK', 'OK'],
  ['- - - - -', 'INSUFFICIENT_DATA', 'retain', 'ALARM', 'OK'],
  ['0 X X - X', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
  ['- - X - -', 'ALARM', 'retain', 'ALARM', 'OK'],
  // rows of earlier versions of the same table, since replaced:
  ['- - - - X', 'INSUFFICIENT_DATA', 'retain', 'ALARM', 'OK'],
  ['X - - - -', 'ALARM', 'retain', 'ALARM', 'OK'],
];
const TWO_OF_THREE: readonly Row[] = [
  ['0 - X - X', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
  ['0 0 X 0 X', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
  ['0 - X - -', 'OK', 'OK', 'ALARM', 'OK'],
  ['- - - - 0', 'OK', 'OK', 'ALARM', 'OK'],
  ['- - - X -', 'ALARM', 'retain', 'ALARM', 'OK'],
  // row of an earlier version, since replaced:
  ['- - - - X', 'INSUFFICIENT_DATA', 'retain', 'ALARM', 'OK'],
];

const THRESHOLD = 10;
const series = (points: string): (number | null)[] =>
  points.split(' ').map((p) => (p === '-' ? null : p === 'X' ? THRESHOLD + 5 : THRESHOLD - 5));
const alarmOf = (m: number, n: number, treatMissingData: TreatMissingData): AlarmSettings => ({
  threshold: THRESHOLD, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: n, datapointsToAlarm: m, treatMissingData,
});
const last = (states: readonly AlarmState[]) => states[states.length - 1];

// 'retain' is checked after three histories older than the evaluation range: none, all breaching, none breaching.
const HISTORIES: readonly (readonly [prefix: string, before: AlarmState])[] = [
  ['', 'INSUFFICIENT_DATA'],
  ['X X X X X ', 'ALARM'],
  ['0 0 0 0 0 ', 'OK'],
];

function checkTable(m: number, rows: readonly Row[]): void {
  for (const [points, ...expected] of rows) {
    TREATMENTS.forEach((treat, column) => {
      const want = expected[column]!;
      if (want === 'retain') {
        it.each(HISTORIES)(`GIVEN "%s" then "${points}" WHEN ${treat} THEN the state stays %s`, (prefix, before) => {
          const states = evaluateAlarm(alarmOf(m, 3, treat), series(`${prefix}${points}`));
          expect([states.at(-2) ?? 'INSUFFICIENT_DATA', last(states)]).toEqual([before, before]);
        });
      } else {
        it(`GIVEN "${points}" WHEN ${treat} THEN ${want}`, () => {
          expect(last(evaluateAlarm(alarmOf(m, 3, treat), series(points)))).toBe(want);
          expect(last(evaluateAlarm(alarmOf(m, 3, treat), series(`0 0 0 0 0 ${points}`)))).toBe(want);
        });
      }
    });
  }
}

describe('evaluateAlarm — the user guide table, 3 out of 3 (evaluation range 5)', () => checkTable(3, THREE_OF_THREE));
describe('evaluateAlarm — the user guide table, 2 out of 3 (evaluation range 5)', () => checkTable(2, TWO_OF_THREE));

describe('evaluateAlarm — the guide\'s worked explanations', () => {
  it('GIVEN "0 - - - -" (OK when breaching) WHEN one more period is missing THEN breaching goes to ALARM', () => {
    expect(evaluateAlarm(alarmOf(3, 3, 'breaching'), series('0 - - - - -'))).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'ALARM']);
  });

  it('GIVEN one breaching point then missing WHEN missing THEN INSUFFICIENT_DATA, ALARM once it is M periods old, INSUFFICIENT_DATA after the range', () => {
    expect(evaluateAlarm(alarmOf(3, 3, 'missing'), series('X - - - - -'))).toEqual(
      ['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA', 'ALARM', 'ALARM', 'ALARM', 'INSUFFICIENT_DATA'],
    );
  });

  it('GIVEN "- - - X 0" and "- - X - 0" WHEN missing THEN OK (the premature alarm is avoided)', () => {
    expect(last(evaluateAlarm(alarmOf(3, 3, 'missing'), series('- - - X 0')))).toBe('OK');
    expect(last(evaluateAlarm(alarmOf(3, 3, 'missing'), series('- - X - 0')))).toBe('OK');
  });
});

describe('evaluateAlarm — M out of N, operators, missing data', () => {
  it('GIVEN 3 of 5 WHEN breaches are not consecutive (X 0 X 0 X 0 X) THEN ALARM whenever the last 5 hold 3 breaches', () => {
    expect(evaluateAlarm(alarmOf(3, 5, 'notBreaching'), series('X 0 X 0 X 0 X'))).toEqual(['OK', 'OK', 'OK', 'OK', 'ALARM', 'OK', 'ALARM']);
  });

  it.each([
    ['GreaterThanOrEqualToThreshold', 'ALARM', 'OK', 'ALARM'],
    ['GreaterThanThreshold', 'OK', 'OK', 'ALARM'],
    ['LessThanThreshold', 'OK', 'ALARM', 'OK'],
    ['LessThanOrEqualToThreshold', 'ALARM', 'ALARM', 'OK'],
  ] as const)('GIVEN %s 100 WHEN the value is 100 / 99 / 101 THEN %s / %s / %s', (comparisonOperator, atEqual, below, above) => {
    const alarm: AlarmSettings = { threshold: 100, comparisonOperator, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'missing' };
    expect(evaluateAlarm(alarm, [100, 99, 101])).toEqual([atEqual, below, above]);
  });

  it.each([
    ['missing', 'INSUFFICIENT_DATA'],
    ['ignore', 'INSUFFICIENT_DATA'],
    ['breaching', 'ALARM'],
    ['notBreaching', 'OK'],
  ] as const)('GIVEN a series with no data at all WHEN %s THEN %s every period', (treat, state) => {
    expect(evaluateAlarm(alarmOf(2, 3, treat), [null, null, null, null])).toEqual([state, state, state, state]);
  });

  it.each([
    ['X X X', 'ALARM'],
    ['0 0 0', 'OK'],
  ] as const)('GIVEN "%s" then ten missing periods WHEN ignore THEN it keeps %s', (start, state) => {
    const states = evaluateAlarm(alarmOf(3, 3, 'ignore'), series(`${start} - - - - - - - - - -`));
    expect(states.slice(2)).toEqual(Array(11).fill(state));
  });

  it('GIVEN X X - X WHEN any treatment THEN ALARM: the look-back finds 3 real points and the missing one is not used', () => {
    for (const treat of TREATMENTS) expect(last(evaluateAlarm(alarmOf(3, 3, treat), series('X X - X')))).toBe('ALARM');
  });

  it('GIVEN evaluationRange 3 instead of 5 WHEN X X X - - with notBreaching THEN OK (no look-back past the range)', () => {
    const alarm = alarmOf(3, 3, 'notBreaching');
    expect(last(evaluateAlarm(alarm, series('X X X - -')))).toBe('ALARM');
    expect(last(evaluateAlarm(alarm, series('X X X - -'), { evaluationRange: 3 }))).toBe('OK');
  });

  it('GIVEN evaluationRange below evaluationPeriods or NaN datapoints WHEN evaluated THEN WorkshopError', () => {
    expect(() => evaluateAlarm(alarmOf(3, 3, 'missing'), [1], { evaluationRange: 2 })).toThrow(/evaluationRange must be between 3 and/);
    expect(() => evaluateAlarm(alarmOf(3, 3, 'missing'), [1, Number.NaN])).toThrow(/datapoints\[1\] must be a number/);
    expect(() => evaluateAlarm(alarmOf(4, 3, 'missing'), [1])).toThrow(/datapointsToAlarm must be between 1 and 3/);
  });
});

describe('evaluateAlarm — the lab 06 alarm on IteratorAge (Maximum per minute, ms)', () => {
  const alarm: AlarmSettings = {
    threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching',
  };

  it('GIVEN a lagging consumer (age climbing 12 s a minute) WHEN evaluated THEN ALARM within 5 minutes of crossing 30 s', () => {
    const lagging = Array.from({ length: 10 }, (_, minute) => 1_000 + minute * 12_000);
    expect(toStateChanges(evaluateAlarm(alarm, lagging))).toEqual([{ periodIndex: 0, state: 'OK' }, { periodIndex: 5, state: 'ALARM' }]);
  });

  it('GIVEN a healthy consumer with idle minutes (no data) WHEN evaluated THEN OK throughout', () => {
    const healthy = [250, 400, null, null, 380, 900, null, 310, 270, null];
    expect(toStateChanges(evaluateAlarm(alarm, healthy))).toEqual([{ periodIndex: 0, state: 'OK' }]);
  });
});

describe('toStateChanges', () => {
  it('GIVEN no periods THEN no changes', () => {
    expect(toStateChanges([])).toEqual([]);
  });

  it('GIVEN repeated states THEN only the first state and each change, with its period index', () => {
    expect(toStateChanges(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA', 'OK', 'ALARM', 'ALARM', 'OK'])).toEqual([
      { periodIndex: 0, state: 'INSUFFICIENT_DATA' }, { periodIndex: 2, state: 'OK' }, { periodIndex: 3, state: 'ALARM' }, { periodIndex: 5, state: 'OK' },
    ]);
  });
});
