// One text in both of the workshop's languages, and the one helper that picks a language's side.
import type { Language } from './language.js';

/** A text in both of the workshop's languages. */
export interface Bilingual {
  readonly en: string;
  readonly 'pt-BR': string;
}

/** `{ en, 'pt-BR' }` from the two texts, English first (the order every `t(en, pt)` call uses). */
export function bilingual(en: string, pt: string): Bilingual {
  return { en, 'pt-BR': pt };
}

/** The one `t(en, pt)` of the kit: picks the side of `language` from the two texts, English first. */
export function translator(language: Language): (en: string, pt: string) => string {
  return (en, pt) => (language === 'pt-BR' ? pt : en);
}

/** The side of `text` in `language`. */
export function inLanguage(text: Bilingual, language: Language): string {
  return text[language];
}
