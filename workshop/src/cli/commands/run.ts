import { relative } from 'node:path';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { WorkshopIssue } from '../../errors/workshop-issue.js';
import { readNumberText } from '../../settings/number-text.js';
import { checkInteger, checkNumber } from '../../settings/range-check.js';
import { formatMilliseconds, parseDuration } from '../../settings/duration.js';
import { renderLineChart } from '../../observe/terminal-chart.js';
import { runSummaryLines } from '../../labs/core/run-summary.js';
import { redriveRunLines } from '../../labs/core/redrive-run-summary.js';
import { labEntry } from '../../labs/core/lab-catalog.js';
import { resolveLabFolder } from '../../labs/node/lab-folder.js';
import type { RunJobValue } from '../../supervise/job-protocol.js';
import { say, type CliContext } from '../cli-context.js';
import type { RegisterCommand } from './index.js';
import { createLongRunProgress } from '../long-run-progress.js';
import type { LabAwsRunOptions, RunDeps } from '../lab-run-aws.js';
import { DEFAULT_MAX_COST } from '../../settings/cost-estimate.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { parseLabTarget, refuseOptionsForOtherTarget } from '../lab-target.js';
import { translator } from '../../i18n/bilingual.js';
import { RUN_HOURS, RUN_MINUTES } from '../../labs/core/run-hours.js';

interface RunOptions extends LabAwsRunOptions {
  readonly target?: string;
  readonly solution?: boolean;
  readonly minutes?: string;
  readonly hours?: string;
  readonly after?: string;
}

/** `run 09 --after`: when the redrive starts after the run, 0 s – 48 h (past 24 h the stream has trimmed the records). */
const RUN_AFTER = { min: 0, max: 48 * 3600, unit: 'seconds' } as const;


