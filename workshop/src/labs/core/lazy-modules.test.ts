// The lab checks' lazy imports all go through lazy-modules.ts: one import site per module, so the site's lab
// worker can load every one of them at start-up (site/src/components/LabWorkbench/run-browser-lab.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lazyModules, loadEveryLazyModule } from './lazy-modules.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
  const file = path.join(dir, entry.name);
  if (entry.isDirectory()) return sources(file);
  return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
});

describe('the lab checks\' lazy modules', () => {
  it('GIVEN every source of labs/core WHEN its dynamic imports are looked for THEN only lazy-modules.ts has any', () => {
    const withImport = sources(here).filter((file) => /(?<![\w.]|typeof\s)import\(\s*['"]/.test(readFileSync(file, 'utf8'))).map((file) => path.relative(here, file));
    expect(withImport).toEqual(['lazy-modules.ts']);
  });

  it('GIVEN the lazy modules WHEN all are loaded THEN each resolves to a module with exports', async () => {
    await loadEveryLazyModule();
    for (const [name, load] of Object.entries(lazyModules)) expect(Object.keys(await load()).length, name).toBeGreaterThan(0);
  });
});
