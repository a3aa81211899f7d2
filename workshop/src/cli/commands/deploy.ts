import { resolveDeployableLab } from '../lab-target.js';
import type { RegisterCommand } from './index.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { translator } from '../../i18n/bilingual.js';

interface DeployOptions {
  readonly solution?: boolean;
  readonly profile?: string;
  readonly region?: string;
  readonly alarmEmail?: string;
}

/** `workshop deploy <lab>`: checks credentials and bootstrap, deploys the lab's stack, prints what to do next. */
export const registerDeploy: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('deploy')
    .description(t(
      "Deploy a lab's pipeline (tables, stream, consumer, dashboard) to your AWS account.",
      'Implanta o pipeline de um lab (tabelas, stream, consumidor, dashboard) na sua conta AWS.',
    ))
    .argument('<lab>', t('lab number, name or folder (e.g. 01, labs/01-deploy-consumer)', 'número, nome ou pasta do lab (ex.: 01, labs/01-deploy-consumer)'))
    .option('--solution', t('deploy the reference solution instead of your starter', 'implanta a solução de referência em vez do seu lab'))
    .option('--alarm-email <address>', t('e-mail subscribed to the IteratorAge alarm, when the lab has one', 'e-mail inscrito no alarme de IteratorAge, quando o lab tem um'))
    .addOption(awsRegionOption(ctx))
    .addOption(awsProfileOption(ctx))
    .action(async (lab: string, options: DeployOptions) => {
      const labDir = await resolveDeployableLab(ctx.repoRoot, lab, options.solution === true);
      const [{ deployLab }, { LAB_OUTPUTS }] = await Promise.all([import('../../infra/cdk-runner.js'), import('../../infra/lab-stack.js')]);
      ctx.err(t(`Checking credentials and CDK bootstrap, then deploying ${labDir} …`, `Verificando credenciais e bootstrap do CDK; depois implantando ${labDir} …`));
      const result = await deployLab({
        repoRoot: ctx.repoRoot,
        labDir,
        env: ctx.env,
        onOutput: (chunk) => ctx.err(chunk.replace(/\n$/, '')),
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        ...(options.region === undefined ? {} : { region: options.region }),
        ...(options.alarmEmail === undefined ? {} : { context: { alarmEmail: options.alarmEmail } }),
      });
      const o = result.outputs;
      const minutes = (result.durationMs / 60_000).toFixed(1);
      ctx.out(t(
        `✔ ${result.stackName} deployed to account ${result.access.account} in ${result.access.region} (${minutes} min).`,
        `✔ ${result.stackName} implantada na conta ${result.access.account} em ${result.access.region} (${minutes} min).`,
      ));
      for (const [label, key] of [
        [t('Source table', 'Tabela de origem'), LAB_OUTPUTS.sourceTableName],
        [t('Results table', 'Tabela de resultados'), LAB_OUTPUTS.resultsTableName],
        [t('Consumer function', 'Função consumidora'), LAB_OUTPUTS.functionName],
        ['Dashboard', LAB_OUTPUTS.dashboardUrl],
        [t('On-failure queue', 'Fila de falhas'), LAB_OUTPUTS.failureQueueUrl],
      ] as const) {
        if (o[key] !== undefined) ctx.out(`  ${label}: ${o[key]}`);
      }
      const region = `--region ${result.access.region}`;
      ctx.out(t('Next:', 'Próximos passos:'));
      ctx.out(`  npx workshop load --table ${o[LAB_OUTPUTS.sourceTableName] ?? '<table>'} --rate 100 --duration 5m ${region}`);
      ctx.out(`  npx workshop watch --function ${o[LAB_OUTPUTS.functionName] ?? '<function>'} ${region}`);
      ctx.out(t(
        `When you are done: npx workshop destroy ${lab}${options.solution ? ' --solution' : ''} ${region}`,
        `Ao terminar: npx workshop destroy ${lab}${options.solution ? ' --solution' : ''} ${region}`,
      ));
    });
};
