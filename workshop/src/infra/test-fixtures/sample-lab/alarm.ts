// Test fixture: an IteratorAge alarm — 3 of the last 5 one-minute periods above 30 s, no data = healthy.
import type { AlarmSettings } from '../../../index.js';

export const alarm: AlarmSettings = {
  threshold: 30_000,
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 5,
  datapointsToAlarm: 3,
  treatMissingData: 'notBreaching',
  periodSeconds: 60,
};
