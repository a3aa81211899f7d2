import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveAlarmSettings } from '../settings/alarm-settings.js';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { preflightAws, type AwsAccess, type AwsProbe } from './aws-preflight.js';
import { loadLabDefinition, type LabDefinition } from './lab-definition.js';

/** What `synthLab`, `deployLab` and `destroyLab` need: a lab folder and, for AWS, a profile and Region. */
export interface LabRunOptions {
  /** Repository root: where cdk.json and node_modules are. */
  readonly repoRoot: string;
  /** The lab folder, absolute or relative to `repoRoot` (e.g. `labs/01-deploy-consumer`). */
  readonly labDir: string;
  /** AWS profile (`--profile`). @default - the SDK's choice: AWS_PROFILE, then default */
  readonly profile?: string;
  /** AWS Region; passed to the app as AWS_REGION (the CDK CLI overwrites CDK_DEFAULT_REGION). @default - AWS_REGION / profile */
  readonly region?: string;
  /** Cloud assembly folder. @default `cdk.out/<slug>` under `repoRoot` */
  readonly output?: string;
  /** Extra CDK context, passed as `-c key=value` (e.g. `alarmEmail`). @default - none */
  readonly context?: Readonly<Record<string, string>>;
  /** Receives the CDK CLI's output. @default - written to this process's stderr */
  readonly onOutput?: (chunk: string) => void;
  /** Environment the CLI starts from. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Test seams: the AWS probe (mocked in tests) and how the CDK CLI is started. */
export interface CdkRunnerDeps {
  readonly probe?: AwsProbe;
  readonly runCdk?: (args: readonly string[], options: CdkProcessOptions) => Promise<number>;
}

export interface CdkProcessOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly onOutput: (chunk: string) => void;
}

export interface SynthResult {
  readonly stackName: string;
  readonly outputDir: string;
  /** The CloudFormation template CDK wrote. */
  readonly templatePath: string;
  readonly durationMs: number;
}

export interface DeployResult {
  readonly stackName: string;
  readonly access: AwsAccess;
  /** Stack outputs by name (see `LAB_OUTPUTS`): table, function and dashboard names. */
  readonly outputs: Readonly<Record<string, string>>;
  readonly durationMs: number;
}

export interface DestroyResult {
  readonly stackName: string;
  readonly access: AwsAccess;
  readonly durationMs: number;
}

/** Synthesizes a lab's stack, offline and without credentials. Settings are checked first, with the learner's words. */
export async function synthLab(options: LabRunOptions, deps: CdkRunnerDeps = {}): Promise<SynthResult> {
  const started = Date.now();
  const lab = await loadCheckedLab(options);
  const outputDir = outputDirFor(options, lab);
  const args = ['synth', lab.stackName, '--quiet', ...commonArgs(options, lab, outputDir)];
  await runOrThrow('cdk synth', args, options, { AWS_EC2_METADATA_DISABLED: 'true' }, deps);
  return { stackName: lab.stackName, outputDir, templatePath: join(outputDir, `${lab.stackName}.template.json`), durationMs: Date.now() - started };
}

/** Deploys a lab's stack after checking credentials and bootstrap; resolves with the stack outputs. */
export async function deployLab(options: LabRunOptions, deps: CdkRunnerDeps = {}): Promise<DeployResult> {
  const started = Date.now();
  const lab = await loadCheckedLab(options);
  const access = await preflightAws(awsTarget(options), deps.probe);
  const outputDir = outputDirFor(options, lab);
  const outputsFile = join(outputDir, 'outputs.json');
  const args = ['deploy', lab.stackName, '--require-approval', 'never', '--progress', 'events', '--outputs-file', outputsFile, ...commonArgs(options, lab, outputDir)];
  await runOrThrow('cdk deploy', args, options, { AWS_REGION: access.region }, deps);
  return { stackName: lab.stackName, access, outputs: readOutputs(outputsFile, lab.stackName), durationMs: Date.now() - started };
}

