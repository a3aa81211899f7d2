import { createInterface } from 'node:readline/promises';
import { WorkshopError } from '../../errors/workshop-error.js';
import { resolveLabFolder } from '../../labs/lab-folder.js';
import { clearLab } from '../../labs/progress-store.js';
import { say } from '../cli-context.js';
import type { RegisterCommand } from './index.js';

/** How `reset` asks before overwriting; tests answer for the learner. */
export interface ResetDeps {
  readonly confirm: (question: string) => Promise<boolean>;
}

/** Builds `workshop reset <NN>`: restores the lab's starter files from git after a confirmation. */
export function makeRegisterReset(deps: ResetDeps): RegisterCommand {
  return (program, ctx) => {
    const t = (en: string, pt: string) => say(ctx, { en, 'pt-BR': pt });
    program
      .command('reset')
      .description(t("Restore a lab's starter files (your changes in that lab are lost) and forget its progress.", 'Restaura os arquivos iniciais de um lab (as suas mudanças nele se perdem) e esquece o progresso dele.'))
      .argument('<lab>', t('lab number or name (e.g. 04)', 'número ou nome do lab (ex.: 04)'))
      .option('--yes', t('do not ask for confirmation', 'não pede confirmação'))
      .action(async (text: string, options: { readonly yes?: boolean }) => {
        const folder = resolveLabFolder(ctx.repoRoot, text, 'starter');
        const { committedStarter, restoreFiles } = await import('../../labs/starter-restore.js');
        const files = committedStarter(ctx.repoRoot, folder.slug);
        const action = t(`reset labs/${folder.slug}`, `restaurar labs/${folder.slug}`);
        if (!options.yes) {
          const question = t(`Overwrite ${files.size} file(s) in labs/${folder.slug} with the starter? Your changes there will be lost. [y/N] `,
            `Sobrescrever ${files.size} arquivo(s) em labs/${folder.slug} com o ponto de partida? As suas mudanças ali se perdem. [s/N] `);
          if (!ctx.isTty || !(await deps.confirm(question))) throw new WorkshopError({ code: 'not_confirmed', action });
        }
        restoreFiles(ctx.repoRoot, files);
        clearLab(ctx.repoRoot, folder.id);
        ctx.out(t(`✔ labs/${folder.slug} is back to its starter (${files.size} file(s)).`, `✔ labs/${folder.slug} voltou ao ponto de partida (${files.size} arquivo(s)).`));
      });
  };
}

/** `workshop reset`, asking on the terminal. */
export const registerReset: RegisterCommand = makeRegisterReset({
  confirm: async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^(y|yes|s|sim)$/i.test((await rl.question(question)).trim());
    } finally {
      rl.close();
    }
  },
});
