import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveLabFolder } from '../../labs/node/lab-folder.js';
import type { RegisterCommand } from './index.js';
import { translator } from '../../i18n/bilingual.js';

/** `workshop diff <NN>`: the learner's files against the reference solution, as a unified diff. */
export const registerDiff: RegisterCommand = (program, ctx) => {
  const t = translator(ctx.language);
  program
    .command('diff')
    .description(t('Compare your lab files with the reference solution (unified diff).', 'Compara os arquivos do seu lab com a solução de referência (diff unificado).'))
    .argument('<lab>', t('lab number or name (e.g. 04)', 'número ou nome do lab (ex.: 04)'))
    .action(async (text: string) => {
      const { unifiedDiff } = await import('../../labs/core/line-diff.js');
      const mine = resolveLabFolder(ctx.repoRoot, text, 'starter');
      const reference = resolveLabFolder(ctx.repoRoot, mine.slug, 'solution');
      const names = [...new Set([...filesOf(mine.dir), ...filesOf(reference.dir)])].sort();
      let differences = 0;
      for (const name of names) {
        const left = join(mine.dir, name);
        const right = join(reference.dir, name);
        const text = unifiedDiff(read(left), read(right), `labs/${mine.slug}/${name}`, `solutions/${mine.slug}/${name}`);
        if (text === '') continue;
        differences += 1;
        ctx.out(text);
      }
      ctx.out(differences === 0
        ? t(`labs/${mine.slug} matches the solution.`, `labs/${mine.slug} está igual à solução.`)
        : differences === 1
          ? t('1 file differs ("-" yours, "+" the solution).', '1 arquivo diferente ("-" o seu, "+" a solução).')
          : t(`${differences} files differ ("-" yours, "+" the solution).`, `${differences} arquivos diferentes ("-" o seu, "+" a solução).`));
    });
};

function filesOf(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name) : [];
}

function read(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
