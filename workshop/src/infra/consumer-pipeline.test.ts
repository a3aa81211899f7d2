import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors/workshop-error.js';
import { formatIssue } from '../errors/format-issue.js';
import { validateConsumerSettings, type ConsumerSettingsInput } from '../settings/consumer-settings.js';
import { minutes, seconds } from '../settings/duration.js';
import { ConsumerPipeline, type ConsumerPipelineProps } from './consumer-pipeline.js';
import { writeLambdaEntry } from './lambda-entry.js';

const ENTRY = writeLambdaEntry('test-fixtures-sample-lab', new URL('./test-fixtures/sample-lab/handler.ts', import.meta.url).pathname);

/** A stack holding one pipeline; bundling skipped (these tests read the template, not the asset). */
function synthPipeline(consumer: ConsumerSettingsInput, extra: Partial<ConsumerPipelineProps> = {}): Template {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'TestStack');
  new ConsumerPipeline(stack, 'Pipeline', { labName: 'sample', consumer, handlerEntry: ENTRY, ...extra });
  return Template.fromStack(stack);
}

const build = (consumer: ConsumerSettingsInput) => () => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  new ConsumerPipeline(new Stack(app, 'S'), 'P', { labName: 'sample', consumer, handlerEntry: ENTRY });
};

describe('ConsumerPipeline — event source mapping from the settings', () => {
  it('GIVEN every setting changed WHEN synthesized THEN the ESM holds each value (BatchSize 250, PF 4, …)', () => {
    const template = synthPipeline({
      startingPosition: 'LATEST', batchSize: 250, parallelizationFactor: 4, maxBatchingWindow: seconds(2), retryAttempts: 3,
      maxRecordAge: minutes(10), bisectBatchOnError: true, reportBatchItemFailures: true, onFailure: 'sqs',
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 250,
      ParallelizationFactor: 4,
      MaximumBatchingWindowInSeconds: 2,
      StartingPosition: 'LATEST',
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 600,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SourceTable'), 'StreamArn'] },
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('FailedBatches'), 'Arn'] } } },
    });
    template.resourceCountIs('AWS::SQS::Queue', 1);
  });

  it('GIVEN only startingPosition WHEN synthesized THEN defaults apply (BatchSize 100, PF 1) and AWS keeps retry/age at -1', () => {
    const template = synthPipeline({ startingPosition: 'TRIM_HORIZON' });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 100,
      ParallelizationFactor: 1,
      StartingPosition: 'TRIM_HORIZON',
      MaximumRetryAttempts: Match.absent(),
      MaximumRecordAgeInSeconds: Match.absent(),
      DestinationConfig: Match.absent(),
    });
  });

  it('GIVEN onFailure sns WHEN synthesized THEN the ESM reports to a topic that only accepts TLS', () => {
    const template = synthPipeline({ startingPosition: 'LATEST', onFailure: 'sns', retryAttempts: 2 });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { DestinationConfig: { OnFailure: { Destination: { Ref: Match.stringLikeRegexp('FailedBatches') } } } });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('GIVEN onFailure s3 WHEN synthesized THEN the bucket is the destination and the role may only PutObject/ListBucket there', () => {
    const template = synthPipeline({ startingPosition: 'LATEST', onFailure: 's3', maxRecordAge: minutes(30) });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('FailedBatches'), 'Arn'] } } } });
    const s3Actions = allStatements(template).flatMap((s) => actionsOf(s)).filter((a) => a.startsWith('s3:'));
    expect(s3Actions.sort()).toEqual(['s3:ListBucket', 's3:PutObject']);
  });
});

describe('ConsumerPipeline — the SQS on-failure queue (labs 07, 09)', () => {
  it('GIVEN onFailure sqs and an alarm WHEN synthesized THEN the queue is encrypted, TLS-only, and a depth alarm (> 0 messages visible, 1 minute) notifies the alarm topic', () => {
    const template = synthPipeline({ startingPosition: 'LATEST', onFailure: 'sqs', retryAttempts: 2 }, {
      alarm: { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible', Namespace: 'AWS/SQS', Statistic: 'Maximum', Period: 60,
      Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1, TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('IteratorAgeTopic') }],
    });
  });

  it('GIVEN onFailure none WHEN synthesized THEN no queue and no depth alarm', () => {
    const template = synthPipeline({ startingPosition: 'LATEST' });
    template.resourceCountIs('AWS::SQS::Queue', 0);
    expect(Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter((a) => a['Properties']['Namespace'] === 'AWS/SQS')).toEqual([]);
  });
});

