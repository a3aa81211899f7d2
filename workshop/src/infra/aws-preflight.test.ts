import type { DescribeStacksCommandOutput } from '@aws-sdk/client-cloudformation';
import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { checkBootstrap, checkCredentials, preflightAws, type AwsProbe } from './aws-preflight.js';

const sdkError = (name: string, message: string) => Object.assign(new Error(message), { name });
const IDENTITY = { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/learner', $metadata: {} } as GetCallerIdentityCommandOutput;
const stack = (status: string) => ({ Stacks: [{ StackName: 'CDKToolkit', StackStatus: status }], $metadata: {} }) as unknown as DescribeStacksCommandOutput;

/** A mocked AWS: STS and CloudFormation answers are given, nothing leaves the process. */
function mockedProbe(answers: { region?: string; identity?: () => GetCallerIdentityCommandOutput; toolkit?: () => DescribeStacksCommandOutput }): AwsProbe & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    region: async (t) => t.region ?? answers.region,
    callerIdentity: async () => { calls.push('sts'); return (answers.identity ?? (() => IDENTITY))(); },
    describeStack: async (_t, name) => { calls.push(`cfn:${name}`); return (answers.toolkit ?? (() => stack('CREATE_COMPLETE')))(); },
  };
}

describe('AWS preflight (STS and CloudFormation mocked)', () => {
  it('GIVEN no Region anywhere WHEN checking (mocked) THEN missing_region, before any AWS call', async () => {
    const probe = mockedProbe({});
    await expect(checkCredentials({}, probe)).rejects.toMatchObject({ issue: { code: 'missing_region' } });
    expect(probe.calls).toEqual([]);
  });

  it('GIVEN the SDK finds no credentials WHEN checking (mocked) THEN missing_credentials naming the profile', async () => {
    const probe = mockedProbe({ region: 'us-east-1', identity: () => { throw sdkError('CredentialsProviderError', 'Could not load credentials from any providers'); } });
    await expect(checkCredentials({ profile: 'workshop' }, probe)).rejects.toMatchObject({ issue: { code: 'missing_credentials', profile: 'workshop' } });
  });

  it('GIVEN an expired token WHEN checking (mocked) THEN missing_credentials too (log in again)', async () => {
    const probe = mockedProbe({ region: 'us-east-1', identity: () => { throw sdkError('ExpiredToken', 'The security token included in the request is expired'); } });
    await expect(checkCredentials({}, probe)).rejects.toMatchObject({ issue: { code: 'missing_credentials' } });
  });

  it('GIVEN no network WHEN checking (mocked) THEN aws_call_failed with the SDK detail', async () => {
    const probe = mockedProbe({ region: 'us-east-1', identity: () => { throw sdkError('TimeoutError', 'connect ETIMEDOUT'); } });
    await expect(checkCredentials({}, probe)).rejects.toMatchObject({ issue: { code: 'aws_call_failed', service: 'STS', operation: 'GetCallerIdentity', detail: 'connect ETIMEDOUT' } });
  });

  it('GIVEN no CDKToolkit stack WHEN checking bootstrap (mocked) THEN not_bootstrapped with account and Region', async () => {
    const probe = mockedProbe({ toolkit: () => { throw sdkError('ValidationError', 'Stack with id CDKToolkit does not exist'); } });
    const access = { account: '123456789012', region: 'eu-west-1', arn: '' };
    await expect(checkBootstrap({}, access, probe)).rejects.toMatchObject({ issue: { code: 'not_bootstrapped', account: '123456789012', region: 'eu-west-1' } });
    expect(probe.calls).toEqual(['cfn:CDKToolkit']);
  });

  it('GIVEN a CDKToolkit stack that failed WHEN checking bootstrap (mocked) THEN not_bootstrapped', async () => {
    const probe = mockedProbe({ toolkit: () => stack('ROLLBACK_COMPLETE') });
    await expect(checkBootstrap({}, { account: '1', region: 'us-east-1', arn: '' }, probe)).rejects.toMatchObject({ issue: { code: 'not_bootstrapped' } });
  });

  it('GIVEN credentials and a bootstrapped account WHEN preflighting (mocked) THEN it returns account and Region', async () => {
    const probe = mockedProbe({ toolkit: () => stack('UPDATE_COMPLETE') });
    await expect(preflightAws({ region: 'sa-east-1' }, probe)).resolves.toEqual({ account: '123456789012', region: 'sa-east-1', arn: IDENTITY.Arn });
    expect(probe.calls).toEqual(['sts', 'cfn:CDKToolkit']);
  });
});
