import { basename } from 'node:path';
import { resolveConsumerSettings } from '../../settings/consumer-settings.js';
import { formatMilliseconds } from '../../settings/duration.js';
import { say } from '../cli-context.js';
import { simulateText } from '../simulate/simulate-help.js';
import type { SimulateFlags } from '../simulate/simulate-options.js';
import { dailyProfileWarning } from '../option-warnings.js';
import type { RegisterCommand } from './index.js';
import { createLongRunProgress } from '../long-run-progress.js';

interface SimulateCliOptions extends SimulateFlags {
  readonly lab?: string;
  readonly json?: boolean;
}

/** `workshop simulate`: runs the local engine (cost model or a lab's real handler) and reports IteratorAge. */
export const registerSimulate: RegisterCommand = (program, ctx) => {
  const d = (key: Parameters<typeof simulateText>[1]) => simulateText(ctx.language, key);
  program
    .command('simulate')
    .description(d('command'))
    .option('--rate <items-per-second>', d('rate'))
    .option('--profile <shape>', d('profile'))
    .option('--duration <duration>', d('duration'))
    .option('--horizon <duration>', d('horizon'))
    .option('--shards <count>', d('shards'))
    .option('--keys <count>', d('keys'))
    .option('--hot-key-share <share>', d('hotKeyShare'))
    .option('--batch-size <records>', d('batchSize'))
    .option('--parallelization <factor>', d('parallelization'))
    .option('--window <duration>', d('window'))
    .option('--per-record-ms <ms>', d('perRecordMs'))
    .option('--fixed-ms <ms>', d('fixedMs'))
    .option('--lab <folder>', d('lab'))
    .option('--unprocessed-share <share>', d('unprocessedShare'))
    .option('--seed <number>', d('seed'))
    .option('--exact', d('exact'))
    .option('--json', d('json'))
    .addHelpText('after', d('after'))
    .action(async (options: SimulateCliOptions) => {
      // The engine and its report load when the command runs: `simulate --help` does not need them.
      const [{ runLabJob, reportScenario }, { superviseJob }, { superviseLimits }, { createRunProgress }, { describeScenario, formatSimulateReport, toSimulateJson }] = await Promise.all([
        import('../../supervise/lab-jobs.js'), import('../../supervise/node-supervisor.js'), import('../../supervise/supervise-limits.js'),
        import('../simulate/progress-bar.js'), import('../simulate/simulate-report.js'),
      ]);
      const { SIMULATE_DEFAULTS } = await import('../simulate/simulate-options.js');
      const daily = dailyProfileWarning(options.profile, options.duration, options.lab === undefined ? SIMULATE_DEFAULTS.durationSeconds : undefined);
      if (daily) ctx.err(say(ctx, daily));
      // Progress goes to stderr: shown when stderr is a terminal, even with --json or a piped stdout.
      const interactive = ctx.errIsTty ?? ctx.isTty;
      const progress = createLongRunProgress(ctx, createRunProgress({ ...ctx, isTty: interactive }), { interactive, plain: ctx.env['WORKSHOP_PROGRESS'] === 'plain' });
      const startedAt = performance.now();
      let run;
      try {
        // With --lab the learner's code runs in a supervised worker (a hang, an exit, a crash becomes a verdict).
        const { json: _json, ...flags } = options;
        const request = { repoRoot: ctx.repoRoot, labName: basename(options.lab ?? ''), job: { command: 'simulate', flags } } as const;
        run = options.lab === undefined
          ? await runLabJob(request, { onProgress: progress.update })
          : await superviseJob(request, superviseLimits('simulate', ctx.env), { onProgress: progress.update });
      } finally {
        progress.stop();
      }
      const { result } = run;
      const scenario = reportScenario(run.scenario);
      const settings = resolveConsumerSettings(scenario.consumer);
      const lab = run.labSlug === undefined ? undefined : { slug: run.labSlug };
      if (options.json) {
        ctx.out(JSON.stringify(toSimulateJson(result, scenario), null, 2));
        return;
      }
      const handlerName = lab && scenario.function.kind === 'handler' ? `${lab.slug}/handler.ts` : undefined;
      ctx.out(formatSimulateReport(result, scenario, ctx.language, describeScenario(scenario, settings, ctx.language, handlerName)));
      const wallMs = Math.max(1, performance.now() - startedAt);
      const simulatedMs = result.minutes.length * 60_000;
      ctx.out(say(ctx, {
        en: `\n${formatMilliseconds(simulatedMs)} of stream time in ${formatMilliseconds(wallMs)} of wall time (${Math.round(simulatedMs / wallMs).toLocaleString('en-US')}× real time).`,
        'pt-BR': `\n${formatMilliseconds(simulatedMs, 'pt-BR')} de stream em ${formatMilliseconds(wallMs, 'pt-BR')} de relógio (${Math.round(simulatedMs / wallMs).toLocaleString('pt-BR')}× o tempo real).`,
      }));
    });
};
