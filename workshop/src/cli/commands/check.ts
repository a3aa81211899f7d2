import { relative } from 'node:path';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { WorkshopError } from '../../errors/workshop-error.js';
import { parseDuration } from '../../settings/duration.js';
import { labEntry } from '../../labs/core/lab-catalog.js';
import { resolveLabFolder } from '../../labs/node/lab-folder.js';
import { markPassed, progressPath } from '../../labs/node/progress-store.js';
import { formatIssue } from '../../errors/format-issue.js';
import { sdkClientOptions, type SdkClientOptions } from '../aws-client-options.js';
import { checkReportLines } from '../check-report-text.js';
import { say, type CliContext } from '../cli-context.js';
import type { RegisterCommand } from './index.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { parseLabTarget, refuseOptionsForOtherTarget } from '../lab-target.js';
import { translator } from '../../i18n/bilingual.js';

interface CheckOptions {
  readonly solution?: boolean;
  readonly target?: string;
  readonly function?: string;
  readonly since?: string;
  readonly region?: string;
  readonly profile?: string;
}

/** The AWS side of `check --target aws`; tests pass mocked clients (the real ones are imported when used). */
export interface CheckDeps {
  readonly cloudWatch: (options: SdkClientOptions) => Pick<CloudWatchClient, 'send'> | Promise<Pick<CloudWatchClient, 'send'>>;
  readonly lambda: (options: SdkClientOptions) => Pick<LambdaClient, 'send'> | Promise<Pick<LambdaClient, 'send'>>;
  /** Only for a lab that reads its on-failure queue (lab 09). */
  readonly sqs?: (options: SdkClientOptions) => Pick<SQSClient, 'send'> | Promise<Pick<SQSClient, 'send'>>;
  /** Only for a lab that counts the stream's open shards (lab 08: DescribeStream). */
  readonly streams?: (options: SdkClientOptions) => Pick<DynamoDBStreamsClient, 'send'> | Promise<Pick<DynamoDBStreamsClient, 'send'>>;
  readonly now: () => Date;
}

