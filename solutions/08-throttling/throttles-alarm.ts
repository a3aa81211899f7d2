// Lab 08 — the alarm IteratorAge alone cannot be: Throttles (Sum per minute), beside lab 06's IteratorAge alarm.
import type { AlarmSettings } from '../../workshop/src/index.js';

export const throttlesAlarm: AlarmSettings = {
  // Throttles per minute. A mapping whose concurrency covers shards × ParallelizationFactor is never
  // throttled, so any throttle is news. In the engine, a fully throttled consumer retries with back-off and
  // throttles only a few times a minute (AWS does not publish its back-off): a threshold of "many" would miss
  // exactly the worst case.
  threshold: 0,
  comparisonOperator: 'GreaterThanThreshold',
  periodSeconds: 60,
  // 2 throttled minutes out of the last 3: one burst doesn't page anyone, a throttled mapping does.
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  // No invocations and no throttles means an idle function: healthy.
  treatMissingData: 'notBreaching',
};