describe('ConsumerPipeline — function, tables and grants', () => {
  const template = synthPipeline({ startingPosition: 'LATEST', memorySize: 512, timeout: seconds(45), reservedConcurrency: 20 });

  it('GIVEN memory/timeout/concurrency settings WHEN synthesized THEN the Node 24 function uses them and knows the results table', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      MemorySize: 512,
      Timeout: 45,
      ReservedConcurrentExecutions: 20,
      Environment: { Variables: { RESULTS_TABLE_NAME: { Ref: Match.stringLikeRegexp('ResultsTable') } } },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('ConsumerLogs') } },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
  });

  it('GIVEN the pipeline WHEN synthesized THEN both tables are on-demand with PITR and deleted with the stack; only the source streams', () => {
    const tables = template.findResources('AWS::DynamoDB::Table');
    expect(Object.keys(tables)).toHaveLength(2);
    for (const table of Object.values(tables)) {
      expect(table['DeletionPolicy']).toBe('Delete');
      expect(table['Properties']['BillingMode']).toBe('PAY_PER_REQUEST');
      expect(table['Properties']['PointInTimeRecoverySpecification']).toEqual({ PointInTimeRecoveryEnabled: true });
    }
    const streams = Object.entries(tables).map(([id, t]) => [id.replace(/[0-9A-F]{8}$/, ''), t['Properties']['StreamSpecification']]);
    expect(streams).toContainEqual(['PipelineSourceTable', { StreamViewType: 'NEW_AND_OLD_IMAGES' }]);
    expect(streams).toContainEqual(['PipelineResultsTable', undefined]);
  });

  it('GIVEN the role policy WHEN read THEN no action has a wildcard, no table is readable, and only ListStreams names "*"', () => {
    const statements = allStatements(template);
    expect(statements.flatMap(actionsOf).filter((a) => a.includes('*'))).toEqual([]);
    expect(statements.flatMap(actionsOf).filter((a) => /dynamodb:(Scan|Query|GetItem|BatchGetItem|DeleteTable)/.test(a))).toEqual([]);
    expect(statements.filter((s) => s['Resource'] === '*').flatMap(actionsOf)).toEqual(['dynamodb:ListStreams']);
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 0);
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  it('GIVEN the pipeline WHEN synthesized THEN every taggable resource carries workshop=iteratorage and lab=<labName>', () => {
    const taggable = ['AWS::DynamoDB::Table', 'AWS::Lambda::Function', 'AWS::IAM::Role', 'AWS::Logs::LogGroup'];
    for (const type of taggable) {
      for (const resource of Object.values(template.findResources(type))) {
        expect(resource['Properties']['Tags'], type).toEqual(expect.arrayContaining([{ Key: 'workshop', Value: 'iteratorage' }, { Key: 'lab', Value: 'sample' }]));
      }
    }
  });

  it('GIVEN the pipeline WHEN synthesized THEN the dashboard graphs IteratorAge, Invocations, Errors, Throttles, Duration, ConcurrentExecutions', () => {
    const body = JSON.stringify(Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0]);
    for (const metric of ['IteratorAge', 'Invocations', 'Errors', 'Throttles', 'Duration', 'ConcurrentExecutions']) expect(body).toContain(`\\"${metric}\\"`);
    expect(body).toContain('\\"stat\\":\\"Maximum\\"');
  });
});

describe('ConsumerPipeline — invalid settings are refused with the settings message', () => {
  it.each([
    ['batchSize', 0], ['batchSize', 10_001], ['parallelizationFactor', 0], ['parallelizationFactor', 11],
    ['retryAttempts', -1], ['retryAttempts', 10_001], ['memorySize', 127], ['reservedConcurrency', 1_001],
  ] as const)('GIVEN %s = %d WHEN the construct is built THEN it throws out_of_range with the same words as the settings', (field, value) => {
    const consumer = { startingPosition: 'LATEST', [field]: value } as ConsumerSettingsInput;
    const [expected] = validateConsumerSettings(consumer);
    expect(expected?.code).toBe('out_of_range');
    expect(build(consumer)).toThrow(WorkshopError);
    expect(build(consumer)).toThrow(formatIssue(expected!, 'en').message);
  });

  it.each([
    ['batchSize', 1], ['batchSize', 10_000], ['parallelizationFactor', 1], ['parallelizationFactor', 10],
  ] as const)('GIVEN %s = %d (a range end) WHEN the construct is built THEN it is accepted and reaches the ESM', (field, value) => {
    const template = synthPipeline({ startingPosition: 'LATEST', [field]: value } as ConsumerSettingsInput);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { [field === 'batchSize' ? 'BatchSize' : 'ParallelizationFactor']: value });
  });

  it('GIVEN onFailure sqs with no retry bound WHEN the construct is built THEN it throws unbounded_on_failure with the settings message, and builds nothing', () => {
    const consumer: ConsumerSettingsInput = { startingPosition: 'LATEST', onFailure: 'sqs' };
    const [expected] = validateConsumerSettings(consumer);
    expect(expected?.code).toBe('unbounded_on_failure');
    expect(build(consumer)).toThrow(formatIssue(expected!, 'en').message);
  });

  it('GIVEN maxBatchingWindow 301 s WHEN built THEN the message names the field, the value and the range in seconds', () => {
    expect(build({ startingPosition: 'LATEST', maxBatchingWindow: seconds(301) })).toThrow('maxBatchingWindow must be between 0 and 300 seconds inclusive, got 301.');
  });
});

type Statement = Record<string, unknown>;
function allStatements(template: Template): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p['Properties']['PolicyDocument']['Statement'] as Statement[]);
}
function actionsOf(statement: Statement): string[] {
  const action = statement['Action'];
  return Array.isArray(action) ? (action as string[]) : [action as string];
}
