import { relative } from 'node:path';
import { Command } from 'commander';
import { WorkshopError } from '../../errors/workshop-error.js';
import { translator } from '../../i18n/bilingual.js';
import { resolveLabFolder } from '../../labs/node/lab-folder.js';
import type { RedriveFailure } from '../../redrive/redrive-contract.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import type { CliContext } from '../cli-context.js';
import { parseLabTarget, refuseOptionsForOtherTarget } from '../lab-target.js';
import type { RedriveAwsDeps, RedriveAwsOptions } from '../redrive-aws.js';
import type { RegisterCommand } from './index.js';

/** The lab whose on-failure queue `redrive` drains. */
export const REDRIVE_LAB = '09';

interface RedriveOptions extends RedriveAwsOptions {
  readonly target?: string;
  readonly solution?: boolean;
  readonly after?: string;
}

/**
 * Builds `workshop redrive`: on AWS, drains the deployed lab 09 stack's on-failure queue through the learner's
 * redrive.ts; locally, it is `run 09` (the engine's on-failure queue and retained stream, in virtual time).
 */
export function makeRegisterRedrive(deps: RedriveAwsDeps, registerLocalRun: () => Promise<RegisterCommand>): RegisterCommand {
  return (program, ctx) => {
    const t = translator(ctx.language);
    program
      .command('redrive')
      .description(t("Lab 09: read the stream again for each message of the on-failure queue and reprocess its records with your redrive.ts (local: as `run 09`; aws: the deployed stack's SQS queue).",
        'Lab 09: lê o stream de novo para cada mensagem da fila de falhas e reprocessa os registros com o seu redrive.ts (local: como o `run 09`; aws: a fila SQS da pilha implantada).'))
      .option('--target <target>', t('local (default: the engine, as `run 09`) or aws (the deployed lab 09 stack)', 'local (padrão: o motor, como o `run 09`) ou aws (a pilha do lab 09 implantada)'))
      .option('--solution', t('use the reference solution\'s redrive.ts instead of yours', 'usa o redrive.ts da solução de referência em vez do seu'))
      .option('--after <duration>', t('local: start the redrive this long after the run ended, as `run 09 --after` (e.g. 25h: past the stream\'s 24 h retention)', 'local: inicia o redrive este tempo depois do fim da execução, como o `run 09 --after` (ex.: 25h: além da retenção de 24 h do stream)'))
      .option('-y, --yes', t('aws: do not ask for confirmation before deleting the messages redriven', 'aws: não pede confirmação antes de apagar as mensagens reprocessadas'))
      .addOption(awsRegionOption(ctx, 'aws-target'))
      .addOption(awsProfileOption(ctx, 'aws-target'))
      .action(async (options: RedriveOptions) => {
        const target = parseLabTarget(options.target);
        refuseOptionsForOtherTarget(target, { local: { '--after': options.after }, aws: { '--yes': options.yes, '--region': options.region, '--profile': options.profile } });
        const variant = options.solution ? 'solution' : 'starter';
        if (target === 'local') return runLocally(ctx, await registerLocalRun(), [...(options.solution ? ['--solution'] : []), ...(options.after === undefined ? [] : ['--after', options.after])]);
        const folder = resolveLabFolder(ctx.repoRoot, REDRIVE_LAB, variant);
        const [{ loadLab }, { stackNameFor }, { redriveOnAws }] = await Promise.all([
          import('../../labs/node/lab-loader.js'), import('../../infra/lab-definition.js'), import('../redrive-aws.js'),
        ]);
        // Both through the lab loader, before any AWS call: a redrive.ts that does not load stops here.
        const { exports, sources } = await loadLab(ctx.repoRoot, REDRIVE_LAB, { variant });
        const redriveFailure = (exports as { readonly redriveFailure?: unknown }).redriveFailure;
        const redriveFile = relative(ctx.repoRoot, sources.find((s) => s.path.endsWith('redrive.ts'))?.path ?? `${folder.dir}/redrive.ts`);
        if (typeof redriveFailure !== 'function') {
          throw new WorkshopError({ code: 'lab_module_invalid', lab: folder.slug, file: redriveFile, detail: 'it must export `redriveFailure: RedriveFailure` (a function)' });
        }
        if (exports.createHandler === undefined) throw new WorkshopError({ code: 'lab_file_missing', lab: folder.slug, file: 'handler.ts' });
        await redriveOnAws(ctx, deps, {
          id: folder.id, stackName: stackNameFor(folder.slug), redriveFile, redriveFailure: redriveFailure as RedriveFailure, createHandler: exports.createHandler,
        }, options);
      });
  };
}

/** The local redrive is `run 09`'s: the same command, with the same options, in a program of its own. */
async function runLocally(ctx: CliContext, registerRun: RegisterCommand, flags: readonly string[]): Promise<void> {
  const run = new Command('workshop').exitOverride();
  registerRun(run, ctx);
  await run.parseAsync(['run', REDRIVE_LAB, ...flags], { from: 'user' });
}

/** `workshop redrive` on the real AWS SDK clients, loaded only by `--target aws`. */
export const registerRedrive: RegisterCommand = makeRegisterRedrive({
  cloudFormation: async (options) => new (await import('@aws-sdk/client-cloudformation')).CloudFormationClient(options),
  sqs: async (options) => new (await import('@aws-sdk/client-sqs')).SQSClient(options),
  streams: async (options) => new (await import('@aws-sdk/client-dynamodb-streams')).DynamoDBStreamsClient(options),
  dynamo: async (options) => new (await import('@aws-sdk/client-dynamodb')).DynamoDBClient(options),
  defaultRegion: async (options) => {
    try {
      return await new (await import('@aws-sdk/client-sqs')).SQSClient(options.profile === undefined ? {} : { profile: options.profile }).config.region();
    } catch {
      return undefined;
    }
  },
  confirm: async (question) => (await import('../confirm-prompt.js')).askOnTerminal(question),
}, async () => (await import('./run.js')).registerRun);
