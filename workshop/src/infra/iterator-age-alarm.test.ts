import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/format-issue.js';
import { validateAlarmSettings, type AlarmSettings } from '../settings/alarm-settings.js';
import { ConsumerPipeline } from './consumer-pipeline.js';
import { writeLambdaEntry } from './lambda-entry.js';

const ENTRY = writeLambdaEntry('test-fixtures-sample-lab', new URL('./test-fixtures/sample-lab/handler.ts', import.meta.url).pathname);
const ALARM: AlarmSettings = { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' };

function pipelineStack(alarm: AlarmSettings | undefined, alarmEmail?: string): Stack {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'TestStack');
  new ConsumerPipeline(stack, 'Pipeline', {
    labName: 'sample', consumer: { startingPosition: 'LATEST' }, handlerEntry: ENTRY,
    ...(alarm === undefined ? {} : { alarm }), ...(alarmEmail === undefined ? {} : { alarmEmail }),
  });
  return stack;
}

/** The template of the pipeline with ALARM and no e-mail: synthesized once, read by every test that needs it. */
let withAlarm: Template | undefined;
const alarmTemplate = (): Template => (withAlarm ??= Template.fromStack(pipelineStack(ALARM)));

describe('IteratorAge alarm', () => {
  it('GIVEN alarm settings WHEN synthesized THEN the alarm is IteratorAge Maximum over 60 s, 3 of 5, notBreaching, > 30,000 ms', () => {
    const template = alarmTemplate();
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp('Consumer') } }],
      Statistic: 'Maximum',
      Period: 60,
      EvaluationPeriods: 5,
      DatapointsToAlarm: 3,
      Threshold: 30_000,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('GIVEN the alarm WHEN synthesized THEN ALARM and OK both notify the alarm topic', () => {
    const template = alarmTemplate();
    const topicRef = { Ref: Match.stringLikeRegexp('IteratorAgeTopic') };
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmActions: [topicRef], OKActions: [topicRef] });
  });

  it('GIVEN the alarm topic WHEN synthesized THEN its policy denies any request without TLS', () => {
    const template = alarmTemplate();
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: Match.stringLikeRegexp('IteratorAgeTopic') }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('GIVEN an alarm e-mail WHEN synthesized THEN the topic has that e-mail subscription; without one, none', () => {
    Template.fromStack(pipelineStack(ALARM, 'learner@example.com')).hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'learner@example.com' });
    alarmTemplate().resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('GIVEN no alarm settings WHEN synthesized THEN there is no alarm and no topic', () => {
    const template = Template.fromStack(pipelineStack(undefined));
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    template.resourceCountIs('AWS::SNS::Topic', 0);
  });

  it('GIVEN datapointsToAlarm 6 of 5 WHEN the construct is built THEN it throws the alarm settings message', () => {
    const bad: AlarmSettings = { ...ALARM, datapointsToAlarm: 6 };
    const [expected] = validateAlarmSettings(bad);
    expect(expected).toBeDefined();
    expect(() => pipelineStack(bad)).toThrow(formatIssue(expected!, 'en').message);
  });
});
