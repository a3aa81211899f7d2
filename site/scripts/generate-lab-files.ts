// Writes site/src/generated/lab-files.json from the lab definitions (never a hand list): for each code lab, the
// files the learner edits (its definition's `files`) and, read-only, what it inherits (the modules of earlier
// labs' references, and the files those import), plus the text of each. The in-browser lab panel uses it.
//
//   node --import tsx site/scripts/generate-lab-files.ts     (also run by `npm run generate -w site`, so by every build)
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasTask, LAB_CATALOG, moduleSources } from '../../workshop/src/labs/core/lab-catalog.js';
import { suggestedRunHours } from '../../workshop/src/labs/core/run-hours.js';
import { BROWSER_PACKAGES, type LabFile, type LabFiles, type LabFilesIndex } from '../src/components/LabWorkbench/lab-files.js';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(siteDir, '..');

/** The repository paths of the lab files `source` (at `file`) imports with a relative path. */
export function relativeImports(file: string, source: string): string[] {
  return [...source.matchAll(/from\s+['"](\.\.?\/[^'"]+)\.js['"]/g)]
    .map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(file), `${m[1]}.ts`)))
    .filter((target) => /^(labs|solutions)\//.test(target));
}

/** Imports of `source` the browser panel cannot provide: packages that are not bundled (types excluded). */
export function missingInBrowser(source: string): string[] {
  return [...source.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!)
    .filter((specifier) => !specifier.startsWith('.') && !BROWSER_PACKAGES.includes(specifier));
}

/** Every code lab's files, read from `root`. */
export async function collectLabFiles(root: string = repoRoot): Promise<LabFilesIndex> {
  const sources: Record<string, string> = {};
  const read = async (file: string): Promise<string> => (sources[file] ??= await readFile(path.join(root, file), 'utf8'));
  const withImports = async (start: readonly string[]): Promise<string[]> => {
    const all = [...start];
    for (let i = 0; i < all.length; i++) {
      for (const target of relativeImports(all[i]!, await read(all[i]!))) if (!all.includes(target) && existsSync(path.join(root, target))) all.push(target);
    }
    return all;
  };
  const labs: Record<string, LabFiles> = {};
  const notInBrowser: Record<string, string[]> = {};
  for (const definition of LAB_CATALOG.filter(hasTask)) {
    const own = definition.files.map((name) => `labs/${definition.slug}/${name}`);
    const ownSolutions = definition.files.map((name) => `solutions/${definition.slug}/${name}`);
    const inherited = moduleSources(definition).filter((s) => !s.own).map((s) => `solutions/${s.fromLab.slug}/${s.module}.ts`);
    const starterSide = await withImports([...own, ...inherited]);
    const solutionSide = await withImports([...ownSolutions, ...inherited]);
    const missing = [...new Set([...starterSide, ...solutionSide].flatMap((file) => missingInBrowser(sources[file]!)))].sort();
    if (missing.length > 0) {
      notInBrowser[definition.id] = missing;
      continue;
    }
    const files: LabFile[] = [
      ...own.map((file, i) => ({ path: file, edit: true, solutionPath: ownSolutions[i]! })),
      ...starterSide.filter((file) => !own.includes(file)).map((file) => ({ path: file, edit: false })),
    ];
    const runHours = { suggested: suggestedRunHours(definition), ...(definition.longRun ? { longRunRatePerSecond: definition.longRun.ratePerSecond } : {}) };
    labs[definition.id] = { id: definition.id, slug: definition.slug, files, runHours };
  }
  // Every reference a check may load (lab 06 replays 03 and 05): each lab's solution side, inherited included.
  return { labs, notInBrowser, sources: Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) };
}

export async function generateLabFiles(out: string = path.join(siteDir, 'src/generated/lab-files.json')): Promise<boolean> {
  const content = `${JSON.stringify(await collectLabFiles(), null, 1)}\n`;
  const before = await readFile(out, 'utf8').catch(() => undefined);
  if (before === content) return false;
  await writeFile(out, content);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`generate-lab-files: site/src/generated/lab-files.json ${(await generateLabFiles()) ? 'updated' : 'unchanged'}`);
}
