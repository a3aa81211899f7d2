import { WorkshopError } from '../../errors/workshop-error.js';
import { LAB_CATALOG, labEntry } from '../../labs/core/lab-catalog.js';
import { resolveLabFolder } from '../../labs/node/lab-folder.js';
import type { RegisterCommand } from './index.js';
import { translator } from '../../i18n/bilingual.js';

/** `workshop hint <NN>`: the lab's hints, from gentle to explicit. */
export const registerHint: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('hint')
    .description(t("Show a lab's hints, from gentle to explicit.", 'Mostra as dicas de um lab, da mais sutil à mais explícita.'))
    .argument('<lab>', t('lab number or name (e.g. 04)', 'número ou nome do lab (ex.: 04)'))
    .action((text: string) => {
      const folder = resolveLabFolder(ctx.repoRoot, text);
      const entry = labEntry(folder.id);
      if (!entry) throw new WorkshopError({ code: 'unknown_lab', got: text, allowed: LAB_CATALOG.map((l) => l.slug) });
      ctx.out(`${entry.id} — ${entry.title[ctx.language]}`);
      entry.hints[ctx.language].forEach((hint, i) => ctx.out(`  ${i + 1}. ${hint}`));
      if (entry.check) ctx.out(t(`Compare with the reference: npx workshop diff ${entry.id}`, `Compare com a referência: npx workshop diff ${entry.id}`));
    });
};
