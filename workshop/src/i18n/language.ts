/** The two languages the workshop speaks. pt-BR is the default of the site; the CLI follows LANG. */
export type Language = 'pt-BR' | 'en';

export const LANGUAGES: readonly Language[] = ['pt-BR', 'en'];

/** `pt`, `pt-BR`, `pt_br`, `en`, `en-US`… as a language; undefined for anything else (e.g. `fr`, `english`). */
export function parseLanguage(text: string): Language | undefined {
  const code = text.trim().toLowerCase().replace('_', '-');
  if (/^pt(-[a-z]{2})?$/.test(code)) return 'pt-BR';
  if (/^en(-[a-z]{2})?$/.test(code)) return 'en';
  return undefined;
}

/**
 * Picks the learner's language: an explicit, known `--lang` wins (an unknown one is ignored here: the CLI refuses it), then `LANG`/`LC_ALL`
 * (anything starting with `pt` → Portuguese), else English.
 */
export function resolveLanguage(options: { readonly flag?: string; readonly env?: Readonly<Record<string, string | undefined>> }): Language {
  const flag = options.flag === undefined ? undefined : parseLanguage(options.flag);
  if (flag) return flag;
  const env = options.env ?? {};
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return locale.startsWith('pt') ? 'pt-BR' : 'en';
}
