// Lab 06 — an IteratorAge alarm that pages the team while the lag is still minutes, not hours.
// The stack alarms on the Maximum of IteratorAge per period, the statistic that keeps the batch furthest behind.
import type { AlarmSettings } from '../../workshop/src/index.js';

export const alarm: AlarmSettings = {
  // In milliseconds. A healthy consumer stays well under a second (lab 05); 30 s is AWS's suggested
  // starting point, far above normal noise and far below the hours of lag the article found.
  threshold: 30_000,
  comparisonOperator: 'GreaterThanThreshold',
  // Lambda's metrics have 1-minute resolution, so a shorter period has nothing finer to show.
  periodSeconds: 60,
  // 3 breaching minutes out of the last 5: one slow batch doesn't page anyone, a growing lag does
  // within about 3 minutes.
  evaluationPeriods: 5,
  datapointsToAlarm: 3,
  // No invocations means no datapoint: an idle stream is healthy, not an unknown.
  treatMissingData: 'notBreaching',
};
