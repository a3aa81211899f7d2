// What the consumer's two alarms (IteratorAge, Throttles) share: a TLS-only SNS topic, and a CloudWatch alarm on
// one metric built from validated `AlarmSettings` that publishes both ALARM and OK to that topic.
import { Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import { NAG_REASONS } from './nag-reasons.js';

export const COMPARISON: Readonly<Record<AlarmSettings['comparisonOperator'], ComparisonOperator>> = {
  GreaterThanOrEqualToThreshold: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  GreaterThanThreshold: ComparisonOperator.GREATER_THAN_THRESHOLD,
  LessThanThreshold: ComparisonOperator.LESS_THAN_THRESHOLD,
  LessThanOrEqualToThreshold: ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
};
export const MISSING: Readonly<Record<AlarmSettings['treatMissingData'], TreatMissingData>> = {
  missing: TreatMissingData.MISSING,
  ignore: TreatMissingData.IGNORE,
  breaching: TreatMissingData.BREACHING,
  notBreaching: TreatMissingData.NOT_BREACHING,
};

/** An SNS topic for alarm state changes that refuses anything but TLS (no KMS key: see NAG_REASONS). */
export function alarmTopic(scope: Construct, id = 'Topic'): Topic {
  const topic = new Topic(scope, id, { enforceSSL: true });
  Validations.of(topic).acknowledge({ id: 'AwsSolutions-SNS2', reason: NAG_REASONS.alarmTopicNoKms });
  return topic;
}

/** An alarm on `metric` with `settings` (already validated), sending ALARM and OK to `topic`. */
export function consumerAlarm(scope: Construct, props: {
  readonly metric: IMetric;
  readonly description: string;
  readonly settings: Required<AlarmSettings>;
  readonly topic: ITopic;
}): Alarm {
  const { settings } = props;
  const alarm = new Alarm(scope, 'Alarm', {
    metric: props.metric,
    alarmDescription: props.description,
    threshold: settings.threshold,
    evaluationPeriods: settings.evaluationPeriods,
    datapointsToAlarm: settings.datapointsToAlarm,
    comparisonOperator: COMPARISON[settings.comparisonOperator],
    treatMissingData: MISSING[settings.treatMissingData],
  });
  const action = new SnsAction(props.topic);
  alarm.addAlarmAction(action);
  alarm.addOkAction(action);
  return alarm;
}
