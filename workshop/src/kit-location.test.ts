import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_SOURCE_DIR } from './kit-location.js';

// In the compiled kit (bin/kit-bundle.js) a module's import.meta.url is its bundle chunk's, in
// workshop/node_modules/.cache: a folder computed from it is wrong there, and right only from the sources.
// So kit code asks kit-location.ts for the repository's folders. Allowed elsewhere: resolving a package
// (import.meta.resolve), createRequire for Node's built-ins, entries that only ever run from the sources,
// tests and their fixtures (folders named __*__ or test-fixtures).
const RUNS_FROM_SOURCES_ONLY = new Set(['kit-location.ts', 'cli/start-site.ts']);

function kitSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('__') || entry.name === 'test-fixtures' ? [] : kitSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('kit-location', () => {
  it('GIVEN the kit\'s sources WHEN a module derives a path from import.meta.url THEN it is kit-location.ts or a sources-only entry', () => {
    const offenders = kitSources(KIT_SOURCE_DIR)
      .map((file) => ({ file: relative(KIT_SOURCE_DIR, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }))
      .filter(({ file, text }) => !RUNS_FROM_SOURCES_ONLY.has(file)
        && /fileURLToPath\(\s*import\.meta\.url|new URL\([^)]*import\.meta\.url|import\.meta\.(dirname|filename)/.test(text))
      .map(({ file }) => file);
    expect(offenders, 'use KIT_SOURCE_DIR / WORKSHOP_DIR / REPO_ROOT from kit-location.ts').toEqual([]);
  });

  it('GIVEN the sources WHEN asked THEN KIT_SOURCE_DIR is workshop/src', () => {
    expect(readdirSync(KIT_SOURCE_DIR)).toContain('kit-location.ts');
  });
});
