// `check 08 --target aws` with CloudWatch and Lambda mocked: the deployed lab 08 must show 0 Throttles beside a low
// IteratorAge, and a reserved concurrency (GetFunctionConcurrency) covering shards × ParallelizationFactor.
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetFunctionConcurrencyCommand, ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../cli-context.js';
import { makeRegisterCheck } from './check.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const start = Date.parse('2026-03-01T10:00:00Z');
const series = (id: string, values: readonly number[]) => ({ Id: id, Timestamps: values.map((_, i) => new Date(start + i * 60_000)), Values: [...values] });
const cloudWatch = (ages: readonly number[], throttles: readonly number[]) => ({
  send: async (command: unknown) => {
    expect(command).toBeInstanceOf(GetMetricDataCommand);
    return { MetricDataResults: [series('iteratorAge', ages), series('invocations', ages.map(() => 40)), series('throttles', throttles)] };
  },
});
/** Lambda mocked: the mapping (PF 10) and the function's reserved concurrency (undefined: none reserved). */
const lambdaWith = (reserved: number | undefined) => () => ({
  send: async (command: unknown) => {
    if (command instanceof GetFunctionConcurrencyCommand) {
      expect(command.input).toEqual({ FunctionName: 'fn' });
      return reserved === undefined ? {} : { ReservedConcurrentExecutions: reserved };
    }
    expect(command).toBeInstanceOf(ListEventSourceMappingsCommand);
    return { EventSourceMappings: [{ EventSourceArn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/x', BatchSize: 1_000, ParallelizationFactor: 10 }] };
  },
});
const lambda = lambdaWith(40);
const program = (deps: Parameters<typeof makeRegisterCheck>[0], ctx: CliContext) => {
  const command = new Command('workshop').exitOverride();
  makeRegisterCheck(deps)(command, ctx);
  return command;
};
const ctxFor = (out: string[], language: 'en' | 'pt-BR' = 'en'): CliContext => ({ language, out: (t) => out.push(t), err: () => undefined, isTty: false, env: { AWS_REGION: 'us-east-1' }, repoRoot });
const now = () => new Date('2026-03-01T10:03:00Z');

describe('workshop check 08 --target aws (CloudWatch and Lambda mocked)', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('GIVEN the fixed lab 08 deployed (mocked): 0 throttles, IteratorAge under 1 s WHEN checked on AWS THEN it passes', async () => {
    const out: string[] = [];
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda, now }, ctxFor(out)).parseAsync(['check', '08', '--solution', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out.filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(out).toContain('✔ CloudWatch shows 0 Throttles (Sum) in every minute of the run');
    expect(out).toContain("✔ the deployed function's reserved concurrency is at least shards × ParallelizationFactor = 4 × 10 = 40");
    expect(out.join('\n')).toContain('✔ Lab 08 passes.');
  });

  it.each([[10, 'reserved concurrency is 10'], [undefined, "no reserved concurrency (the function shares the account's pool)"]])('GIVEN lab 08 deployed (mocked) with reserved concurrency %s and no throttle yet WHEN checked on AWS THEN the concurrency expectation fails and says what is deployed', async (reserved, told) => {
    const out: string[] = [];
    await program({ cloudWatch: () => cloudWatch([240, 250, 230], [0, 0, 0]), lambda: lambdaWith(reserved), now }, ctxFor(out)).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    const text = out.join('\n');
    expect(text).toContain("✖ the deployed function's reserved concurrency is at least shards × ParallelizationFactor = 4 × 10 = 40");
    expect(text).toContain(told);
    expect(text).toContain('✔ CloudWatch shows 0 Throttles (Sum) in every minute of the run');
    expect(process.exitCode).toBe(1);
  });

  it('GIVEN a throttled lab 08 deployed (mocked): throttles, no error, IteratorAge of seconds WHEN checked on AWS in Portuguese THEN the Throttles expectation fails with the count', async () => {
    const out: string[] = [];
    await program({ cloudWatch: () => cloudWatch([3_000, 7_000, 7_100], [1_500, 1_050, 1_050]), lambda, now }, ctxFor(out, 'pt-BR')).parseAsync(['check', '08', '--target', 'aws', '--function', 'fn', '--since', '3m'], { from: 'user' });
    expect(out.join('\n')).toContain('✖ o CloudWatch mostra 0 Throttles (Sum) em todos os minutos da execução');
    expect(out.join('\n')).toContain('3.600 throttles na janela');
    expect(process.exitCode).toBe(1);
  });
});
