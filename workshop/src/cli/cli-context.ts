import type { Bilingual } from '../i18n/bilingual.js';
import type { Language } from '../i18n/language.js';

/** What every command gets: the learner's language and where to write. Tests pass their own. */
export interface CliContext {
  readonly language: Language;
  /** Plain output (results, tables, charts). */
  readonly out: (text: string) => void;
  /** Diagnostics and errors. */
  readonly err: (text: string) => void;
  /** True when stdout is an interactive terminal (progress bars, colours). */
  readonly isTty: boolean;
  /** True when stderr is an interactive terminal: progress goes there, also when stdout is a pipe (`--json | jq`). */
  readonly errIsTty?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The repository root (where package.json, labs/ and solutions/ are). */
  readonly repoRoot: string;
}

/** Picks the text for the learner's language from a pair. */
export function say(ctx: Pick<CliContext, 'language'>, text: Bilingual): string {
  return text[ctx.language];
}
