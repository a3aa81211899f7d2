import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AwsProbe } from '../infra/aws-preflight.js';
import { checkAws, checkInstall, checkNode, satisfies } from './doctor-checks.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const probe = (state: 'none' | 'no-bootstrap' | 'ready', region: string | null = 'eu-west-1'): AwsProbe => ({
  region: async (t) => t.region ?? region ?? undefined,
  callerIdentity: async () => {
    if (state === 'none') throw Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    return { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/l', $metadata: {} } as GetCallerIdentityCommandOutput;
  },
  describeStack: async () => {
    if (state === 'no-bootstrap') throw Object.assign(new Error('Stack with id CDKToolkit does not exist'), { name: 'ValidationError' });
    return { Stacks: [{ StackName: 'CDKToolkit', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date() }], $metadata: {} };
  },
});

describe('doctor checks', () => {
  it.each([
    ['v20.19.0', true], ['v20.18.9', false], ['v24.11.0', true], ['v25.0.0', false], ['v18.20.0', false],
  ] as const)('GIVEN Node %s and engines ">=20.19 <25" WHEN compared THEN fits = %s', (version, fits) => {
    expect(satisfies(version, '>=20.19 <25')).toBe(fits);
  });

  it('GIVEN Node 18 WHEN checking this repository THEN ✖ with the install fix', () => {
    const line = checkNode(REPO_ROOT, 'v18.20.0', 'en');
    expect(line.status).toBe('fail');
    expect(line.text).toContain('Fix: install a Node.js LTS within that range, preferably 22 or 24');
  });

  it('GIVEN this repository WHEN checking the install THEN ✔ (node_modules and the key packages are there)', () => {
    expect(checkInstall(REPO_ROOT, 'en').status).toBe('ok');
  });

  it('GIVEN a folder without node_modules WHEN checking the install THEN ✖ "npm ci"', () => {
    const line = checkInstall(fileURLToPath(new URL('.', import.meta.url)), 'pt-BR');
    expect(line).toEqual({ status: 'fail', text: expect.stringContaining('rode "npm ci"') });
  });

  it('GIVEN no credentials (mocked STS) WHEN checking AWS THEN – lines saying the local target does not need them', async () => {
    const lines = await checkAws({}, probe('none', null), 'en');
    expect(lines.map((l) => l.status)).toEqual(['skip', 'skip', 'skip']);
    expect(lines[1]?.text).toContain('not needed for the local target');
  });

  it('GIVEN credentials but no bootstrap (mocked STS/CloudFormation) WHEN checking AWS THEN ✖ with the exact bootstrap command', async () => {
    const lines = await checkAws({}, probe('no-bootstrap'), 'en');
    expect(lines.map((l) => l.status)).toEqual(['ok', 'ok', 'fail']);
    expect(lines[2]?.text).toContain('npx cdk bootstrap -c lab=labs/01-deploy-consumer aws://123456789012/eu-west-1');
  });

  it('GIVEN credentials and bootstrap (mocked) WHEN checking AWS THEN three ✔ lines', async () => {
    const lines = await checkAws({ region: 'sa-east-1' }, probe('ready'), 'pt-BR');
    expect(lines.map((l) => l.status)).toEqual(['ok', 'ok', 'ok']);
    expect(lines[2]?.text).toBe('Bootstrap do CDK: pronto em sa-east-1');
  });
});
