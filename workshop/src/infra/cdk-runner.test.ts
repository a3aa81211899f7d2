import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { afterAll, describe, expect, it } from 'vitest';
import type { AwsProbe } from './aws-preflight.js';
import { deployLab, destroyLab, synthLab, type CdkProcessOptions } from './cdk-runner.js';

const FIXTURE = fileURLToPath(new URL('./test-fixtures/sample-lab', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cdk-runner-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fake repository root holding a copy of the fixture lab (so nothing is written into the real repo). */
function fakeRepo(name: string, consumerSource?: string): { repoRoot: string; labDir: string } {
  const repoRoot = join(scratch, name);
  const labDir = join(repoRoot, 'labs', 'sample-lab');
  mkdirSync(join(repoRoot, 'labs'), { recursive: true });
  cpSync(FIXTURE, labDir, { recursive: true });
  // the copy's relative imports of the kit would break here: re-export the real fixture's modules instead
  writeFileSync(join(labDir, 'consumer.ts'), consumerSource ?? `export { consumer } from ${JSON.stringify(join(FIXTURE, 'consumer.ts'))};\n`);
  writeFileSync(join(labDir, 'alarm.ts'), `export { alarm } from ${JSON.stringify(join(FIXTURE, 'alarm.ts'))};\n`);
  return { repoRoot, labDir: 'labs/sample-lab' };
}

function recordingCdk(exitCode = 0) {
  const runs: { args: readonly string[]; options: CdkProcessOptions }[] = [];
  return { runs, runCdk: async (args: readonly string[], options: CdkProcessOptions) => { runs.push({ args, options }); return exitCode; } };
}

const mockedAws = (fail?: 'credentials' | 'bootstrap'): AwsProbe => ({
  region: async (t) => t.region ?? 'us-east-1',
  callerIdentity: async () => {
    if (fail === 'credentials') throw Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    return { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/l', $metadata: {} } as GetCallerIdentityCommandOutput;
  },
  describeStack: async () => {
    if (fail === 'bootstrap') throw Object.assign(new Error('Stack with id CDKToolkit does not exist'), { name: 'ValidationError' });
    return { Stacks: [{ StackName: 'CDKToolkit', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date() }], $metadata: {} };
  },
});

describe('deployLab / destroyLab (AWS mocked, CDK CLI replaced by a recorder)', () => {
  it('GIVEN no credentials WHEN deploying (mocked) THEN missing_credentials and the CDK CLI never starts', async () => {
    const cdk = recordingCdk();
    await expect(deployLab({ ...fakeRepo('no-creds') }, { probe: mockedAws('credentials'), runCdk: cdk.runCdk })).rejects.toMatchObject({ issue: { code: 'missing_credentials' } });
    expect(cdk.runs).toEqual([]);
  });

  it('GIVEN an account without bootstrap WHEN deploying (mocked) THEN not_bootstrapped and the CDK CLI never starts', async () => {
    const cdk = recordingCdk();
    await expect(deployLab({ ...fakeRepo('no-bootstrap'), region: 'eu-west-1' }, { probe: mockedAws('bootstrap'), runCdk: cdk.runCdk }))
      .rejects.toMatchObject({ issue: { code: 'not_bootstrapped', region: 'eu-west-1', account: '123456789012' } });
    expect(cdk.runs).toEqual([]);
  });

  it('GIVEN credentials and bootstrap WHEN deploying (mocked) THEN cdk deploy runs without prompts, offline-safe env, and outputs are returned', async () => {
    const repo = fakeRepo('deploy-ok');
    const cdk = recordingCdk();
    const outputDir = join(repo.repoRoot, 'cdk.out', 'sample-lab');
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(join(outputDir, 'outputs.json'), JSON.stringify({ 'IteratorAgeWorkshop-sample-lab': { SourceTableName: 'src-123', FunctionName: 'fn-123' } }));
    const result = await deployLab({ ...repo, profile: 'workshop', region: 'sa-east-1', context: { alarmEmail: 'a@example.com' } }, { probe: mockedAws(), runCdk: cdk.runCdk });
    expect(result.outputs).toEqual({ SourceTableName: 'src-123', FunctionName: 'fn-123' });
    const [run] = cdk.runs;
    expect(run?.args.slice(0, 4)).toEqual(['deploy', 'IteratorAgeWorkshop-sample-lab', '--require-approval', 'never']);
    expect(run?.args.join(' ')).toContain(`--outputs-file ${join(outputDir, 'outputs.json')}`);
    expect(run?.args.join(' ')).toContain('-c lab=labs/sample-lab -c alarmEmail=a@example.com --profile workshop');
    expect(run?.options.env).toMatchObject({ AWS_REGION: 'sa-east-1', CDK_DISABLE_VERSION_CHECK: 'true', CDK_DISABLE_CLI_TELEMETRY: 'true' });
    expect(run?.options.cwd).toBe(repo.repoRoot);
  });

  it('GIVEN a lab with broken settings and a previous assembly WHEN destroying (mocked) THEN cdk destroy --force reuses the assembly', async () => {
    const repo = fakeRepo('destroy', 'export const consumer = { startingPosition: "LATEST", batchSize: 0 };\n');
    const assembly = join(repo.repoRoot, 'cdk.out', 'sample-lab');
    mkdirSync(assembly, { recursive: true });
    writeFileSync(join(assembly, 'manifest.json'), '{}');
    const cdk = recordingCdk();
    await destroyLab(repo, { probe: mockedAws(), runCdk: cdk.runCdk });
    expect(cdk.runs[0]?.args).toEqual(['destroy', 'IteratorAgeWorkshop-sample-lab', '--force', '--app', assembly]);
  });

  it('GIVEN the CDK CLI fails WHEN deploying (mocked) THEN command_failed carries its exit code', async () => {
    const cdk = recordingCdk(3);
    await expect(deployLab(fakeRepo('cdk-fails'), { probe: mockedAws(), runCdk: cdk.runCdk })).rejects.toMatchObject({ issue: { code: 'command_failed', command: 'cdk deploy', exitCode: 3 } });
  });
});

describe('synthLab input checks (CDK CLI replaced by a recorder)', () => {
  it('GIVEN batchSize 20,000 WHEN synthesizing THEN out_of_range before the CLI starts, and no cdk.out is written', async () => {
    const repo = fakeRepo('bad-settings', 'export const consumer = { startingPosition: "LATEST", batchSize: 20000 };\n');
    const cdk = recordingCdk();
    await expect(synthLab(repo, { runCdk: cdk.runCdk })).rejects.toMatchObject({ issue: { code: 'out_of_range', field: 'batchSize', got: 20_000, max: 10_000 } });
    expect(cdk.runs).toEqual([]);
    expect(existsSync(join(repo.repoRoot, 'cdk.out'))).toBe(false);
  });

  it('GIVEN a valid lab WHEN synthesizing THEN cdk synth gets the lab as context, its own output folder and IMDS off', async () => {
    const repo = fakeRepo('synth-args');
    const cdk = recordingCdk();
    const result = await synthLab(repo, { runCdk: cdk.runCdk });
    expect(cdk.runs[0]?.args).toEqual(['synth', 'IteratorAgeWorkshop-sample-lab', '--quiet', '--output', join(repo.repoRoot, 'cdk.out', 'sample-lab'), '-c', 'lab=labs/sample-lab']);
    expect(cdk.runs[0]?.options.env).toMatchObject({ AWS_EC2_METADATA_DISABLED: 'true', CDK_DISABLE_VERSION_CHECK: 'true' });
    expect(result.templatePath).toBe(join(repo.repoRoot, 'cdk.out', 'sample-lab', 'IteratorAgeWorkshop-sample-lab.template.json'));
  });
});
