import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { resolveDeployableLab } from '../lab-target.js';
import { checkOutputFolder } from '../output-folder.js';
import type { RegisterCommand } from './index.js';
import { translator } from '../../i18n/bilingual.js';

interface SynthOptions {
  readonly solution?: boolean;
  readonly region?: string;
  readonly output?: string;
}

/** `workshop synth <lab>`: writes the lab's CloudFormation template, offline and without an AWS account. */
export const registerSynth: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('synth')
    .description(t(
      "Write a lab's CloudFormation template (offline; no AWS account needed).",
      'Gera o template CloudFormation de um lab (offline; não precisa de conta AWS).',
    ))
    .argument('<lab>', t('lab number, name or folder (e.g. 01, labs/01-deploy-consumer)', 'número, nome ou pasta do lab (ex.: 01, labs/01-deploy-consumer)'))
    .option('--solution', t("use the reference solution instead of your starter", 'usa a solução de referência em vez do seu lab'))
    .option('--region <region>', t('AWS Region written into the template (default: environment-agnostic)', 'Região AWS gravada no template (padrão: independente de ambiente)'))
    .option('--output <dir>', t('where to write the cloud assembly (default: cdk.out/<lab>)', 'onde gravar o cloud assembly (padrão: cdk.out/<lab>)'))
    .action(async (lab: string, options: SynthOptions) => {
      // Checked before anything runs: `--output ""` would write the assembly into the repository root.
      const output = options.output === undefined ? undefined : checkOutputFolder(ctx.repoRoot, options.output);
      const labDir = await resolveDeployableLab(ctx.repoRoot, lab, options.solution === true);
      const { synthLab } = await import('../../infra/cdk-runner.js');
      ctx.err(t(`Synthesizing ${labDir} …`, `Sintetizando ${labDir} …`));
      const result = await synthLab({
        repoRoot: ctx.repoRoot,
        labDir,
        env: ctx.env,
        onOutput: (chunk) => ctx.err(chunk.replace(/\n$/, '')),
        ...(options.region === undefined ? {} : { region: options.region }),
        ...(output === undefined ? {} : { output }),
      });
      const seconds = (result.durationMs / 1000).toFixed(1);
      ctx.out(t(`✔ Stack ${result.stackName} synthesized in ${seconds} s.`, `✔ Pilha ${result.stackName} sintetizada em ${seconds} s.`));
      ctx.out(t(`  Template: ${relative(ctx.repoRoot, result.templatePath)}`, `  Template: ${relative(ctx.repoRoot, result.templatePath)}`));
      const mapping = describeMapping(result.templatePath);
      if (mapping !== undefined) ctx.out(t(`  Event source mapping: ${mapping}`, `  Event source mapping: ${mapping}`));
      ctx.out(t(`  Deploy it with: npx workshop deploy ${lab}${options.solution ? ' --solution' : ''}`, `  Para implantar: npx workshop deploy ${lab}${options.solution ? ' --solution' : ''}`));
    });
};

/** "BatchSize 100, ParallelizationFactor 1, StartingPosition TRIM_HORIZON" from the template, for a quick look. */
function describeMapping(templatePath: string): string | undefined {
  const template = JSON.parse(readFileSync(templatePath, 'utf8')) as { Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
  const esm = Object.values(template.Resources ?? {}).find((r) => r.Type === 'AWS::Lambda::EventSourceMapping');
  if (esm?.Properties === undefined) return undefined;
  const p = esm.Properties;
  return ['BatchSize', 'ParallelizationFactor', 'MaximumBatchingWindowInSeconds', 'StartingPosition']
    .filter((key) => p[key] !== undefined)
    .map((key) => `${key} ${String(p[key])}`)
    .join(', ');
}
