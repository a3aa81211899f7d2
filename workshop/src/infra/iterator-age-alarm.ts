import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import { NAG_REASONS } from './nag-reasons.js';

export interface IteratorAgeAlarmProps {
  /** The stream consumer whose IteratorAge is watched. */
  readonly fn: IFunction;
  /** Threshold, M of N, comparison and missing-data treatment, already validated. */
  readonly settings: Required<AlarmSettings>;
  /** Where notifications go. @default - no subscription (the topic still receives state changes) */
  readonly email?: string;
}

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

/**
 * An alarm on the consumer's IteratorAge (statistic Maximum: the batch furthest behind in each period; the metric
 * is the age of a batch's newest record when the ESM sent it, so the batch's first records are a little older),
 * publishing every state change to an SNS topic that only accepts TLS.
 * There is no `metricIteratorAge()` in CDK; unset, `metric()` would be Average over 5 minutes.
 */
export class IteratorAgeAlarm extends Construct {
  public readonly alarm: Alarm;
  public readonly topic: Topic;

  constructor(scope: Construct, id: string, props: IteratorAgeAlarmProps) {
    super(scope, id);
    const { settings } = props;
    this.topic = new Topic(this, 'Topic', { enforceSSL: true });
    Validations.of(this.topic).acknowledge({ id: 'AwsSolutions-SNS2', reason: NAG_REASONS.alarmTopicNoKms });
    if (props.email !== undefined) this.topic.addSubscription(new EmailSubscription(props.email));

    const iteratorAge = props.fn.metric('IteratorAge', { statistic: Stats.MAXIMUM, period: Duration.seconds(settings.periodSeconds) });
    this.alarm = new Alarm(this, 'Alarm', {
      metric: iteratorAge,
      alarmDescription: 'IteratorAge (Maximum) of the stream consumer: for the batch furthest behind in each period, the age in ms of its newest record when Lambda sent it (its first records are a little older).',
      threshold: settings.threshold,
      evaluationPeriods: settings.evaluationPeriods,
      datapointsToAlarm: settings.datapointsToAlarm,
      comparisonOperator: COMPARISON[settings.comparisonOperator],
      treatMissingData: MISSING[settings.treatMissingData],
    });
    const action = new SnsAction(this.topic);
    this.alarm.addAlarmAction(action);
    this.alarm.addOkAction(action);
  }
}
