import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkParity, comparePages, parsePage } from './support/parity-checker';

const PT = [
  '---', 'id: batch', 'slug: /labs/batch', 'sidebar_position: 4', 'title: Tamanho do lote', '---',
  "import src from '!!raw-loader!@site/../solutions/04-batch-size/handler.ts';",
  '# Tamanho do lote', '## Por que o lag cresce {#why-lag-grows}', '```bash', 'npx workshop run 04', '```',
  '```mermaid', 'flowchart LR', '  A[Tabela] --> B[Stream]', '```',
  '<ScenarioChart id="04-batch-size/solution" threshold={30000} />',
].join('\n');
const EN = PT
  .replace('title: Tamanho do lote', 'title: Batch size')
  .replace('# Tamanho do lote', '# Batch size')
  .replace('## Por que o lag cresce', '## Why lag grows')
  .replace('A[Tabela]', 'A[Table]');

describe('parity checker on small fixtures', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('GIVEN a page and its faithful translation WHEN compared THEN there is no problem (Mermaid labels may differ)', () => {
    expect(comparePages('labs/04.mdx', PT, EN)).toEqual([]);
  });

  it('GIVEN a heading id changed in English WHEN compared THEN a headings problem names the page and both ids', () => {
    const problems = comparePages('labs/04.mdx', PT, EN.replace('{#why-lag-grows}', '{#why-lag}'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ page: 'labs/04.mdx', kind: 'headings' });
    expect(problems[0]!.detail).toContain('"2 #why-lag-grows"');
    expect(problems[0]!.detail).toContain('"2 #why-lag"');
  });

  it('GIVEN a heading one level deeper in English WHEN compared THEN the heading structure differs', () => {
    expect(comparePages('p.mdx', PT, EN.replace('## Why', '### Why')).map((p) => p.kind)).toEqual(['headings']);
  });

  it('GIVEN a command edited in one language WHEN compared THEN a code-blocks problem is reported', () => {
    expect(comparePages('p.mdx', PT, EN.replace('run 04', 'run 4')).map((p) => p.kind)).toEqual(['code-blocks']);
  });

  it('GIVEN a raw-loader import of another file WHEN compared THEN a raw-imports problem is reported', () => {
    expect(comparePages('p.mdx', PT, EN.replace('solutions/04-batch-size', 'labs/04-batch-size')).map((p) => p.kind)).toEqual(['raw-imports']);
  });

  it('GIVEN a different chart id or slug WHEN compared THEN components and front matter problems are reported', () => {
    const kinds = comparePages('p.mdx', PT, EN.replace('04-batch-size/solution', '04-batch-size/starter').replace('slug: /labs/batch', 'slug: /labs/b')).map((p) => p.kind);
    expect(kinds).toEqual(['front-matter', 'components']);
  });

  it('GIVEN a heading-like line inside a code block WHEN parsed THEN it is code, not a heading', () => {
    const page = parsePage(['# Title', '```bash', '# a comment', 'ls', '```'].join('\n'));
    expect(page.headings).toEqual(['1']);
    expect(page.codeBlocks).toEqual(['bash\n# a comment\nls']);
  });

  it('GIVEN a pt-BR page with no English file WHEN the folders are checked THEN the missing translation is named', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parity-'));
    const pt = path.join(dir, 'docs');
    const en = path.join(dir, 'en');
    mkdirSync(path.join(pt, 'labs'), { recursive: true });
    mkdirSync(path.join(en, 'labs'), { recursive: true });
    writeFileSync(path.join(pt, 'index.mdx'), PT);
    writeFileSync(path.join(en, 'index.mdx'), EN);
    writeFileSync(path.join(pt, 'labs', '06-alarm.mdx'), PT);
    writeFileSync(path.join(en, 'extra.mdx'), EN);
    const problems = checkParity(pt, en);
    expect(problems.map((p) => `${p.page} ${p.kind}`)).toEqual(['labs/06-alarm.mdx missing-translation', 'extra.mdx missing-original']);
  });
});
