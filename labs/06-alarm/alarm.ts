// Lab 06 — an IteratorAge alarm that pages the team while the lag is still minutes, not hours.
// The stack alarms on the Maximum of IteratorAge per period. Check with `npx workshop check 06`: it replays
// lab 03's load (the alarm must fire within minutes) and lab 05's (it must stay OK).
import type { AlarmSettings } from '../../workshop/src/index.js';

export const alarm: AlarmSettings = {
  // TODO: choose a threshold in milliseconds and justify it in a comment: above a healthy consumer's
  // IteratorAge (lab 05), far below the hours of lag the article found.
  threshold: 3_600_000,
  comparisonOperator: 'GreaterThanThreshold',
  // Lambda reports IteratorAge once a minute.
  periodSeconds: 60,
  // TODO: alarm on M breaching minutes out of the last N, so a single slow batch doesn't page anyone.
  evaluationPeriods: 1,
  datapointsToAlarm: 1,
  // TODO: an idle stream emits no IteratorAge at all. Should a missing datapoint count as breaching?
  treatMissingData: 'missing',
};
