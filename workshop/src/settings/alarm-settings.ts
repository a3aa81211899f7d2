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
