import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLabDefinition } from './lab-definition.js';
import { LAB_OUTPUTS, LabStack } from './lab-stack.js';

const FIXTURE = fileURLToPath(new URL('./test-fixtures/sample-lab', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lab-stack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const newApp = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });

describe('LabStack from a lab folder (fixture)', () => {
  it("GIVEN the fixture folder WHEN loaded THEN consumer.ts and alarm.ts are read, the Lambda entry wraps its handler.ts, and the stack is named after the slug", async () => {
    const lab = await loadLabDefinition(FIXTURE);
    expect(lab.slug).toBe('sample-lab');
    expect(lab.stackName).toBe('IteratorAgeWorkshop-sample-lab');
    expect(lab.consumer.batchSize).toBe(250);
    expect(lab.alarm?.datapointsToAlarm).toBe(3);
    expect(readFileSync(lab.handlerEntry, 'utf8')).toContain("import { createHandler } from '../../workshop/src/infra/test-fixtures/sample-lab/handler.js';");
  });

  it('GIVEN the fixture stack WHEN synthesized THEN it outputs table, function, stream and dashboard names, and tags the stack', async () => {
    const stack = new LabStack(newApp(), { lab: await loadLabDefinition(FIXTURE) });
    const template = Template.fromStack(stack);
    for (const key of Object.values(LAB_OUTPUTS)) template.hasOutput(key, {}); // the fixture has an SQS destination too
    template.hasOutput(LAB_OUTPUTS.sourceTableName, { Value: { Ref: Match.stringLikeRegexp('SourceTable') } });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 250, ParallelizationFactor: 4 });
    expect(stack.tags.tagValues()).toEqual({ workshop: 'iteratorage', lab: 'sample-lab' });
  });

  it('GIVEN a folder without consumer.ts WHEN loaded THEN lab_file_missing names the lab and the file', async () => {
    const dir = join(scratch, 'no-consumer');
    cpSync(FIXTURE, dir, { recursive: true });
    rmSync(join(dir, 'consumer.ts'));
    await expect(loadLabDefinition(dir)).rejects.toMatchObject({ issue: { code: 'lab_file_missing', lab: 'no-consumer', file: 'consumer.ts' } });
  });

  it('GIVEN consumer.ts without the "consumer" export WHEN loaded THEN lab_module_invalid says what to export', async () => {
    const dir = join(scratch, 'bad-export');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'consumer.ts'), 'export const settings = { startingPosition: "LATEST" };\n');
    await expect(loadLabDefinition(dir)).rejects.toMatchObject({ issue: { code: 'lab_module_invalid', file: 'consumer.ts' } });
  });
});

describe.each(['01-deploy-consumer', '06-alarm'])('LabStack from solutions/%s (the real lab files)', (slug) => {
  const dir = join(REPO_ROOT, 'solutions', slug);
  it('GIVEN the solution WHEN synthesized THEN its settings reach the ESM and cdk-nag finds nothing unacknowledged', async () => {
    const lab = await loadLabDefinition(dir);
    const app = newApp();
    const template = Template.fromStack(new LabStack(app, { lab }));
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: lab.consumer.batchSize ?? 100,
      ParallelizationFactor: lab.consumer.parallelizationFactor ?? 1,
      StartingPosition: lab.consumer.startingPosition,
    });
    template.resourceCountIs('AWS::CloudWatch::Alarm', lab.alarm === undefined ? 0 : 1);
    expect(Object.keys(template.findOutputs(LAB_OUTPUTS.failureQueueUrl))).toEqual([]); // no on-failure queue, no queue output
    expect(new AwsSolutionsChecks(app).validateScope(app).violations).toEqual([]);
  });
});

describe('the Lambda entry of a lab that inherits its handler', () => {
  it("GIVEN solutions/06 (alarm.ts only) WHEN loaded THEN its entry bundles lab 04's handler and lab 05's consumer settings are deployed", async () => {
    const lab = await loadLabDefinition(join(REPO_ROOT, 'solutions', '06-alarm'));
    expect(readFileSync(lab.handlerEntry, 'utf8')).toContain("import { createHandler } from '../../solutions/04-batch-size/handler.js';");
    expect(lab.consumer.parallelizationFactor).toBe(10);
    expect(lab.alarm?.treatMissingData).toBe('notBreaching');
  });
});

describe.each(['07-poison-pill', '09-redrive'])('LabStack from solutions/%s (an SQS on-failure destination: what `workshop redrive` drains)', (slug) => {
  it('GIVEN the solution WHEN synthesized THEN the mapping is failure-bounded, the queue is encrypted, TLS-only and watched by a depth alarm, its URL and the stream ARN are outputs, and cdk-nag finds nothing unacknowledged', async () => {
    const lab = await loadLabDefinition(join(REPO_ROOT, 'solutions', slug));
    const app = newApp();
    const stack = new LabStack(app, { lab });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      MaximumRetryAttempts: lab.consumer.retryAttempts,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('FailedBatches'), 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) } });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    template.hasOutput(LAB_OUTPUTS.failureQueueUrl, { Value: { Ref: Match.stringLikeRegexp('FailedBatches') } });
    template.hasOutput(LAB_OUTPUTS.streamArn, { Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('SourceTable'), 'StreamArn'] } });
    expect(new AwsSolutionsChecks(app).validateScope(app).violations).toEqual([]);
  });
});

describe('lab 09 on AWS: lab 07\'s pipeline, lab 07\'s handler', () => {
  it.each(['labs', 'solutions'])('GIVEN %s/09-redrive WHEN loaded for the stack THEN it deploys lab 07\'s consumer settings and lab 07\'s reference handler (which gives the poison order up to the queue), not the fixed handler', async (root) => {
    const lab = await loadLabDefinition(join(REPO_ROOT, root, '09-redrive'));
    expect(readFileSync(lab.handlerEntry, 'utf8')).toContain("import { createHandler } from '../../solutions/07-poison-pill/handler.js';");
    expect(lab.consumer).toMatchObject({ onFailure: 'sqs', retryAttempts: 2, bisectBatchOnError: true, reportBatchItemFailures: true });
    expect(lab.stackName).toBe('IteratorAgeWorkshop-09-redrive');
  });
});