/** Builds `workshop run <NN>` (local: the engine draws IteratorAge; aws: deploy, then the lab's load). */
export function makeRegisterRun(deps: RunDeps): RegisterCommand {
  return (program, ctx) => {
    const t = translator(ctx.language);
    program
      .command('run')
      .description(t("Run a lab: locally the engine replays its load with your code and draws IteratorAge; on AWS it deploys the lab and starts its load.",
        'Roda um lab: localmente o motor repete a carga com o seu código e desenha o IteratorAge; na AWS implanta o lab e inicia a carga.'))
      .argument('<lab>', t('lab number or name (e.g. 03)', 'número ou nome do lab (ex.: 03)'))
      .option('--target <target>', t('local (default, no AWS account needed) or aws', 'local (padrão, sem conta AWS) ou aws'))
      .option('--solution', t('run the reference solution instead of your lab', 'roda a solução de referência em vez do seu lab'))
      .option('--minutes <n>', t(`local: simulated minutes (${RUN_MINUTES.min}–${RUN_MINUTES.max}; default: the lab's own, a few minutes)`, `local: minutos simulados (${RUN_MINUTES.min}–${RUN_MINUTES.max}; padrão: os do lab, alguns minutos)`))
      .option('--hours <n>', t(`local: simulated hours instead (${RUN_HOURS.min}–${RUN_HOURS.max}), past the load: e.g. 26 to see the 24 h retention trim what was not processed; lab 03 writes its load for all the hours, at its long-run rate`, `local: horas simuladas em vez disso (${RUN_HOURS.min}–${RUN_HOURS.max}), além da carga: por exemplo 26 para ver a retenção de 24 h descartar o que não foi processado; o lab 03 escreve a carga durante todas as horas, na taxa da execução longa`))
      .option('--after <duration>', t('local, lab 09: start the redrive this long after the run ended (0s–48h, e.g. 25h: past the stream\'s 24 h retention)', 'local, lab 09: inicia o redrive este tempo depois do fim da execução (0s–48h, por exemplo 25h: além da retenção de 24 h do stream)'))
      .option('--max-cost <usd>', t(`aws: refuse to run the lab above this estimated cost in US dollars: its load plus the consumer's results rows (default: ${DEFAULT_MAX_COST})`, `aws: recusa rodar o lab acima deste custo estimado em dólares: a carga mais as linhas de resultado do consumidor (padrão: ${DEFAULT_MAX_COST})`))
      .option('--yes', t('aws: accept an estimated cost above --max-cost', 'aws: aceita um custo estimado acima de --max-cost'))
      .addOption(awsRegionOption(ctx, 'aws-target'))
      .addOption(awsProfileOption(ctx, 'aws-target'))
      .action(async (text: string, options: RunOptions) => {
        const target = parseLabTarget(options.target);
        refuseOptionsForOtherTarget(target, {
          local: { '--minutes': options.minutes, '--hours': options.hours, '--after': options.after },
          aws: { '--max-cost': options.maxCost, '--yes': options.yes, '--region': options.region, '--profile': options.profile },
        });
        const folder = resolveLabFolder(ctx.repoRoot, text, options.solution ? 'solution' : 'starter');
        const entry = labEntry(folder.id);
        if (!entry?.check) throw new WorkshopError({ code: 'lab_has_no_check', lab: folder.slug });
        if (target === 'aws') {
          const [{ loadLab }, { buildLabScenario }, { runLabOnAws }] = await Promise.all([
            import('../../labs/node/lab-loader.js'), import('../../labs/core/lab-scenarios.js'), import('../lab-run-aws.js'),
          ]);
          const { definition, exports: lab } = await loadLab(ctx.repoRoot, text, { variant: folder.variant });
          return runLabOnAws(ctx, deps, relative(ctx.repoRoot, folder.dir), buildLabScenario(definition, lab), options);
        }
        const horizonSeconds = runHorizonSeconds(ctx, options);
        // `--hours` on a lab with a long run (lab 03): its load at the long-run rate for all those hours.
        const longRun = options.hours !== undefined ? entry.longRun : undefined;
        const afterSeconds = redriveAfterSeconds(options.after, entry.files.includes('redrive.ts'));
        const [{ superviseJob }, { superviseLimits }, { createRunProgress }] = await Promise.all([
          import('../../supervise/node-supervisor.js'), import('../../supervise/supervise-limits.js'), import('../simulate/progress-bar.js'),
        ]);
        // Progress goes to stderr: shown when stderr is a terminal, even with --json or a piped stdout.
        const interactive = ctx.errIsTty ?? ctx.isTty;
        const progress = createLongRunProgress(ctx, createRunProgress({ ...ctx, isTty: interactive }), { interactive, plain: ctx.env['WORKSHOP_PROGRESS'] === 'plain' });
        let run: RunJobValue;
        try {
          // The learner's code runs in a supervised worker: a hang, an exit or a crash becomes a verdict.
          run = await superviseJob(
            { repoRoot: ctx.repoRoot, labName: folder.slug, job: { command: 'run', lab: text, variant: folder.variant, ...(horizonSeconds === undefined ? {} : { horizonSeconds }), ...(longRun ? { longRun: true } : {}), ...(afterSeconds === undefined ? {} : { afterSeconds }) } },
            superviseLimits('run', ctx.env),
            {
              onProgress: progress.update,
              onStarted: (seconds, replayOf) => {
                ctx.err(t(`Running ${relative(ctx.repoRoot, folder.dir)} on the local engine (${formatMilliseconds(seconds * 1000, 'en')} simulated) …`,
                  `Rodando ${relative(ctx.repoRoot, folder.dir)} no motor local (${formatMilliseconds(seconds * 1000, 'pt-BR')} simulados) …`));
                if (longRun) {
                  const rate = longRun.ratePerSecond.toLocaleString(ctx.language === 'pt-BR' ? 'pt-BR' : 'en-US');
                  ctx.err(t(`Lab ${folder.id}'s long run: its load at ${rate} writes/s for all ${horizonSeconds! / 3600} h, long enough for IteratorAge to reach the stream's 24 h retention.`,
                    `Execução longa do lab ${folder.id}: a carga dele a ${rate} escritas/s durante as ${horizonSeconds! / 3600} h, o bastante para o IteratorAge chegar à retenção de 24 h do stream.`));
                }
                if (replayOf && entry.files.includes('redrive.ts')) ctx.err(t(`Lab ${folder.id} runs lab ${replayOf}'s reference consumer, which gives the poison order up to its on-failure queue; then your redrive drains the queue.`, `O lab ${folder.id} roda o consumidor de referência do lab ${replayOf}, que desiste do pedido envenenado e o manda à fila de falhas; depois o seu redrive esvazia a fila.`));
                else if (replayOf) ctx.err(t(`Lab ${folder.id} replays lab ${replayOf}'s slow consumer with your alarm.`, `O lab ${folder.id} repete o consumidor lento do lab ${replayOf} com o seu alarme.`));
              },
            },
          );
        } finally {
          progress.stop();
        }
        printRun(ctx, run);
      });
  };
}

