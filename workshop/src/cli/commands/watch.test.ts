import type { CloudWatchClient, GetMetricDataCommand, GetMetricDataCommandOutput } from '@aws-sdk/client-cloudwatch';
import { ResourceNotFoundException, type LambdaClient } from '@aws-sdk/client-lambda';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../i18n/language.js';
import type { CliContext } from '../cli-context.js';
import { makeRegisterWatch, type WatchDeps } from './watch.js';

const NOW = Date.UTC(2026, 10, 20, 12, 5, 0); // 12:05 UTC
const minute = (m: number) => new Date(Date.UTC(2026, 10, 20, 12, m, 0));

/** Mocked CloudWatch and Lambda: fixed answers, no network. */
function mockedDeps(options: { readonly functionExists: boolean }): WatchDeps & { readonly metricRequests: GetMetricDataCommand[] } {
  const metricRequests: GetMetricDataCommand[] = [];
  const page: Partial<GetMetricDataCommandOutput> = {
    MetricDataResults: [
      { Id: 'iteratorAge', Timestamps: [minute(1), minute(2), minute(3)], Values: [800, 20_000, 45_000] },
      { Id: 'invocations', Timestamps: [minute(1), minute(2), minute(3)], Values: [40, 38, 12] },
      { Id: 'errors', Timestamps: [minute(3)], Values: [2] },
      { Id: 'throttles', Timestamps: [minute(3)], Values: [0] },
    ],
  };
  return {
    metricRequests,
    cloudWatch: () =>
      ({ send: async (command: GetMetricDataCommand) => (metricRequests.push(command), { $metadata: {}, ...page }), destroy: () => undefined }) as unknown as Pick<CloudWatchClient, 'send' | 'destroy'>,
    lambda: () =>
      ({
        send: async () => {
          if (!options.functionExists) throw new ResourceNotFoundException({ message: 'Function not found', $metadata: {} });
          return {};
        },
        destroy: () => undefined,
      }) as unknown as Pick<LambdaClient, 'send' | 'destroy'>,
    clock: { now: () => 0, sleep: async () => undefined },
    now: () => NOW,
  };
}

async function watch(deps: WatchDeps, language: Language, ...args: string[]) {
  const out: string[] = [];
  const ctx: CliContext = { language, out: (t) => out.push(t), err: () => undefined, isTty: false, env: { AWS_REGION: 'us-east-1' }, repoRoot: '.' };
  const program = new Command().exitOverride();
  makeRegisterWatch(deps)(program, ctx);
  await program.parseAsync(['watch', ...args], { from: 'user' });
  return out.join('\n');
}

describe('workshop watch --once (mocked CloudWatch and Lambda)', () => {
  it('GIVEN three minutes of rising lag WHEN watched for 5m THEN it prints the chart and a text summary, in English', async () => {
    const deps = mockedDeps({ functionExists: true });
    const output = await watch(deps, 'en', '--function', 'consumer', '--since', '5m', '--threshold', '30s', '--once');
    expect(output).toBe(
      [
        'IteratorAge (maximum per minute) · consumer · 12:00–12:05 UTC',
        '45 s ┤                              ╭─────────',
        '40 s ┤                              │',
        '35 s ┤                              │',
        '30 s ┤╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌│╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌ 30 s',
        '25 s ┤                              │',
        '20 s ┤                    ╭─────────╯',
        '15 s ┤                    │',
        '10 s ┤                    │',
        ' 5 s ┤                    │',
        '0 ms ┤          ──────────╯',
        '     └┬─────────┬─────────┬─────────┬─────────┬─────────',
        '      0         1         2         3         4 min',
        '',
        'Latest IteratorAge: 45 s (12:03 UTC) · peak: 45 s (12:03 UTC)',
        'Last minute with invocations (12:03 UTC): invocations 12 · errors 2 · throttles 0',
      ].join('\n'),
    );
    expect(deps.metricRequests).toHaveLength(1);
  });

  it('GIVEN the same metrics in pt-BR WHEN watched THEN the summary is in Portuguese', async () => {
    const output = await watch(mockedDeps({ functionExists: true }), 'pt-BR', '--function', 'consumer', '--since', '5m', '--once');
    expect(output).toContain('IteratorAge (máximo por minuto) · consumer · 12:00–12:05 UTC');
    expect(output).toContain('IteratorAge mais recente: 45 s (12:03 UTC) · pico: 45 s (12:03 UTC)');
    expect(output).toContain('Último minuto com invocações (12:03 UTC): invocações 12 · erros 2 · throttles 0');
  });

  it('GIVEN a function that does not exist (mocked Lambda) WHEN watched THEN function_not_found, and CloudWatch is never asked', async () => {
    const deps = mockedDeps({ functionExists: false });
    await expect(watch(deps, 'en', '--function', 'typo', '--once')).rejects.toMatchObject({ issue: { code: 'function_not_found', functionName: 'typo' } });
    expect(deps.metricRequests).toHaveLength(0);
  });

  it.each([
    [['--function', 'f', '--since', '10s'], { code: 'out_of_range', field: '--since', min: 60, max: 86_400, got: 10 }],
    [['--function', 'f', '--interval', '1s'], { code: 'out_of_range', field: '--interval', min: 5, max: 600, got: 1 }],
    [['--function', 'f', '--since', 'an hour'], { code: 'invalid_duration', field: '--since', got: 'an hour' }],
    [[], { code: 'missing_setting', field: '--function' }],
  ])('GIVEN %j WHEN watched THEN %o', async (args, issue) => {
    await expect(watch(mockedDeps({ functionExists: true }), 'en', ...args, '--once')).rejects.toMatchObject({ issue });
  });
});
