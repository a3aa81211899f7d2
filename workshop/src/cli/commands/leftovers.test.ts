import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../errors/format-issue.js';
import { isWorkshopError } from '../../errors/workshop-error.js';
import type { Language } from '../../i18n/language.js';
import { mockedLeftoverClients, type MockedAws } from '../../testing/mocked-leftover-clients.js';
import type { CliContext } from '../cli-context.js';
import { makeRegisterLeftovers } from './leftovers.js';

const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
// A repository with one deployable lab folder, so the stack's fix can point at it: lab 03 inherits its
// consumer and handler from lab 01's reference.
const repo = mkdtempSync(join(tmpdir(), 'leftovers-repo-'));
for (const dir of ['labs/03-observe-iteratorage', 'solutions/01-deploy-consumer']) mkdirSync(join(repo, dir), { recursive: true });
for (const file of ['consumer.ts', 'handler.ts']) writeFileSync(join(repo, 'solutions', '01-deploy-consumer', file), '');
const emptyHome = mkdtempSync(join(tmpdir(), 'leftovers-home-'));
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(emptyHome, { recursive: true, force: true });
});
afterEach(() => {
  process.exitCode = undefined;
});

async function leftovers(aws: MockedAws, language: Language, ...args: string[]) {
  const out: string[] = [];
  const ctx: CliContext = { language, out: (t) => out.push(t), err: () => undefined, isTty: false, env: { AWS_REGION: 'us-east-1' }, repoRoot: repo };
  const mocked = mockedLeftoverClients(aws);
  const regions: (string | undefined)[] = [];
  const program = new Command().exitOverride();
  makeRegisterLeftovers({ clients: () => mocked.clients, region: async (o) => (regions.push(o.region), o.region) })(program, ctx);
  const error: unknown = await program.parseAsync(['leftovers', ...args], { from: 'user' }).then(() => undefined, (e: unknown) => e);
  const exitCode = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { output: out.join('\n'), exitCode, error, regions };
}

const stackArn = 'arn:aws:cloudformation:us-east-1:111122223333:stack/IteratorAgeWorkshop-03-observe-iteratorage/1a2b';
const LEFTOVERS: MockedAws = {
  tagged: [[
    { ResourceARN: 'arn:aws:dynamodb:us-east-1:111122223333:table/IteratorAgeWorkshop-01-SourceTable-X1', Tags: [{ Key: 'workshop', Value: 'iteratorage' }, { Key: 'lab', Value: '01-deploy-consumer' }] },
    { ResourceARN: stackArn, Tags: [{ Key: 'workshop', Value: 'iteratorage' }, { Key: 'lab', Value: '03-observe-iteratorage' }] },
  ]],
  stacks: [[{ StackName: 'IteratorAgeWorkshop-03-observe-iteratorage', StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date(0) }]],
  logGroups: [[{ logGroupName: '/aws/lambda/IteratorAgeWorkshop-02-Consumer-Y2' }]],
};

