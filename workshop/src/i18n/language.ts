/** The two languages the workshop speaks. pt-BR is the default of the site; the CLI follows LANG. */
export type Language = 'pt-BR' | 'en';

export const LANGUAGES: readonly Language[] = ['pt-BR', 'en'];

/**
 * Picks the learner's language: an explicit `--lang` wins, then `LANG`/`LC_ALL`
 * (anything starting with `pt` → Portuguese), else English.
 */
export function resolveLanguage(options: { readonly flag?: string; readonly env?: Readonly<Record<string, string | undefined>> }): Language {
  const flag = options.flag?.trim().toLowerCase();
  if (flag) return flag.startsWith('pt') ? 'pt-BR' : 'en';
  const env = options.env ?? {};
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return locale.startsWith('pt') ? 'pt-BR' : 'en';
}
