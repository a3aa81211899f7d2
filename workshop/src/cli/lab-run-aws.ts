import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { validateScenario } from '../engine/scenario-validation.js';
import type { Scenario } from '../engine/scenario.js';
import { WorkshopError } from '../errors/workshop-error.js';
import type { DeployResult, LabRunOptions } from '../infra/cdk-runner.js';
import { LAB_OUTPUTS } from '../infra/lab-outputs.js';
import { labEntry } from '../labs/core/lab-catalog.js';
import { planLabLoad } from '../load/lab-load-plan.js';
import type { LoadDeps, LoadOptions, LoadStats } from '../load/load-generator.js';
import { parseMaxCost } from '../load/load-options.js';
import { DEFAULT_MAX_COST } from '../settings/cost-estimate.js';
import { usdText } from '../i18n/value-text.js';
import { formatMilliseconds } from '../settings/duration.js';
import { sdkClientOptions } from './aws-client-options.js';
import type { CliContext } from './cli-context.js';
import { runWatchedLoad } from './watched-load.js';
import { translator } from '../i18n/bilingual.js';

/** The AWS side of `run --target aws`; tests pass mocked ones. */
export interface RunDeps {
  readonly deploy: (options: LabRunOptions) => Promise<DeployResult>;
  readonly load: (options: LoadOptions, deps: LoadDeps) => Promise<LoadStats>;
}

/** What `run --target aws` reads from the command line. */
export interface LabAwsRunOptions {
  readonly region?: string;
  readonly profile?: string;
  readonly maxCost?: string;
  readonly yes?: boolean;
}

/**
 * `run <NN> --target aws`: prices what the lab's stack will write (its load.ts, as the engine replays it, to the
 * source table, and one results row per record from the consumer) and refuses above `--max-cost` before anything
 * is deployed; then deploys the lab's stack, writes that load to its source table
 * with progress, and prints the `watch` and `check --target aws` commands.
 */
export async function runLabOnAws(ctx: CliContext, deps: RunDeps, labDir: string, scenario: Scenario, options: LabAwsRunOptions): Promise<void> {
  const t = translator(ctx.language);
  const [invalid] = validateScenario(scenario);
  if (invalid) throw new WorkshopError(invalid);
  const plan = planLabLoad(scenario.load);
  const maxCostUsd = parseMaxCost(options.maxCost ?? DEFAULT_MAX_COST);
  const rate = plan.meanRatePerSecond.toFixed(plan.meanRatePerSecond < 10 ? 1 : 0);
  const shape = scenario.load.profile.kind === 'constant' ? '' : t(` (${scenario.load.profile.kind} profile, mean)`, ` (perfil ${scenario.load.profile.kind}, média)`);
  const c = plan.cost;
  // Three decimals, as the pages state lab costs; a smaller amount keeps its digits (never "$0.000").
  const en = (n: number) => (n === 0 || n >= 0.001 ? `$${n.toFixed(3)}` : usdText(n, 'en'));
  const pt = (n: number) => (n === 0 || n >= 0.001 ? `US$ ${n.toFixed(3).replace('.', ',')}` : usdText(n, 'pt-BR'));
  ctx.out(t(`Lab load: ${plan.options.items.toLocaleString('en-US')} orders at ${rate}/s${shape} for ${formatMilliseconds(plan.durationSeconds * 1000)}, ≈ ${en(c.usd)} of on-demand writes: ${en(c.sourceUsd)} to the source table + ${en(c.resultsUsd)} for the consumer's results rows (price since ${c.priceSince ?? '?'}, us-east-1).`,
    `Carga do lab: ${plan.options.items.toLocaleString('pt-BR')} pedidos a ${rate}/s${shape} por ${formatMilliseconds(plan.durationSeconds * 1000, 'pt-BR')}, ≈ ${pt(c.usd)} em escritas sob demanda: ${pt(c.sourceUsd)} na tabela de origem + ${pt(c.resultsUsd)} nas linhas que o consumidor grava na tabela de resultados (preço de ${c.priceSince ?? '?'}, us-east-1).`));
  // Refused before anything is deployed: a lab's load.ts is the learner's to edit.
  if (plan.cost.usd > maxCostUsd && options.yes !== true) {
    throw new WorkshopError({ code: 'cost_over_limit', estimatedUsd: plan.cost.usd, maxUsd: maxCostUsd });
  }
  const deployed = await deps.deploy({
    repoRoot: ctx.repoRoot, labDir, env: ctx.env, onOutput: (chunk) => ctx.err(chunk.replace(/\n$/, '')),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.region === undefined ? {} : { region: options.region }),
  });
  const table = deployed.outputs[LAB_OUTPUTS.sourceTableName];
  const functionName = deployed.outputs[LAB_OUTPUTS.functionName] ?? '<function>';
  if (!table) throw new WorkshopError({ code: 'table_not_found', table: LAB_OUTPUTS.sourceTableName });
  const region = deployed.access.region;
  const client = new DynamoDBClient(sdkClientOptions({ region, ...(options.profile ? { profile: options.profile } : {}) }, ctx.env));
  const lab = labDir.split('/').at(-1)?.slice(0, 2) ?? '';
  ctx.out(t(`Writing to ${table}. While it runs, in another terminal:`, `Gravando em ${table}. Enquanto roda, em outro terminal:`));
  ctx.out(`  npx workshop watch --function ${functionName} --region ${region}`);
  try {
    await runWatchedLoad(ctx, { items: plan.options.items, start: (control) => deps.load({ table, ...plan.options, ...control }, { client }) });
  } finally {
    client.destroy();
  }
  if (labEntry(lab)?.files.includes('redrive.ts') && deployed.outputs[LAB_OUTPUTS.failureQueueUrl]) {
    // Lab 09: the deployed consumer gives the poison order up to the on-failure queue; the redrive comes first.
    ctx.out(t(`Once the consumer has given the poison order up (its queue's depth alarm fires): npx workshop redrive --target aws --region ${region}`,
      `Quando o consumidor tiver desistido do pedido envenenado (o alarme de profundidade da fila dispara): npx workshop redrive --target aws --region ${region}`));
  }
  ctx.out(t(`Then: npx workshop check ${lab} --target aws --function ${functionName} --region ${region}`,
    `Depois: npx workshop check ${lab} --target aws --function ${functionName} --region ${region}`));
}
