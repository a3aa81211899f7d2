// The layer table of ARCHITECTURE.md, enforced: every import of every .ts/.tsx file of the repository is
// checked against the row of the file's area (areas it may import, packages, Node built-ins). The table is read
// from ARCHITECTURE.md itself, so the document cannot drift from the code.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface LayerRow {
  readonly area: string;
  readonly files: readonly RegExp[];
  readonly areas: ReadonlySet<string>;
  readonly packages: readonly string[];
  readonly node: boolean;
}

/** `workshop/src/engine/**` → a RegExp on repository-relative paths. */
function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*');
  return new RegExp(`^${pattern}$`);
}

/** The rows between the layer-table markers of a markdown text. */
export function parseLayerTable(markdown: string): LayerRow[] {
  const table = /<!-- layer-table:start -->([\s\S]*?)<!-- layer-table:end -->/.exec(markdown)?.[1];
  if (!table) throw new Error('ARCHITECTURE.md has no layer table between its markers.');
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
  const list = (cell: string) => cell.split(',').map((item) => item.trim().replace(/`/g, '')).filter(Boolean);
  return table.trim().split('\n').slice(2).map((line) => {
    const [area, files, areas, packages, node] = cells(line) as [string, string, string, string, string];
    return { area, files: list(files).map(globToRegExp), areas: new Set(list(areas)), packages: list(packages), node: node === 'yes' };
  });
}

/** Every import specifier of a TypeScript source (static, re-export, side-effect, literal dynamic), as TypeScript reads them. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || /(^|\/)(__fixtures__|test-fixtures)\//.test(path);

/** The row of a repository-relative path (first match), or undefined outside every area. */
function rowOf(rows: readonly LayerRow[], path: string): LayerRow | undefined {
  return rows.find((row) => row.files.some((file) => file.test(path)));
}

/** Where a relative specifier points, repository-relative, with `.js` read as the `.ts` file it names. */
function target(from: string, spec: string): string {
  return normalize(join(dirname(from), spec)).replace(/\.js$/, '.ts');
}

function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function allowsPackage(row: LayerRow, name: string): boolean {
  return row.packages.some((allowed) => allowed === name || (allowed.endsWith('/*') && name.startsWith(allowed.slice(0, -1))));
}

/** The problems of one file's imports against the table (empty when it follows it). */
export function layerProblems(rows: readonly LayerRow[], path: string, source: string): string[] {
  const row = rowOf(rows, path);
  const problems: string[] = [];
  for (const spec of importsOf(source)) {
    const local = spec.startsWith('.');
    const to = local ? target(path, spec) : undefined;
    if (to !== undefined && path.startsWith('workshop/src/') && /^(labs|solutions)\//.test(to)) {
      problems.push(`${path} imports lab code ${to}: load it with the lab loader instead`);
      continue;
    }
    if (!row || isTest(path)) continue;
    if (to !== undefined) {
      const toRow = rowOf(rows, to);
      if (toRow && toRow.area !== row.area && !row.areas.has(toRow.area)) problems.push(`${path} (${row.area}) imports ${to} (${toRow.area})`);
    } else if (spec.startsWith('node:')) {
      if (!row.node) problems.push(`${path} (${row.area}) imports ${spec}: no Node built-ins in ${row.area}`);
    } else if (!allowsPackage(row, packageOf(spec))) {
      problems.push(`${path} (${row.area}) imports the package ${packageOf(spec)}`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
    if (['node_modules', 'build', '.docusaurus', '.git', '.workshop', 'cdk.out'].includes(entry.name)) continue;
    const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const rows = parseLayerTable(readFileSync(join(repoRoot, 'ARCHITECTURE.md'), 'utf8'));
const files = ['workshop', 'labs', 'solutions', 'site'].flatMap((dir) => sourceFiles(dir));

describe('the layer table of ARCHITECTURE.md', () => {
  it('GIVEN every .ts file of workshop/, labs/, solutions/ and site/ WHEN placed THEN each is in exactly one named area', () => {
    expect(files.filter((path) => rowOf(rows, path) === undefined)).toEqual([]);
    expect(new Set(rows.map((row) => row.area)).size).toBe(rows.length);
  });

  it('GIVEN the table WHEN read THEN every area it lets a row import is a row of the table', () => {
    const areas = new Set(rows.map((row) => row.area));
    expect(rows.flatMap((row) => [...row.areas].filter((area) => !areas.has(area)).map((area) => `${row.area} → ${area}`))).toEqual([]);
  });

  it(`GIVEN the ${files.length} source files WHEN their imports are checked against their area's row THEN none breaks it`, () => {
    const problems = files.flatMap((path) => layerProblems(rows, path, readFileSync(join(repoRoot, path), 'utf8')));
    expect(problems).toEqual([]);
  });
});

describe('the layer check itself (it can fail)', () => {
  const demo = parseLayerTable(['<!-- layer-table:start -->', '| Area | Files | May import | Packages | node: |', '| --- | --- | --- | --- | --- |',
    '| settings | `workshop/src/settings/**` | | | no |', '| engine | `workshop/src/engine/**` | settings | `aws-lambda` | no |',
    '| load | `workshop/src/load/**` | settings | `@aws-sdk/*` | yes |', '<!-- layer-table:end -->'].join('\n'));

  it('GIVEN load importing the engine WHEN checked THEN the import is named', () => {
    expect(layerProblems(demo, 'workshop/src/load/pacer.ts', "import { buildArrivalCurve } from '../engine/producer.js';"))
      .toEqual(['workshop/src/load/pacer.ts (load) imports workshop/src/engine/producer.ts (engine)']);
  });

  it('GIVEN the engine importing node:fs, CDK and a dynamic import of load WHEN checked THEN all three are named', () => {
    const source = "import { readFileSync } from 'node:fs';\nimport type { Stack } from 'aws-cdk-lib';\nconst m = await import('../load/pacer.js');";
    expect(layerProblems(demo, 'workshop/src/engine/heap.ts', source)).toEqual([
      'workshop/src/engine/heap.ts (engine) imports node:fs: no Node built-ins in engine',
      'workshop/src/engine/heap.ts (engine) imports the package aws-cdk-lib',
      'workshop/src/engine/heap.ts (engine) imports workshop/src/load/pacer.ts (load)',
    ]);
  });

  it('GIVEN a kit test importing a lab file WHEN checked THEN it is refused even though tests are otherwise free', () => {
    expect(layerProblems(demo, 'workshop/src/engine/x.test.ts', "import { createHandler } from '../../../solutions/04-batch-size/handler.js';"))
      .toEqual(['workshop/src/engine/x.test.ts imports lab code solutions/04-batch-size/handler.ts: load it with the lab loader instead']);
  });

  it('GIVEN allowed imports (own area, listed area, scoped package, type-only) WHEN checked THEN nothing is reported', () => {
    const source = "import type { X } from './y.js';\nimport { a } from '../settings/a.js';\nimport { Client } from '@aws-sdk/client-dynamodb';\nimport { join } from 'node:path';";
    expect(layerProblems(demo, 'workshop/src/load/z.ts', source)).toEqual([]);
  });
});