/** Builds `workshop check <NN>` on the given AWS clients (the real ones by default, see {@link registerCheck}). */
export function makeRegisterCheck(deps: CheckDeps): RegisterCommand {
  return (program, ctx) => {
    const t = translator(ctx.language);
    program
      .command('check')
      .description(t("Check a lab: says which expectation failed and gives a hint; records your progress.", 'Verifica um lab: diz qual expectativa falhou e dá uma dica; registra o seu progresso.'))
      .argument('<lab>', t('lab number or name (e.g. 03)', 'número ou nome do lab (ex.: 03)'))
      .option('--solution', t('check the reference solution instead of your lab', 'verifica a solução de referência em vez do seu lab'))
      .option('--target <target>', t('local (the engine, default) or aws (CloudWatch and the deployed mapping)', 'local (o motor, padrão) ou aws (CloudWatch e o mapping implantado)'))
      .option('--function <name>', t('aws: the consumer function (deploy prints it)', 'aws: a função consumidora (o deploy mostra o nome)'))
      .option('--since <time>', t('aws: how far back to read metrics, e.g. 1h (default: 30m)', 'aws: até quando voltar nas métricas, ex.: 1h (padrão: 30m)'))
      .addOption(awsRegionOption(ctx, 'aws-target'))
      .addOption(awsProfileOption(ctx, 'aws-target'))
      .action(async (text: string, options: CheckOptions) => {
        const variant = options.solution ? 'solution' : 'starter';
        const target = parseLabTarget(options.target);
        refuseOptionsForOtherTarget(target, {
          local: {},
          aws: { '--function': options.function, '--since': options.since, '--region': options.region, '--profile': options.profile },
        });
        const folder = resolveLabFolder(ctx.repoRoot, text, variant);
        const entry = labEntry(folder.id);
        if (!entry?.check) throw new WorkshopError({ code: 'lab_has_no_check', lab: folder.slug });
        let passed: boolean;
        if (target === 'aws') {
          if (!options.function) throw new WorkshopError({ code: 'missing_setting', field: '--function' });
          const client = sdkClientOptions({ region: options.region, profile: options.profile }, ctx.env);
          const now = deps.now();
          const { runAwsLabCheck } = await import('../../labs/aws/aws-lab-check.js');
          const expectations = await runAwsLabCheck({
            labId: folder.id, functionName: options.function, since: new Date(now.getTime() - parseDuration(options.since ?? '30m', '--since').seconds * 1000), until: now,
            cloudWatch: await deps.cloudWatch(client), lambda: await deps.lambda(client),
            ...(entry.aws?.onFailureQueueEmpty && deps.sqs ? { sqs: await deps.sqs(client) } : {}),
            ...(entry.aws?.reservedConcurrencyCoversLanes && deps.streams ? { streams: await deps.streams(client) } : {}),
          });
          for (const line of checkReportLines(expectations, [], ctx.language)) ctx.out(line);
          passed = expectations.every((e) => e.passed);
        } else {
          ctx.err(t(`Checking ${folder.variant === 'solution' ? 'solutions' : 'labs'}/${folder.slug} on the local engine …`, `Verificando ${folder.variant === 'solution' ? 'solutions' : 'labs'}/${folder.slug} no motor local …`));
          // The learner's code runs in a supervised worker: a hang, an exit or a crash becomes a verdict.
          const [{ superviseJob }, { superviseLimits }] = await Promise.all([import('../../supervise/node-supervisor.js'), import('../../supervise/supervise-limits.js')]);
          const report = await superviseJob({ repoRoot: ctx.repoRoot, labName: folder.slug, job: { command: 'check', lab: text, variant } }, superviseLimits('check', ctx.env));
          for (const line of checkReportLines(report.expectations, report.observations, ctx.language)) ctx.out(line);
          ctx.out(t(`(${(report.elapsedMs / 1000).toFixed(1)} s)`, `(${(report.elapsedMs / 1000).toFixed(1).replace('.', ',')} s)`));
          passed = report.passed;
        }
        if (passed) {
          ctx.out(t(`✔ Lab ${folder.id} passes.`, `✔ Lab ${folder.id} aprovado.`));
          if (variant === 'starter') recordPass(ctx, folder.id, deps.now());
        } else {
          const hint = entry?.hints[ctx.language][0];
          ctx.out(t(`✖ Lab ${folder.id} is not done yet.`, `✖ O lab ${folder.id} ainda não está pronto.`));
          if (hint) ctx.out(t(`Hint: ${hint}`, `Dica: ${hint}`));
          ctx.out(t(`More hints: npx workshop hint ${folder.id}   Compare: npx workshop diff ${folder.id}`, `Mais dicas: npx workshop hint ${folder.id}   Comparar: npx workshop diff ${folder.id}`));
          process.exitCode = 1;
        }
      });
  };
}

/** Notes the pass in .workshop/progress.json; a file that cannot be written is a warning, not a failed check. */
function recordPass(ctx: CliContext, labId: string, now: Date): void {
  try {
    markPassed(ctx.repoRoot, labId, now);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    const { message } = formatIssue({ code: 'file_not_written', path: relative(ctx.repoRoot, progressPath(ctx.repoRoot)), detail }, ctx.language);
    ctx.err(say(ctx, { en: `⚠ ${message} The lab passes, but \`list\` will not show it as done.`, 'pt-BR': `⚠ ${message} O lab foi aprovado, mas o \`list\` não vai mostrá-lo como feito.` }));
  }
}

/** `workshop check` on the real AWS SDK clients, loaded only by `--target aws`. */
export const registerCheck: RegisterCommand = makeRegisterCheck({
  cloudWatch: async (options) => new (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient(options),
  lambda: async (options) => new (await import('@aws-sdk/client-lambda')).LambdaClient(options),
  sqs: async (options) => new (await import('@aws-sdk/client-sqs')).SQSClient(options),
  streams: async (options) => new (await import('@aws-sdk/client-dynamodb-streams')).DynamoDBStreamsClient(options),
  now: () => new Date(),
});
