// One bilingual text type and one `t(en, pt)` helper for the whole kit (i18n/bilingual.ts): this test finds
// any other declaration of the { en, 'pt-BR' } shape or any hand-rolled `t` helper.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bilingual, inLanguage, translator } from './bilingual.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
function sources(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('bilingual texts', () => {
  it("GIVEN 'Hello' and 'Olá' WHEN picked per language THEN each language gets its side", () => {
    expect([translator('en')('Hello', 'Olá'), translator('pt-BR')('Hello', 'Olá')]).toEqual(['Hello', 'Olá']);
    expect(inLanguage(bilingual('Hello', 'Olá'), 'pt-BR')).toBe('Olá');
  });

  it('GIVEN the kit and the site WHEN searched THEN the bilingual type and the t helper are declared only in i18n/bilingual.ts', () => {
    const offenders = ['workshop/src', 'site/src', 'site/scripts'].flatMap(sources).filter((path) => path !== 'workshop/src/i18n/bilingual.ts').flatMap((path) => {
      const text = readFileSync(join(repoRoot, path), 'utf8');
      const found: string[] = [];
      if (/\{\s*readonly (en|'pt-BR'): string;\s*readonly ('pt-BR'|en): string\s*\}/.test(text)) found.push(`${path}: declares the { en, 'pt-BR' } type`);
      if (/const t = \(en: string, pt: string\)/.test(text)) found.push(`${path}: defines its own t(en, pt)`);
      return found;
    });
    expect(offenders).toEqual([]);
  });
});
