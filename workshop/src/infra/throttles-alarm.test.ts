import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors/workshop-error.js';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import { ConsumerPipeline } from './consumer-pipeline.js';
import { writeLambdaEntry } from './lambda-entry.js';

const ENTRY = writeLambdaEntry('test-fixtures-sample-lab', new URL('./test-fixtures/sample-lab/handler.ts', import.meta.url).pathname);
const AGE: AlarmSettings = { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' };
const THROTTLES: AlarmSettings = { threshold: 0, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'notBreaching' };

function pipelineStack(props: { alarm?: AlarmSettings; throttlesAlarm?: AlarmSettings }): Stack {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'TestStack');
  new ConsumerPipeline(stack, 'Pipeline', {
    labName: 'sample', consumer: { startingPosition: 'LATEST', parallelizationFactor: 10, reservedConcurrency: 40 }, handlerEntry: ENTRY, ...props,
  });
  return stack;
}

/** The template with both alarms: synthesized once, read by both tests that need it. */
let withBoth: Template | undefined;
const bothAlarmsTemplate = (): Template => (withBoth ??= Template.fromStack(pipelineStack({ alarm: AGE, throttlesAlarm: THROTTLES })));

describe('Throttles alarm (CDK, synthesized offline)', () => {
  it('GIVEN both alarms WHEN synthesized THEN a Throttles alarm on Sum over 60 s, 2 of 3, > 0, notBreaching, and the reserved concurrency on the function', () => {
    const template = bothAlarmsTemplate();
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda', MetricName: 'Throttles', Statistic: 'Sum', Period: 60,
      Threshold: 0, EvaluationPeriods: 3, DatapointsToAlarm: 2,
      ComparisonOperator: 'GreaterThanThreshold', TreatMissingData: 'notBreaching',
    });
    template.resourceCountIs('AWS::CloudWatch::Alarm', 2);
    template.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 40 });
  });

  it('GIVEN both alarms WHEN synthesized THEN they share the IteratorAge topic (one subscription hears both)', () => {
    const template = bothAlarmsTemplate();
    template.resourceCountIs('AWS::SNS::Topic', 1);
    const topicRef = { Ref: Match.stringLikeRegexp('IteratorAgeTopic') };
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Throttles', AlarmActions: [topicRef], OKActions: [topicRef] });
  });

  it('GIVEN only a Throttles alarm WHEN synthesized THEN it gets its own TLS-only topic', () => {
    const template = Template.fromStack(pipelineStack({ throttlesAlarm: THROTTLES }));
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Throttles', AlarmActions: [{ Ref: Match.stringLikeRegexp('ThrottlesTopic') }] });
  });

  it('GIVEN a Throttles alarm that fires on a healthy minute WHEN synthesized THEN it fails with the learner\'s issue, before any resource', () => {
    expect(() => pipelineStack({ throttlesAlarm: { ...THROTTLES, comparisonOperator: 'GreaterThanOrEqualToThreshold' } })).toThrow(WorkshopError);
  });
});
