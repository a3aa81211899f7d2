import { hasTask, LAB_CATALOG } from '../../labs/core/lab-catalog.js';
import { labStates, readProgress } from '../../labs/node/progress-store.js';
import type { RegisterCommand } from './index.js';
import { translator } from '../../i18n/bilingual.js';

const MARK = { done: '✔', current: '▶', todo: '·' } as const;

/** `workshop list`: every lab with its title, time and progress (done / current / todo). */
export const registerList: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('list')
    .description(t('List the labs with their duration and your progress.', 'Lista os labs com a duração e o seu progresso.'))
    .action(() => {
      const states = labStates(readProgress(ctx.repoRoot), LAB_CATALOG.map((lab) => ({ id: lab.id, task: hasTask(lab) })));
      const words = { done: t('done', 'feito'), current: t('current', 'atual'), todo: t('to do', 'a fazer') };
      const width = Math.max(...LAB_CATALOG.map((lab) => lab.title[ctx.language].length));
      for (const lab of LAB_CATALOG) {
        const state = states[lab.id] ?? 'todo';
        const kind = hasTask(lab) ? '' : t('  (no check)', '  (sem verificação)');
        ctx.out(`${MARK[state]} ${lab.id}  ${lab.title[ctx.language].padEnd(width)} ${String(lab.minutes).padStart(3)} min  ${words[state]}${kind}`);
      }
      ctx.out(t('Next: npx workshop run <NN>, then npx workshop check <NN>.', 'Próximo passo: npx workshop run <NN> e depois npx workshop check <NN>.'));
    });
};
