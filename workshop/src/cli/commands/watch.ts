import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { WorkshopIssue } from '../../errors/workshop-issue.js';
import { parseDuration } from '../../settings/duration.js';
import { checkNumber } from '../../settings/range-check.js';
import { systemClock, type Clock } from '../../load/token-bucket.js';
import { sdkClientOptions, type SdkClientOptions } from '../aws-client-options.js';
import type { RegisterCommand } from './index.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { translator } from '../../i18n/bilingual.js';

interface WatchCommandOptions {
  readonly function?: string;
  readonly since?: string;
  readonly interval?: string;
  readonly threshold?: string;
  readonly once?: boolean;
  readonly region?: string;
  readonly profile?: string;
}

type Watched<Client extends { send: unknown; destroy: unknown }> = Pick<Client, 'send' | 'destroy'>;

/** What the command talks to; tests pass mocked CloudWatch and Lambda clients and a fake clock. */
export interface WatchDeps {
  readonly cloudWatch: (options: SdkClientOptions) => Watched<CloudWatchClient> | Promise<Watched<CloudWatchClient>>;
  readonly lambda: (options: SdkClientOptions) => Watched<LambdaClient> | Promise<Watched<LambdaClient>>;
  readonly clock: Clock;
  /** Wall-clock time, epoch ms. */
  readonly now: () => number;
}

const WINDOW_SECONDS = { min: 60, max: 86_400 };
const INTERVAL_SECONDS = { min: 5, max: 600 };
const CLEAR_SCREEN = '\x1b[2J\x1b[H';

/** Builds `workshop watch` on the given clients (the real ones by default, see {@link registerWatch}). */
export function makeRegisterWatch(deps: WatchDeps): RegisterCommand {
  return (program, ctx) => {
    const t = translator(ctx.language);
    program
      .command('watch')
      .description(t(
        "Chart the consumer's IteratorAge from CloudWatch (1-minute maximum), with its latest invocations, errors and throttles.",
        'Desenha o IteratorAge do consumidor a partir do CloudWatch (máximo por minuto), com as últimas invocações, erros e throttles.',
      ))
      .option('--function <name>', t('consumer Lambda function (deploy prints its name)', 'função Lambda consumidora (o deploy mostra o nome)'))
      .option('--since <time>', t('how far back to show: 30m, 1h, 6h; 1m–24h (default: 1h)', 'quanto tempo para trás mostrar: 30m, 1h, 6h; de 1m a 24h (padrão: 1h)'))
      .option('--interval <time>', t('time between refreshes, 5s–10m (default: 10s)', 'tempo entre atualizações, de 5s a 10m (padrão: 10s)'))
      .option('--threshold <time>', t('draw a dashed line at this age, e.g. 30s (the usual alarm threshold)', 'desenha uma linha tracejada nesta idade, ex.: 30s (o limite usual de alarme)'))
      .option('--once', t('print one frame and exit', 'mostra um quadro e sai'))
      .addOption(awsRegionOption(ctx))
      .addOption(awsProfileOption(ctx))
      .action(async (options: WatchCommandOptions) => {
        if (!options.function) throw new WorkshopError({ code: 'missing_setting', field: '--function' });
        const functionName = options.function;
        const sinceMs = secondsIn(options.since ?? '1h', '--since', WINDOW_SECONDS) * 1000;
        const intervalMs = secondsIn(options.interval ?? '10s', '--interval', INTERVAL_SECONDS) * 1000;
        const thresholdMs = options.threshold === undefined ? undefined : parseDuration(options.threshold, '--threshold').seconds * 1000;

        const clientOptions = { ...sdkClientOptions(options, ctx.env), maxAttempts: 3 };
        const [{ checkFunctionExists }, { readConsumerMetrics }, { renderWatchFrame }] = await Promise.all([
          import('../../observe/function-check.js'), import('../../observe/metric-reader.js'), import('../../observe/watch-frame.js'),
        ]);
        const lambda = await deps.lambda(clientOptions);
        const cloudWatch = await deps.cloudWatch(clientOptions);
        const controller = new AbortController();
        const onSigint = () => controller.abort();
        if (!options.once) process.once('SIGINT', onSigint);
        try {
          await checkFunctionExists(lambda, functionName);
          for (;;) {
            const now = deps.now();
            const metrics = await readConsumerMetrics({ functionName, since: new Date(now - sinceMs), until: new Date(now), client: cloudWatch });
            const frame = renderWatchFrame(metrics, { language: ctx.language, ...(thresholdMs === undefined ? {} : { thresholdMs }) });
            if (options.once) {
              ctx.out(frame);
              return;
            }
            const footer = t(`Refreshing every ${intervalMs / 1000} s · Ctrl-C to stop.`, `Atualiza a cada ${intervalMs / 1000} s · Ctrl-C para sair.`);
            ctx.out(`${ctx.isTty ? CLEAR_SCREEN : ''}${frame}\n${footer}`);
            await deps.clock.sleep(intervalMs, controller.signal);
            if (controller.signal.aborted) return;
          }
        } finally {
          process.removeListener('SIGINT', onSigint);
          lambda.destroy();
          cloudWatch.destroy();
        }
      });
  };
}

function secondsIn(text: string, field: string, range: { readonly min: number; readonly max: number }): number {
  const seconds = parseDuration(text, field).seconds;
  const issues: WorkshopIssue[] = [];
  checkNumber(issues, field, seconds, { ...range, unit: 'seconds' });
  if (issues[0]) throw new WorkshopError(issues[0]);
  return seconds;
}

/** `workshop watch` on the real AWS SDK clients, imported when the command runs. */
export const registerWatch: RegisterCommand = makeRegisterWatch({
  cloudWatch: async (options) => new (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient(options),
  lambda: async (options) => new (await import('@aws-sdk/client-lambda')).LambdaClient(options),
  clock: systemClock,
  now: () => Date.now(),
});
