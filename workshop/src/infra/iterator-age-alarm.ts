import { Duration } from 'aws-cdk-lib';
import { type Alarm, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import { alarmTopic, consumerAlarm } from './consumer-alarm.js';

export interface IteratorAgeAlarmProps {
  /** The stream consumer whose IteratorAge is watched. */
  readonly fn: IFunction;
  /** Threshold, M of N, comparison and missing-data treatment, already validated. */
  readonly settings: Required<AlarmSettings>;
  /** Where notifications go. @default - no subscription (the topic still receives state changes) */
  readonly email?: string;
}

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
    this.topic = alarmTopic(this);
    if (props.email !== undefined) this.topic.addSubscription(new EmailSubscription(props.email));
    this.alarm = consumerAlarm(this, {
      metric: props.fn.metric('IteratorAge', { statistic: Stats.MAXIMUM, period: Duration.seconds(settings.periodSeconds) }),
      description: 'IteratorAge (Maximum) of the stream consumer: for the batch furthest behind in each period, the age in ms of its newest record when Lambda sent it (its first records are a little older).',
      settings,
      topic: this.topic,
    });
  }
}
