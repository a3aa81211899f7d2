// A lab is declared once (workshop/src/labs/core/definitions/NN-slug.ts). These tests name whatever a new
// lab is missing — its folders, its files, its pages, an inherited module — and keep the lab folders free
// of copies: what a lab inherits comes through `builtOn` (moduleSources), never through a copied file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAB_CATALOG, moduleSources } from '../core/lab-catalog.js';
import { listLabSlugs } from './lab-folder.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const PAGES = ['site/docs/labs', 'site/i18n/en/docusaurus-plugin-content-docs/current/labs'];
const VARIANTS = ['labs', 'solutions'] as const;

describe('every lab is declared once, and its declaration matches the repository', () => {
  it('GIVEN labs/ WHEN compared with the definitions THEN each folder has a definition and each definition a folder', () => {
    const declared = LAB_CATALOG.map((lab) => lab.slug);
    expect(listLabSlugs(repoRoot).filter((slug) => !declared.includes(slug)), 'folders under labs/ without a definition in workshop/src/labs/core/definitions/').toEqual([]);
    for (const variant of VARIANTS) {
      expect(declared.filter((slug) => !existsSync(join(repoRoot, variant, slug))), `definitions without a ${variant}/ folder`).toEqual([]);
    }
  });

  it.each(LAB_CATALOG.flatMap((lab) => VARIANTS.map((variant) => [variant, lab.slug, lab] as const)))('GIVEN %s/%s WHEN listed THEN it holds exactly the files its definition declares', (variant, _slug, lab) => {
    const dir = join(repoRoot, variant, lab.slug);
    expect(readdirSync(dir).sort(), `${variant}/${lab.slug} (definition: files)`).toEqual([...lab.files].sort());
  });

  it.each(LAB_CATALOG)('GIVEN lab $slug WHEN its pages are looked for THEN both languages have one', (lab) => {
    for (const dir of PAGES) expect(existsSync(join(repoRoot, dir, `${lab.slug}.mdx`)), `${dir}/${lab.slug}.mdx`).toBe(true);
  });

  it.each(LAB_CATALOG.filter((lab) => lab.check))('GIVEN lab $slug with code WHEN its pages are read THEN both say what it inherits (<LabInherits />)', (lab) => {
    for (const dir of PAGES) expect(readFileSync(join(repoRoot, dir, `${lab.slug}.mdx`), 'utf8'), `${dir}/${lab.slug}.mdx`).toContain(`<LabInherits slug="${lab.slug}" />`);
  });

  it.each(LAB_CATALOG.filter((lab) => lab.check))('GIVEN lab $slug WHEN its modules are resolved THEN every file exists, own or inherited, with a consumer and a handler', (lab) => {
    const sources = moduleSources(lab);
    expect(sources.map((s) => s.module)).toEqual(expect.arrayContaining(['consumer', 'handler']));
    for (const source of sources) {
      for (const variant of source.own ? VARIANTS : (['solutions'] as const)) {
        const path = join(variant, source.own ? lab.slug : source.fromLab.slug, `${source.module}.ts`);
        expect(existsSync(join(repoRoot, path)), path).toBe(true);
      }
    }
  });

  it.each(LAB_CATALOG.filter((lab) => lab.check))('GIVEN lab $slug with a check WHEN its definition is read THEN it names the expectations its starter fails', (lab) => {
    expect(lab.starterFails?.length ?? 0, `${lab.slug}: starterFails`).toBeGreaterThan(0);
  });

  it('GIVEN the lab files WHEN they import another lab THEN only a module that lab provides through builtOn, from its solution', () => {
    for (const lab of LAB_CATALOG) {
      for (const variant of VARIANTS) {
        for (const file of lab.files.filter((name) => name.endsWith('.ts'))) {
          const text = readFileSync(join(repoRoot, variant, lab.slug, file), 'utf8');
          for (const [, slug, module] of text.matchAll(/from '\.\.\/\.\.\/(?:labs|solutions)\/([^/]+)\/([a-z-]+)\.js'/g)) {
            const source = moduleSources(lab).find((s) => s.module === module);
            expect(`${variant}/${lab.slug}/${file} imports ${slug}/${module}`).toBe(`${variant}/${lab.slug}/${file} imports ${source?.fromLab.slug}/${module}`);
            expect(text, `${variant}/${lab.slug}/${file}`).toContain(`from '../../solutions/${slug}/${module}.js'`);
          }
        }
      }
    }
  });
});

describe('no copies: a file is never repeated across lab numbers', () => {
  it('GIVEN every .ts file of 5 lines or more under labs/NN-* and solutions/NN-* WHEN hashed THEN no content is in more than two lab numbers', () => {
    const labsOf = new Map<string, Set<string>>();
    for (const variant of VARIANTS) {
      for (const slug of readdirSync(join(repoRoot, variant)).filter((name) => /^\d\d-/.test(name))) {
        for (const file of readdirSync(join(repoRoot, variant, slug)).filter((name) => /\.tsx?$/.test(name))) {
          const text = readFileSync(join(repoRoot, variant, slug, file), 'utf8');
          if (text.split('\n').length < 5) continue;
          const hash = createHash('md5').update(text).digest('hex');
          labsOf.set(hash, (labsOf.get(hash) ?? new Set()).add(slug.slice(0, 2)));
        }
      }
    }
    expect([...labsOf.values()].filter((labs) => labs.size > 2).map((labs) => [...labs])).toEqual([]);
  });

  it("GIVEN the kit's toResult (workshop/src/runtime/order-result.ts) WHEN compared with lab 01's answer THEN the code is the same", () => {
    const code = (path: string) => readFileSync(join(repoRoot, path), 'utf8').slice(readFileSync(join(repoRoot, path), 'utf8').indexOf('/** One row per order'));
    expect(code('workshop/src/runtime/order-result.ts')).toBe(code('solutions/01-deploy-consumer/order-result.ts'));
  });
});
