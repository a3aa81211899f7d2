import { WorkshopError } from '../../errors/workshop-error.js';
import { askOnTerminal } from '../confirm-prompt.js';
import { resolveDeployableLab } from '../lab-target.js';
import type { RegisterCommand } from './index.js';
import { awsProfileOption, awsRegionOption } from '../aws-access-options.js';
import { translator } from '../../i18n/bilingual.js';

interface DestroyOptions {
  readonly solution?: boolean;
  readonly profile?: string;
  readonly region?: string;
  readonly yes?: boolean;
}

/** `workshop destroy <lab>`: deletes the lab's stack and everything in it, after a confirmation. */
export const registerDestroy: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('destroy')
    .description(t(
      "Delete a lab's stack from AWS: tables and their data, function, alarm, dashboard.",
      'Remove da AWS a pilha (stack) de um lab: tabelas e seus dados, função, alarme, painel.',
    ))
    .argument('<lab>', t('lab number, name or folder (e.g. 01, labs/01-deploy-consumer)', 'número, nome ou pasta do lab (ex.: 01, labs/01-deploy-consumer)'))
    .option('--solution', t('the stack was deployed from the reference solution', 'a pilha foi implantada a partir da solução de referência'))
    .option('-y, --yes', t('do not ask for confirmation', 'não pede confirmação'))
    .addOption(awsRegionOption(ctx))
    .addOption(awsProfileOption(ctx))
    .action(async (lab: string, options: DestroyOptions) => {
      const labDir = await resolveDeployableLab(ctx.repoRoot, lab, options.solution === true);
      const [{ destroyLab }, { stackNameFor }] = await Promise.all([import('../../infra/cdk-runner.js'), import('../../infra/lab-definition.js')]);
      const stackName = stackNameFor(labDir.split(/[\\/]/).pop() ?? labDir);
      if (options.yes !== true) await confirm(t(`Delete stack ${stackName} and all its data? [y/N] `, `Remover a pilha ${stackName} e todos os seus dados? [s/N] `), stackName);
      const result = await destroyLab({
        repoRoot: ctx.repoRoot,
        labDir,
        env: ctx.env,
        onOutput: (chunk) => ctx.err(chunk.replace(/\n$/, '')),
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        ...(options.region === undefined ? {} : { region: options.region }),
      });
      ctx.out(t(
        `✔ ${result.stackName} deleted from ${result.access.region}. Nothing of this lab is left running.`,
        `✔ ${result.stackName} removida de ${result.access.region}. Nada deste lab continua rodando.`,
      ));
    });
};

/** Asks on a terminal; without one (CI, pipes) the learner must pass --yes. Ctrl-C at the prompt exits 130. */
async function confirm(question: string, stackName: string): Promise<void> {
  const answer = await askOnTerminal(question);
  if (answer !== 'yes') throw new WorkshopError({ code: 'not_confirmed', action: `destroy ${stackName}`, reason: answer === 'no' ? 'declined' : answer });
}
