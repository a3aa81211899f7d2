import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkParity, formatProblems, listPages } from './support/parity-checker';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ptDocs = path.join(siteDir, 'docs');
const enDocs = path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current');

describe('the site in pt-BR and en (real docs folders)', () => {
  it('GIVEN the pt-BR docs WHEN listed THEN there are pages to compare', () => {
    expect(listPages(ptDocs)).toContain('index.mdx');
  });

  it('GIVEN both locales WHEN compared THEN every page exists in both, with the same headings, code blocks, imports and charts', () => {
    const problems = checkParity(ptDocs, enDocs);
    expect(problems, `Translation parity problems:\n${formatProblems(problems)}`).toEqual([]);
  });
});
