import { App, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import type { OnFailureDestination } from '../settings/consumer-settings.js';
import { ConsumerPipeline } from './consumer-pipeline.js';
import { NAG_REASONS } from './nag-reasons.js';
import { writeLambdaEntry } from './lambda-entry.js';

const ENTRY = writeLambdaEntry('test-fixtures-sample-lab', new URL('./test-fixtures/sample-lab/handler.ts', import.meta.url).pathname);

function appWithPipeline(onFailure: OnFailureDestination): { app: App; stack: Stack } {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'NagStack');
  new ConsumerPipeline(stack, 'Pipeline', {
    labName: 'sample', consumer: { startingPosition: 'LATEST', onFailure, ...(onFailure === 'none' ? {} : { retryAttempts: 2 }) }, handlerEntry: ENTRY, alarmEmail: 'learner@example.com',
    alarm: { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' },
  });
  return { app, stack };
}

/** Lab 08's shape: reserved concurrency and a Throttles alarm, with or without the IteratorAge alarm (own topic then). */
function appWithThrottlesAlarm(withAgeAlarm: boolean): App {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'NagStack');
  const alarm = { threshold: 30_000, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 5, datapointsToAlarm: 3, treatMissingData: 'notBreaching' } as const;
  new ConsumerPipeline(stack, 'Pipeline', {
    labName: 'sample', consumer: { startingPosition: 'LATEST', parallelizationFactor: 10, reservedConcurrency: 40 }, handlerEntry: ENTRY, alarmEmail: 'learner@example.com',
    ...(withAgeAlarm ? { alarm } : {}),
    throttlesAlarm: { threshold: 0, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: 'notBreaching' },
  });
  return app;
}

/** Every finding of the AwsSolutions pack (errors and warnings) that has no acknowledgement. */
function nagFindings(app: App): string[] {
  const report = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
  return report.violations.map((v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
}

function acknowledgements(root: IConstruct): { id: string; reason: string }[] {
  return root.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((m) => Object.entries(m.data as Record<string, unknown>).map(([id, reason]) => ({ id, reason: typeof reason === 'string' ? reason : JSON.stringify(reason) }))));
}

describe('cdk-nag AwsSolutions on the pipeline', () => {
  it.each(['none', 'sqs', 'sns', 's3'] as const)('GIVEN onFailure %s and an alarm WHEN checked THEN there are zero unacknowledged findings', (onFailure) => {
    const { app } = appWithPipeline(onFailure);
    expect(nagFindings(app)).toEqual([]);
  });

  it.each([true, false])('GIVEN reserved concurrency and a Throttles alarm (IteratorAge alarm too: %s) WHEN checked THEN there are zero unacknowledged findings', (withAgeAlarm) => {
    expect(nagFindings(appWithThrottlesAlarm(withAgeAlarm))).toEqual([]);
  });

  it('GIVEN the same app WHEN synthesized with the pack as a validation plugin THEN synthesis succeeds', () => {
    const { app } = appWithPipeline('s3');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });

  it('GIVEN a wildcard policy nobody acknowledged WHEN checked THEN the pack reports it (the check is live)', () => {
    const { app, stack } = appWithPipeline('none');
    const role = new Role(stack, 'Careless', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }));
    expect(nagFindings(app).some((f) => f.includes('AwsSolutions-IAM5') && f.includes('Careless'))).toBe(true);
  });

  it.each(['sqs', 'sns', 's3'] as const)('GIVEN onFailure %s WHEN reading the acknowledgements THEN each one has a written reason from NAG_REASONS', (onFailure) => {
    const { stack } = appWithPipeline(onFailure);
    const acks = acknowledgements(stack);
    expect(acks.length).toBeGreaterThan(0);
    const reasons = Object.values(NAG_REASONS) as string[];
    for (const ack of acks) expect(reasons.some((r) => ack.reason.includes(r)), `${ack.id}: ${ack.reason}`).toBe(true);
  });
});
