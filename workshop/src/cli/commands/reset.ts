import { WorkshopError, isWorkshopError } from '../../errors/workshop-error.js';
import { formatIssue } from '../../errors/format-issue.js';
import { resolveLabFolder } from '../../labs/node/lab-folder.js';
import { clearLab } from '../../labs/node/progress-store.js';
import { askOnTerminal, type ConfirmAnswer } from '../confirm-prompt.js';
import type { RegisterCommand } from './index.js';
import { translator } from '../../i18n/bilingual.js';

/** How `reset` asks before overwriting; tests answer for the learner. */
export interface ResetDeps {
  readonly confirm: (question: string) => Promise<ConfirmAnswer>;
}

/** Builds `workshop reset <NN>`: restores the lab's starter files from git after a confirmation. */
export function makeRegisterReset(deps: ResetDeps): RegisterCommand {
  return (program, ctx) => {
    const t = translator(ctx.language);
    program
      .command('reset')
      .description(t("Restore a lab's starter files (your changes in that lab are lost) and forget its progress.", 'Restaura os arquivos iniciais de um lab (as suas mudanças nele se perdem) e esquece o progresso dele.'))
      .argument('<lab>', t('lab number or name (e.g. 04)', 'número ou nome do lab (ex.: 04)'))
      .option('--yes', t('do not ask for confirmation', 'não pede confirmação'))
      .action(async (text: string, options: { readonly yes?: boolean }) => {
        const folder = resolveLabFolder(ctx.repoRoot, text, 'starter');
        const { committedStarter, restoreFiles } = await import('../../labs/node/starter-restore.js');
        const files = committedStarter(ctx.repoRoot, folder.slug);
        const count = files.size === 1 ? t('1 file', '1 arquivo') : t(`${files.size} files`, `${files.size} arquivos`);
        const action = t(`reset labs/${folder.slug}`, `restaurar labs/${folder.slug}`);
        if (!options.yes) {
          const answer = await deps.confirm(t(`Overwrite ${count} in labs/${folder.slug} with the starter? Your changes there will be lost. [y/N] `,
            `Sobrescrever ${count} em labs/${folder.slug} com o ponto de partida? As suas mudanças ali se perdem. [s/N] `));
          if (answer !== 'yes') throw new WorkshopError({ code: 'not_confirmed', action, reason: answer === 'no' ? 'declined' : answer });
        }
        // All or nothing: on any failure every file is back as it was and no temporary file is left.
        restoreFiles(ctx.repoRoot, files);
        try {
          clearLab(ctx.repoRoot, folder.id);
        } catch (error) {
          // The files are restored; only the progress note could not be updated.
          const detail = isWorkshopError(error) ? formatIssue(error.issue, ctx.language).message : error instanceof Error ? error.message : String(error);
          ctx.err(t(`⚠ The progress file was not updated (${detail}); \`list\` may still show lab ${folder.id} as done.`,
            `⚠ O arquivo de progresso não foi atualizado (${detail}); o \`list\` ainda pode mostrar o lab ${folder.id} como feito.`));
        }
        ctx.out(t(`✔ labs/${folder.slug} is back to its starter (${count}).`, `✔ labs/${folder.slug} voltou ao ponto de partida (${count}).`));
      });
  };
}

/** `workshop reset`, asking on the terminal. */
export const registerReset: RegisterCommand = makeRegisterReset({ confirm: (question) => askOnTerminal(question) });
