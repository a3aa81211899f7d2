// `workshop run <NN> --target aws`: the lab's own load.ts planned, priced and written after the deploy.
// The deploy (CDK/CloudFormation) and the load generator are mocked here — they have no local equivalent
// in one process; the load generator itself is tested against dynalite in load-generator.test.ts.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeployResult, LabRunOptions } from '../../infra/cdk-runner.js';
import { LAB_OUTPUTS } from '../../infra/lab-stack.js';
import type { LoadOptions, LoadStats } from '../../load/load-generator.js';
import { formatIssue } from '../../errors/format-issue.js';
import { isWorkshopError } from '../../errors/workshop-error.js';
import type { CliContext } from '../cli-context.js';
import { makeRegisterRun } from './run.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

afterEach(() => {
  process.exitCode = undefined;
});

function harness(outcome: (options: LoadOptions) => Partial<LoadStats> = () => ({})) {
  const out: string[] = [];
  const deploys: LabRunOptions[] = [];
  const loads: Omit<LoadOptions, 'signal' | 'onProgress'>[] = [];
  const deps = {
    deploy: async (options: LabRunOptions): Promise<DeployResult> => {
      deploys.push(options);
      const outputs = { [LAB_OUTPUTS.sourceTableName]: 'lab02-source', [LAB_OUTPUTS.functionName]: 'lab02-consumer' };
      return { stackName: 'IteratorAgeLab02', access: { account: '111122223333', region: 'sa-east-1', arn: 'arn:aws:iam::111122223333:user/learner' }, outputs, durationMs: 1 };
    },
    load: async (options: LoadOptions): Promise<LoadStats> => {
      const { signal: _signal, onProgress: _onProgress, ...rest } = options;
      loads.push(rest);
      const stats: LoadStats = { requested: options.items, written: options.items, retried: 0, failed: 0, notSent: 0, elapsedMs: 600_000, achievedRate: 200, ...outcome(options) };
      options.onProgress?.(stats);
      return stats;
    },
  };
  const ctx: CliContext = { language: 'en', out: (t) => out.push(t), err: () => undefined, isTty: false, env: { AWS_REGION: 'sa-east-1' }, repoRoot };
  const run = async (...args: string[]): Promise<string | undefined> => {
    const program = new Command('workshop').exitOverride();
    makeRegisterRun(deps)(program, ctx);
    try {
      await program.parseAsync(['run', ...args], { from: 'user' });
      return undefined;
    } catch (error) {
      if (!isWorkshopError(error)) throw error;
      const text = formatIssue(error.issue, 'en');
      return `${text.message} ${text.hint}`;
    }
  };
  return { out, deploys, loads, run };
}

describe('workshop run --target aws (deploy and load generator mocked)', () => {
  it("GIVEN solutions/02 WHEN run on aws THEN it deploys, then writes the lab's 120,000 orders at 200/s over 1,000 keys to the deployed table", async () => {
    const { out, deploys, loads, run } = harness();
    expect(await run('02', '--solution', '--target', 'aws', '--profile', 'training')).toBeUndefined();
    expect(deploys).toEqual([expect.objectContaining({ labDir: 'solutions/02-generate-load', profile: 'training' })]);
    expect(loads).toEqual([{ table: 'lab02-source', items: 120_000, ratePerSecond: 200, keys: 1_000, hotKeyShare: 0, itemSizeBytes: 400 }]);
    const text = out.join('\n');
    expect(text).toContain('Lab load: 120,000 orders at 200/s for 10 min, ≈ $0.150 of on-demand writes: $0.075 to the source table + $0.075 for the consumer\'s results rows');
    expect(text).toContain('npx workshop watch --function lab02-consumer --region sa-east-1');
    expect(text).toContain('npx workshop check 02 --target aws --function lab02-consumer --region sa-east-1');
  });

  it('GIVEN a --max-cost between the source writes ($0.075) and the whole lab ($0.15) WHEN run on aws THEN the consumer\'s rows count and it refuses before deploying anything', async () => {
    const { deploys, loads, run } = harness();
    const message = await run('02', '--solution', '--target', 'aws', '--max-cost', '0.10');
    expect(message).toContain('This run would cost about $0.1500, above --max-cost $0.1000.');
    expect(deploys).toEqual([]);
    expect(loads).toEqual([]);
  });

  it('GIVEN the same with --yes WHEN run on aws THEN the cost is accepted and the load runs', async () => {
    const { loads, run } = harness();
    expect(await run('02', '--solution', '--target', 'aws', '--max-cost', '0.10', '--yes')).toBeUndefined();
    expect(loads).toHaveLength(1);
  });

  it('GIVEN a load where 50 items failed WHEN run on aws THEN the summary is printed and load_incomplete says what to do', async () => {
    const { out, run } = harness((o) => ({ written: o.items - 50, failed: 50, firstError: 'ProvisionedThroughputExceededException: injected' }));
    const message = await run('02', '--solution', '--target', 'aws');
    expect(out.join('\n')).toMatch(/failed\s+50/);
    expect(message).toContain('50 of 120,000 items were not written (50 failed, 0 not sent). First error: ProvisionedThroughputExceededException: injected.');
    expect(out.join('\n')).not.toContain('npx workshop check 02');
  });
});
