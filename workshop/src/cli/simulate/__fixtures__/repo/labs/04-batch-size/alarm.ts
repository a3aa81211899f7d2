// Test fixture: IteratorAge above 15 s for 2 minutes out of 2.
import type { AlarmSettings } from '../../../../../../index.js';

export const alarm: AlarmSettings = {
  threshold: 15_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 2, datapointsToAlarm: 2, treatMissingData: 'notBreaching',
};