function printRun(ctx: CliContext, run: RunJobValue): void {
  const { result } = run;
  const t = translator(ctx.language);
  const ages = result.minutes.map((m) => m.iteratorAgeMaxMs);
  const title = t('IteratorAge (Maximum per minute)', 'IteratorAge (máximo por minuto)');
  ctx.out(renderLineChart(ages, { unit: 'ms', title, stretch: true, language: ctx.language, ...(run.alarmThreshold === undefined ? {} : { threshold: run.alarmThreshold }) }));
  for (const line of runSummaryLines(run, ctx.language)) ctx.out(line);
  if (run.redrive) for (const line of redriveRunLines(run.redrive, ctx.language)) ctx.out(line);
}

/** `workshop run` with the real deploy and load generator, imported only by `--target aws`. */
export const registerRun: RegisterCommand = makeRegisterRun({
  deploy: async (options) => (await import('../../infra/cdk-runner.js')).deployLab(options),
  load: async (options, loadDeps) => (await import('../../load/load-generator.js')).runLoad(options, loadDeps),
});

/** The simulated seconds `--minutes` or `--hours` ask for (undefined: the lab's own). */
function runHorizonSeconds(ctx: CliContext, options: RunOptions): number | undefined {
  if (options.minutes !== undefined && options.hours !== undefined) {
    const reason = say(ctx, { en: `give the run's length once, in minutes (up to ${RUN_MINUTES.max}) or in hours (up to ${RUN_HOURS.max})`, 'pt-BR': `informe a duração uma vez só, em minutos (até ${RUN_MINUTES.max}) ou em horas (até ${RUN_HOURS.max})` });
    throw new WorkshopError({ code: 'conflicting_settings', fields: ['--minutes', '--hours'], reason });
  }
  if (options.hours !== undefined) return wholeNumber(options.hours, '--hours', RUN_HOURS) * 3600;
  return options.minutes === undefined ? undefined : wholeNumber(options.minutes, '--minutes', RUN_MINUTES) * 60;
}

/** `--after` in seconds (undefined: not given). Only a lab with a redrive.ts (lab 09) has a redrive to start later. */
function redriveAfterSeconds(text: string | undefined, hasRedrive: boolean): number | undefined {
  if (text === undefined) return undefined;
  if (!hasRedrive) throw new WorkshopError({ code: 'option_ignored', field: '--after', needs: 'run 09 (redrive.ts)' });
  const { seconds } = parseDuration(text, '--after');
  const issues: WorkshopIssue[] = [];
  checkNumber(issues, '--after', seconds, RUN_AFTER);
  if (issues[0]) throw new WorkshopError(issues[0]);
  return seconds;
}

function wholeNumber(text: string, field: string, range: { readonly min: number; readonly max: number; readonly unit: string }): number {
  const issues: WorkshopIssue[] = [];
  const value = readNumberText(issues, field, text);
  checkInteger(issues, field, value, range);
  if (issues[0]) throw new WorkshopError(issues[0]);
  return value!;
}