/**
 * Deletes a lab's stack (tables, function, alarm, dashboard) after checking credentials and bootstrap.
 * Reuses the cloud assembly of the last synth/deploy when there is one, so a lab with broken settings can still be removed.
 */
export async function destroyLab(options: LabRunOptions, deps: CdkRunnerDeps = {}): Promise<DestroyResult> {
  const started = Date.now();
  const lab = await loadLabDefinition(absoluteLabDir(options));
  const access = await preflightAws(awsTarget(options), deps.probe);
  const outputDir = outputDirFor(options, lab);
  const assembly = existsSync(join(outputDir, 'manifest.json')) ? ['--app', outputDir, ...profileArgs(options)] : commonArgs(options, lab, outputDir);
  await runOrThrow('cdk destroy', ['destroy', lab.stackName, '--force', ...assembly], options, { AWS_REGION: access.region }, deps);
  return { stackName: lab.stackName, access, durationMs: Date.now() - started };
}

/** The CDK CLI installed with the repository (never a download). */
export function cdkCliPath(repoRoot: string): string {
  return join(repoRoot, 'node_modules', 'aws-cdk', 'bin', 'cdk');
}

async function loadCheckedLab(options: LabRunOptions): Promise<LabDefinition> {
  const lab = await loadLabDefinition(absoluteLabDir(options));
  resolveConsumerSettings(lab.consumer);
  if (lab.alarm !== undefined) resolveAlarmSettings(lab.alarm);
  return lab;
}

const absoluteLabDir = (o: LabRunOptions): string => (isAbsolute(o.labDir) ? o.labDir : resolve(o.repoRoot, o.labDir));
const outputDirFor = (o: LabRunOptions, lab: LabDefinition): string => resolve(o.repoRoot, o.output ?? join('cdk.out', lab.slug));
const awsTarget = (o: LabRunOptions) => ({ ...(o.profile === undefined ? {} : { profile: o.profile }), ...(o.region === undefined ? {} : { region: o.region }) });

function commonArgs(options: LabRunOptions, lab: LabDefinition, outputDir: string): string[] {
  const context = { lab: relative(options.repoRoot, lab.dir) || '.', ...options.context };
  return [
    '--output', outputDir,
    ...Object.entries(context).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    ...profileArgs(options),
  ];
}

const profileArgs = (o: LabRunOptions): string[] => (o.profile === undefined ? [] : ['--profile', o.profile]);

async function runOrThrow(label: string, args: readonly string[], options: LabRunOptions, extraEnv: Record<string, string>, deps: CdkRunnerDeps): Promise<void> {
  const cli = cdkCliPath(options.repoRoot);
  if (deps.runCdk === undefined && !existsSync(cli)) throw new WorkshopError({ code: 'package_missing', packageName: 'aws-cdk' });
  const env = {
    ...(options.env ?? process.env),
    ...(options.region === undefined ? {} : { AWS_REGION: options.region }),
    ...extraEnv,
    // No CDK network calls besides the deployment itself: no version check, no notices (cdk.json), no telemetry.
    CDK_DISABLE_VERSION_CHECK: 'true',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
  };
  const onOutput = options.onOutput ?? ((chunk: string) => process.stderr.write(chunk));
  const exitCode = await (deps.runCdk ?? spawnCdk(cli))(args, { cwd: options.repoRoot, env, onOutput });
  if (exitCode !== 0) throw new WorkshopError({ code: 'command_failed', command: label, exitCode });
}

function spawnCdk(cli: string) {
  return (args: readonly string[], options: CdkProcessOptions): Promise<number> =>
    new Promise((resolveExit, reject) => {
      const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.setEncoding('utf8').on('data', options.onOutput);
      child.stderr.setEncoding('utf8').on('data', options.onOutput);
      child.on('error', reject);
      child.on('close', (code) => resolveExit(code ?? 1));
    });
}

function readOutputs(file: string, stackName: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;
  return all[stackName] ?? {};
}