describe('workshop leftovers (mocked Tagging API, CloudFormation and CloudWatch Logs)', () => {
  it('GIVEN a clean Region WHEN scanned in English THEN one "nothing left" line and exit 0', async () => {
    const run = await leftovers({}, 'en', '--region', 'sa-east-1');
    expect(run.output).toBe('✔ Nothing left in sa-east-1: no resource tagged workshop=iteratorage, no IteratorAgeWorkshop-* stack, no workshop log group.');
    expect(run.exitCode).toBe(0);
    expect(run.regions).toEqual(['sa-east-1']);
  });

  it('GIVEN a clean Region WHEN scanned in pt-BR THEN the "nada sobrou" line and exit 0', async () => {
    const run = await leftovers({}, 'pt-BR');
    expect(run.output).toBe('✔ Nada sobrou em us-east-1: nenhum recurso com a tag workshop=iteratorage, nenhuma pilha IteratorAgeWorkshop-*, nenhum grupo de logs da oficina.');
    expect(run.exitCode).toBe(0);
  });

  it('GIVEN a leftover stack, a tagged table and a retained log group WHEN scanned THEN each is listed with its fix and exit 1', async () => {
    const run = await leftovers(LEFTOVERS, 'en', '--profile', 'dev');
    expect(run.output).toBe([
      'What the workshop left in us-east-1:',
      '✖ Stack IteratorAgeWorkshop-03-observe-iteratorage (UPDATE_COMPLETE), with 1 tagged resource(s) it created',
      '    → npx workshop destroy labs/03-observe-iteratorage --region us-east-1 --profile dev',
      '✖ Log group /aws/lambda/IteratorAgeWorkshop-02-Consumer-Y2',
      '    → aws logs delete-log-group --log-group-name /aws/lambda/IteratorAgeWorkshop-02-Consumer-Y2 --region us-east-1 --profile dev',
      '✖ DynamoDB table IteratorAgeWorkshop-01-SourceTable-X1 (lab 01-deploy-consumer)',
      '    → aws dynamodb delete-table --table-name IteratorAgeWorkshop-01-SourceTable-X1 --region us-east-1 --profile dev',
      '3 leftover(s). Run the commands above, then "npx workshop leftovers" again until it says nothing is left.',
      'Note: the tagging API can keep listing a resource for a while after it is deleted. If a command above answers that the resource does not exist, it is already gone.',
    ].join('\n'));
    expect(run.exitCode).toBe(1);
  });

  it('GIVEN the same leftovers in pt-BR WHEN scanned THEN the lines are in Portuguese and the commands unchanged', async () => {
    const run = await leftovers(LEFTOVERS, 'pt-BR');
    expect(run.output).toContain('O que a oficina deixou em us-east-1:');
    expect(run.output).toContain('✖ Tabela DynamoDB IteratorAgeWorkshop-01-SourceTable-X1 (lab 01-deploy-consumer)');
    expect(run.output).toContain('✖ Grupo de logs /aws/lambda/IteratorAgeWorkshop-02-Consumer-Y2');
    expect(run.output).toContain('    → npx workshop destroy labs/03-observe-iteratorage --region us-east-1');
    expect(run.output).toContain('3 sobra(s).');
    expect(run.exitCode).toBe(1);
  });

  it('GIVEN a stack with no lab folder in this repository WHEN scanned THEN the fix is the CloudFormation delete-stack command', async () => {
    const run = await leftovers({ stacks: [[{ StackName: 'IteratorAgeWorkshop-99-gone', StackStatus: 'ROLLBACK_COMPLETE', CreationTime: new Date(0) }]] }, 'en');
    expect(run.output).toContain('    → aws cloudformation delete-stack --stack-name IteratorAgeWorkshop-99-gone --region us-east-1');
    expect(run.exitCode).toBe(1);
  });

  it('GIVEN the SDK finds no credentials for --profile dev WHEN scanned THEN missing_credentials names the profile, nothing is printed', async () => {
    const fail = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    const run = await leftovers({ fail }, 'en', '--profile', 'dev');
    expect(isWorkshopError(run.error) && run.error.issue).toEqual({ code: 'missing_credentials', profile: 'dev' });
    expect(isWorkshopError(run.error) && formatIssue(run.error.issue, 'pt-BR').message).toBe('Nenhuma credencial AWS foi encontrada para o perfil "dev".');
    expect(run.output).toBe('');
  });
});

describe('workshop leftovers and the instance metadata service (mocked clients)', () => {
  const seenDuringScan = async () => {
    let seen: string | undefined = 'not called';
    const ctx: CliContext = { language: 'en', out: () => undefined, err: () => undefined, isTty: false, env: {}, repoRoot: repo };
    const program = new Command().exitOverride();
    makeRegisterLeftovers({
      clients: () => mockedLeftoverClients({}).clients,
      region: async () => ((seen = process.env['AWS_EC2_METADATA_DISABLED']), 'us-east-1'),
    })(program, ctx);
    await program.parseAsync(['leftovers'], { from: 'user' });
    return seen;
  };
  const before = process.env['AWS_EC2_METADATA_DISABLED'];
  afterEach(() => {
    if (before === undefined) delete process.env['AWS_EC2_METADATA_DISABLED'];
    else process.env['AWS_EC2_METADATA_DISABLED'] = before;
  });

  it('GIVEN AWS_EC2_METADATA_DISABLED unset WHEN scanning THEN it is "true" during the SDK calls and unset again afterwards', async () => {
    delete process.env['AWS_EC2_METADATA_DISABLED'];
    expect(await seenDuringScan()).toBe('true');
    expect(process.env['AWS_EC2_METADATA_DISABLED']).toBeUndefined();
  });

  it('GIVEN the learner set AWS_EC2_METADATA_DISABLED=false (EC2 instance role) WHEN scanning THEN their choice is kept', async () => {
    process.env['AWS_EC2_METADATA_DISABLED'] = 'false';
    expect(await seenDuringScan()).toBe('false');
  });
});

describe('npx workshop leftovers (real subprocess and SDK, no credentials, no network)', () => {
  it('GIVEN no AWS credentials anywhere WHEN run THEN the missing_credentials message and hint, no stack trace, exit 1 (no timing asserted: the metadata lookup is tested above)', () => {
    const env = { PATH: process.env['PATH'], HOME: emptyHome, LANG: 'en_US.UTF-8', NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' };
    const started = Date.now();
    const run = spawnSync('npx', ['--no-install', 'workshop', 'leftovers', '--region', 'us-east-1'], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    console.info(`leftovers without credentials took ${seconds.toFixed(1)} s`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✖ No AWS credentials were found.');
    expect(run.stderr).toContain('Hint: Run "aws configure" or "aws sso login", or pass --profile.');
    expect(run.stderr).not.toContain('local target'); // leftovers has none to offer
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });
});
