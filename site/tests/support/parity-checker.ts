import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Compares the two languages of the docs: the same pages (relative paths), the same front matter ids,
 * slugs and positions, the same heading structure (levels and explicit `{#id}`s), the same code blocks
 * (language and content; Mermaid diagrams by language only, their labels are translated), the same
 * raw-loader imports and the same chart/playground components.
 */
export interface ParityProblem {
  /** The page, relative to the docs folder (e.g. `labs/04-batch-size.mdx`). */
  readonly page: string;
  readonly kind: 'missing-translation' | 'missing-original' | 'front-matter' | 'headings' | 'code-blocks' | 'raw-imports' | 'components';
  readonly detail: string;
}

export interface PageStructure {
  readonly frontMatter: Readonly<Record<string, string>>;
  /** `## {#id}` → `2 #id`; a heading without an explicit id → `2`. */
  readonly headings: readonly string[];
  /** `language\ncontent` per fenced block; Mermaid blocks as `mermaid` only. */
  readonly codeBlocks: readonly string[];
  readonly rawImports: readonly string[];
  /** `<ScenarioChart id="..." ...>` and `<Playground ...>` as written (attributes in order). */
  readonly components: readonly string[];
}

const COMPARED_FRONT_MATTER = ['id', 'slug', 'sidebar_position'];

export function parsePage(text: string): PageStructure {
  const lines = text.split(/\r?\n/);
  const frontMatter: Record<string, string> = {};
  let i = 0;
  if (lines[0]?.trim() === '---') {
    for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i += 1) {
      const match = /^([A-Za-z_]+):\s*(.*)$/.exec(lines[i]!);
      if (match && COMPARED_FRONT_MATTER.includes(match[1]!)) frontMatter[match[1]!] = match[2]!.trim().replace(/^['"]|['"]$/g, '');
    }
    i += 1;
  }
  const headings: string[] = [];
  const codeBlocks: string[] = [];
  const rawImports: string[] = [];
  const components: string[] = [];
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(line);
    if (fence) {
      const marker = fence[2]!;
      const language = fence[3] || 'text';
      const body: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.trim().startsWith(marker); i += 1) body.push(lines[i]!);
      codeBlocks.push(language === 'mermaid' ? 'mermaid' : `${language}${fence[4]!.trimEnd()}\n${body.join('\n')}`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const id = /\{(?:#|\/\*\s*#)([\w-]+)(?:\s*\*\/)?\}\s*$/.exec(heading[2]!);
      headings.push(id ? `${heading[1]!.length} #${id[1]}` : `${heading[1]!.length}`);
      continue;
    }
    const raw = /from\s+['"]!!raw-loader!([^'"]+)['"]/.exec(line);
    if (raw) rawImports.push(raw[1]!);
    for (const component of line.matchAll(/<(ScenarioChart|Playground)\b([^>]*?)\/?>/g)) {
      components.push(`${component[1]} ${component[2]!.trim().replace(/\s+/g, ' ')}`.trim());
    }
  }
  return { frontMatter, headings, codeBlocks, rawImports, components };
}

export function comparePages(page: string, original: string, translation: string): ParityProblem[] {
  const a = parsePage(original);
  const b = parsePage(translation);
  const problems: ParityProblem[] = [];
  const differ = (kind: ParityProblem['kind'], left: readonly string[], right: readonly string[], what: string): void => {
    const index = firstDifference(left, right);
    if (index === -1) return;
    problems.push({ page, kind, detail: `${what} #${index + 1} differs: pt-BR ${show(left[index])} vs en ${show(right[index])} (${left.length} vs ${right.length} in total)` });
  };
  for (const key of COMPARED_FRONT_MATTER) {
    if (a.frontMatter[key] !== b.frontMatter[key]) {
      problems.push({ page, kind: 'front-matter', detail: `front matter "${key}": pt-BR ${show(a.frontMatter[key])} vs en ${show(b.frontMatter[key])}` });
    }
  }
  differ('headings', a.headings, b.headings, 'heading');
  differ('code-blocks', a.codeBlocks, b.codeBlocks, 'code block');
  differ('raw-imports', a.rawImports, b.rawImports, 'raw-loader import');
  differ('components', a.components, b.components, 'component');
  return problems;
}

/** Every .md/.mdx page under `dir`, relative, sorted. */
export function listPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const pages: string[] = [];
  const visit = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative))) {
      const child = path.join(relative, entry);
      if (statSync(path.join(dir, child)).isDirectory()) visit(child);
      else if (/\.mdx?$/.test(entry)) pages.push(child.split(path.sep).join('/'));
    }
  };
  visit('');
  return pages.sort();
}

export function checkParity(originalDir: string, translationDir: string): ParityProblem[] {
  const original = listPages(originalDir);
  const translated = listPages(translationDir);
  const problems: ParityProblem[] = [];
  for (const page of original) {
    if (!translated.includes(page)) problems.push({ page, kind: 'missing-translation', detail: `no English page at ${path.join(translationDir, page)}` });
    else problems.push(...comparePages(page, readFileSync(path.join(originalDir, page), 'utf8'), readFileSync(path.join(translationDir, page), 'utf8')));
  }
  for (const page of translated) {
    if (!original.includes(page)) problems.push({ page, kind: 'missing-original', detail: `English page with no pt-BR original at ${path.join(originalDir, page)}` });
  }
  return problems;
}

export function formatProblems(problems: readonly ParityProblem[]): string {
  return problems.map((p) => `${p.page}: [${p.kind}] ${p.detail}`).join('\n');
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) if (a[i] !== b[i]) return i;
  return -1;
}

function show(value: string | undefined): string {
  if (value === undefined) return '(none)';
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
}
