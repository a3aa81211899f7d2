// The guided CLI: list, hint, diff, run, check (local: real engine; aws: CloudWatch and Lambda mocked).
// reset has its own file (reset.test.ts).
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import type { CliContext } from '../cli-context.js';
import { awsCheckContext, checkProgram } from '../test-fixtures/check-on-aws.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function capture(root = repoRoot, isTty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const base: Omit<CliContext, 'language'> = { out: (t) => out.push(t), err: (t) => err.push(t), isTty, env: {}, repoRoot: root };
  return { out, err, base };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('workshop list / hint / diff', () => {
  it('GIVEN the repository WHEN list runs in pt-BR THEN all eight labs appear with their minutes', async () => {
    const { out, base } = capture();
    expect(await runCli(['list', '--lang', 'pt-BR'], base)).toBe(0);
    for (const id of ['00', '01', '02', '03', '04', '05', '06', '10']) expect(out.join('\n')).toContain(` ${id}  `);
    expect(out.join('\n')).toContain('Implantar o consumidor');
  });

  it('GIVEN lab 04 WHEN hint runs in English THEN the hints come from the catalog, numbered', async () => {
    const { out, base } = capture();
    expect(await runCli(['hint', '4', '--lang', 'en'], base)).toBe(0);
    expect(out[1]).toMatch(/^ {2}1\. Changing `batchSize` alone is not enough/);
  });

  it('GIVEN the untouched lab 05 WHEN diff runs THEN it shows the parallelizationFactor line, yours then the solution', async () => {
    const { out, base } = capture();
    expect(await runCli(['diff', '05', '--lang', 'en'], base)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('--- labs/05-parallelization/consumer.ts');
    expect(text).toContain('-  parallelizationFactor: 1,');
    expect(text).toContain('+  parallelizationFactor: 10,');
  });
});

describe('workshop run / check (local engine, real lab files)', () => {
  it('GIVEN lab 03 WHEN run --solution THEN it draws IteratorAge and compares with the estimate', async () => {
    const { out, base } = capture();
    expect(await runCli(['run', '03', '--solution', '--lang', 'en'], base)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('IteratorAge (Maximum per minute)');
    expect(text).toMatch(/Your estimate after 600 s: 3\.8 min; the engine.s last minute: 3\.8 min/);
    // 74,531 − 74,431 = the 100 records of the batch in flight at the horizon (the engine's inFlightAtEnd).
    expect(text).toContain('The handler wrote 74,531 items to the results table (more than the 74,431 processed: the 100 records of the batch still running when the run ended are already written, and count as processed when it returns).');
  });

  it('GIVEN the untouched lab 01 and its solution WHEN run THEN the same lag, but only the solution\'s handler writes results', async () => {
    const starter = capture();
    expect(await runCli(['run', '01', '--lang', 'en'], starter.base)).toBe(0);
    expect(starter.out.join('\n')).toContain('The handler wrote 0 items to the results table.');
    const solution = capture();
    expect(await runCli(['run', '01', '--solution', '--lang', 'pt-BR'], solution.base)).toBe(0);
    expect(solution.out.join('\n')).toContain('O handler gravou 5.993 itens na tabela de resultados.');
  });

  it('GIVEN the untouched lab 07 WHEN run --hours 26 THEN the 24 h retention trims the poison and its batch: 6 lost, errors counted, no estimate from lab 03', async () => {
    const { err, out, base } = capture();
    expect(await runCli(['run', '07', '--hours', '26', '--lang', 'en'], base)).toBe(0);
    expect(err.join('\n')).toContain('(26 h simulated)');
    const text = out.join('\n');
    expect(text).toContain('Written 3,000, processed 2,994, still in the stream 0, lost 6.');
    expect(text).toMatch(/Errors [\d,]+ in [\d,]+ invocations; records sent to the on-failure destination 0\./);
    expect(text).not.toContain('Your estimate');
  });

  it.each([
    [['--hours', '49'], 'between 1 and 48 hours inclusive, got 49'],
    [['--hours', '26', '--minutes', '5'], '--minutes, --hours cannot be used together: give the run'],
  ])('GIVEN run 07 %j WHEN parsed THEN refused with a clear message and exit 1', async (flags, message) => {
    const { err, base } = capture();
    expect(await runCli(['run', '07', ...flags, '--lang', 'en'], base)).toBe(1);
    expect(err.join('\n')).toContain(message);
  });

  it('GIVEN lab 03 (a 600 s run) WHEN run --minutes 5 THEN the run simulates 300 s and the estimate is read after 300 s', async () => {
    // Not --minutes 10: that is lab 03's own length, so it could not tell a working flag from an ignored one.
    const { err, out, base } = capture();
    expect(await runCli(['run', '03', '--solution', '--minutes', '5', '--lang', 'en'], base)).toBe(0);
    expect(err.join('\n')).toContain('(5 min simulated)');
    expect(out.join('\n')).toMatch(/Your estimate after 300 s/);
  });

  it('GIVEN lab 03\'s solution WHEN run --hours 30 THEN its long run: 1,000 writes/s for 30 h, the 24 h cliff at 27 h 24 min, the records lost, and estimate.ts\'s cliff', async () => {
    const { err, out, base } = capture();
    expect(await runCli(['run', '03', '--solution', '--hours', '30', '--lang', 'en'], base)).toBe(0);
    expect(err.join('\n')).toContain('(30 h simulated)');
    expect(err.join('\n')).toContain("Lab 03's long run: its load at 1,000 writes/s for all 30 h, long enough for IteratorAge to reach the stream's 24 h retention.");
    const text = out.join('\n');
    expect(text).toContain('Written 108,000,000, processed 13,416,100, still in the stream 86,400,100, lost 8,183,800. IteratorAge peak 24 h.');
    expect(text).toMatch(/Calibrated fast-forward: [\d,]+ of 134,162 invocations ran your handler/);
    expect(text).toContain("The 24 h cliff: 27 h 24 min into the run IteratorAge reached the stream's retention and stayed there");
    expect(text).toContain('reaches 24 h after 24 h ÷ 0.876 = 27 h 24 min.');
    expect(text).not.toContain('Your estimate after');
  });

  it('GIVEN lab 03\'s untouched starter WHEN run --hours 2 in Portuguese THEN nothing lost yet, and its placeholder μ predicts no lag', async () => {
    const { out, base } = capture();
    expect(await runCli(['run', '03', '--hours', '2', '--lang', 'pt-BR'], base)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Execução longa: o seu consumidor e o seu handler com a carga do lab a 1.000 escritas/s por 2 h');
    expect(text).toContain('abaixo da retenção de 24 h: nada perdido ainda.');
    expect(text).toContain('μ = 1.000 registros/s, não abaixo de 1.000 escritas/s, então prevê atraso nenhum');
  });

  it('GIVEN run 03 --target aws --hours 30 WHEN parsed THEN refused: --hours is local only, not silently ignored', async () => {
    const { err, base } = capture();
    expect(await runCli(['run', '03', '--target', 'aws', '--hours', '30', '--lang', 'en'], base)).toBe(1);
    expect(err.join('\n')).toContain('✖ --hours only applies with --target local; here it would be ignored.');
  });

  it.each([['0', 'pt-BR', '✖ --hours deve estar entre 1 e 48 horas (inclusive); valor recebido: 0.'], ['30h', 'en', '✖ --hours must be a number, got "30h".']])(
    'GIVEN run 03 --hours %s WHEN parsed THEN exit 1 and a clear message (%s)', async (hours, language, message) => {
      const { err, base } = capture();
      expect(await runCli(['run', '03', '--hours', hours, '--lang', language], base)).toBe(1);
      expect(err.join('\n')).toContain(message);
    });

  it.each([['0', 'between 1 and 60 minutes inclusive, got 0'], ['61', 'between 1 and 60 minutes inclusive, got 61'], ['ten', 'must be a number, got "ten"']])(
    'GIVEN run --minutes %s WHEN run THEN exit 1 and the range message', async (minutes, message) => {
      const { err, base } = capture();
      expect(await runCli(['run', '03', '--minutes', minutes, '--lang', 'en'], base)).toBe(1);
      expect(err.join('\n')).toContain(message);
    });

  it('GIVEN the untouched starter of lab 02 WHEN checked THEN exit 1, the failed expectation and the first hint in pt-BR', async () => {
    const { out, base } = capture();
    expect(await runCli(['check', '02', '--lang', 'pt-BR'], base)).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('✖ a carga supera o consumidor');
    expect(text).toContain('Dica: Um lote de 100 leva');
  });

  it('GIVEN lab 10 (clean-up) WHEN checked THEN it says there is no automatic check and names the command that is its check, with exit 1 and no stack trace', async () => {
    const { err, base } = capture();
    expect(await runCli(['check', '10', '--lang', 'en'], base)).toBe(1);
    expect(err.join('\n')).toContain('Lab 10-clean-up has no automatic check');
    expect(err.join('\n')).toContain('its check is "npx workshop leftovers"');
    expect(err.join('\n')).not.toContain('    at ');
  });

  it('GIVEN lab 00 in Portuguese WHEN checked THEN it points to doctor', async () => {
    const { err, base } = capture();
    expect(await runCli(['check', '00', '--lang', 'pt-BR'], base)).toBe(1);
    expect(err.join('\n')).toContain('A verificação dele é "npx workshop doctor"');
  });
});

describe('workshop check --target aws (CloudWatch and Lambda mocked)', () => {
  const cloudWatch = (ages: readonly number[]) => ({
    send: async (command: unknown) => {
      expect(command).toBeInstanceOf(GetMetricDataCommand);
      const start = Date.parse('2026-03-01T10:00:00Z');
      return { MetricDataResults: [{ Id: 'iteratorAge', Timestamps: ages.map((_, i) => new Date(start + i * 60_000)), Values: [...ages] }, { Id: 'invocations', Timestamps: [new Date(start)], Values: [10] }] };
    },
  });
  const lambda = (batchSize: number, factor: number, failure: Record<string, unknown> = {}) => ({
    send: async (command: unknown) => {
      expect(command).toBeInstanceOf(ListEventSourceMappingsCommand);
      return { EventSourceMappings: [{ EventSourceArn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/x', BatchSize: batchSize, ParallelizationFactor: factor, ...failure }] };
    },
  });
  const bounded = {
    MaximumRetryAttempts: 2, FunctionResponseTypes: ['ReportBatchItemFailures'], BisectBatchOnFunctionError: true,
    DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:111122223333:FailedBatches' } },
  };

  it('GIVEN a deployed lab 07 with bounded retries, partial responses, bisect and an SQS destination (mocked) WHEN check --target aws THEN it passes', async () => {
    const out: string[] = [];
    const deps = { cloudWatch: () => cloudWatch([3_100, 200, 180]), lambda: () => lambda(1_000, 10, bounded), now: () => new Date('2026-03-01T10:03:00Z') };
    await program(deps, ctxFor(out)).parseAsync(['check', '07', '--solution', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out.filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(out.join('\n')).toContain('✔ Lab 07 passes.');
  });

  it('GIVEN a deployed lab 07 with AWS\'s failure defaults and a blocked lane (mocked) WHEN check --target aws THEN the failure settings and the lag fail', async () => {
    const out: string[] = [];
    const deps = { cloudWatch: () => cloudWatch([60_000, 120_000, 180_000]), lambda: () => lambda(1_000, 10, { MaximumRetryAttempts: -1 }), now: () => new Date('2026-03-01T10:03:00Z') };
    await program(deps, ctxFor(out)).parseAsync(['check', '07', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out.some((l) => l.startsWith('✖ the deployed event source mapping bounds a failing record'))).toBe(true);
    expect(out).toContain('✖ CloudWatch shows IteratorAge (Maximum) of the last minute below 30 s');
    expect(process.exitCode).toBe(1);
  });
  const program = checkProgram;
  const ctxFor = (out: string[]): CliContext => awsCheckContext(repoRoot, out);

  it('GIVEN a deployed lab 05 with PF 10 and low IteratorAge (mocked) WHEN check --target aws THEN it passes', async () => {
    const out: string[] = [];
    const deps = { cloudWatch: () => cloudWatch([40, 35, 20]), lambda: () => lambda(1_000, 10), now: () => new Date('2026-03-01T10:03:00Z') };
    await program(deps, ctxFor(out)).parseAsync(['check', '05', '--solution', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out.filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(out.join('\n')).toContain('✔ Lab 05 passes.');
  });

  it('GIVEN a deployed lab 05 still at PF 1 with a growing lag (mocked) WHEN check --target aws THEN both expectations fail', async () => {
    const out: string[] = [];
    const deps = { cloudWatch: () => cloudWatch([30_000, 60_000, 90_000]), lambda: () => lambda(1_000, 1), now: () => new Date('2026-03-01T10:03:00Z') };
    await program(deps, ctxFor(out)).parseAsync(['check', '05', '--solution', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out).toContain('✖ the deployed event source mapping has ParallelizationFactor 10');
    expect(out).toContain('✖ CloudWatch shows IteratorAge (Maximum) of the last minute below 1 s');
    expect(process.exitCode).toBe(1);
  });
});
