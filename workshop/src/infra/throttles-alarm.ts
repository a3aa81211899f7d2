import { Duration } from 'aws-cdk-lib';
import { type Alarm, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import { alarmTopic, consumerAlarm } from './consumer-alarm.js';

export interface ThrottlesAlarmProps {
  /** The stream consumer whose Throttles are watched. */
  readonly fn: IFunction;
  /** Threshold (throttles per period), M of N, comparison and missing data, validated by `resolveThrottlesAlarmSettings`. */
  readonly settings: Required<AlarmSettings>;
  /** Where state changes go (the IteratorAge alarm's topic, so one subscription hears both). @default - a new TLS-only topic */
  readonly topic?: ITopic;
}

/**
 * An alarm on the consumer's Throttles (statistic Sum per period, `fn.metricThrottles()`): the page that
 * IteratorAge alone cannot give, because a fully throttled consumer may emit no IteratorAge at all (facts sheet
 * §D, [UNCERTAIN]) and reserved concurrency below shards × ParallelizationFactor throttles without any error.
 */
export class ThrottlesAlarm extends Construct {
  public readonly alarm: Alarm;
  public readonly topic: ITopic;

  constructor(scope: Construct, id: string, props: ThrottlesAlarmProps) {
    super(scope, id);
    const { settings } = props;
    this.topic = props.topic ?? alarmTopic(this);
    this.alarm = consumerAlarm(this, {
      metric: props.fn.metricThrottles({ statistic: Stats.SUM, period: Duration.seconds(settings.periodSeconds) }),
      description: 'Throttles (Sum) of the stream consumer: invocations refused because the function was at its concurrency limit (reserved concurrency below shards × ParallelizationFactor). Throttled batches are retried without using retry attempts, so the shard stalls with no errors.',
      settings,
      topic: this.topic,
    });
  }
}
