// The compiled kit (workshop/bin/kit-bundle.js) on a tiny throw-away kit: built once, reused while its sources
// are untouched, rebuilt after any change, never published half-written when several starts build at once, and
// undefined (the launcher then runs the sources through tsx) when it cannot be built. No real source is touched.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKit, compiledKit, freshKit, kitEntries } from '../../bin/kit-bundle.js';

const BUILDER = fileURLToPath(new URL('../../bin/kit-bundle.js', import.meta.url));
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A repository whose kit is `workshop/src/a.ts` (the entry) importing `b.ts`, which exports `b`. */
function tinyKit(b = 'export const b = 1;\n'): { readonly repoRoot: string; readonly entries: readonly string[] } {
  const repoRoot = mkdtempSync(join(tmpdir(), 'kit-bundle-'));
  roots.push(repoRoot);
  mkdirSync(join(repoRoot, 'workshop', 'src'), { recursive: true });
  writeFileSync(join(repoRoot, 'workshop', 'src', 'a.ts'), "import { b } from './b.js';\nexport const value: number = b;\n");
  writeFileSync(join(repoRoot, 'workshop', 'src', 'b.ts'), b);
  return { repoRoot, entries: ['a.ts'] };
}

/** Rewrites a kit file and moves its mtime on (an editor's save; a same-size edit changes only the mtime). */
function edit(repoRoot: string, file: string, text: string, secondsLater = 10): void {
  const path = join(repoRoot, 'workshop', 'src', file);
  const before = statSync(path).mtime;
  writeFileSync(path, text);
  utimesSync(path, before, new Date(before.getTime() + secondsLater * 1000));
}

async function valueOf(kit: { entryUrl: (entry: string) => string } | undefined): Promise<number> {
  if (!kit) throw new Error('no kit');
  return ((await import(`${kit.entryUrl('a.ts')}?t=${Math.random()}`)) as { value: number }).value;
}

describe('the compiled kit (bin/kit-bundle.js) on a throw-away kit', () => {
  it('GIVEN no bundle WHEN a start asks for one THEN it is built, published, and the next start reuses it as is', async () => {
    const kit = tinyKit();
    expect(freshKit(kit)).toBeUndefined();
    const built = await compiledKit(kit);
    expect(await valueOf(built)).toBe(1);
    expect(freshKit(kit)?.bundleDir).toBe(built!.bundleDir);
    expect((await compiledKit(kit))!.bundleDir).toBe(built!.bundleDir);
  });

  it('GIVEN a published bundle WHEN a kit source changes (even at the same size), is deleted, or the entries change THEN it is stale and the next start rebuilds', async () => {
    const kit = tinyKit();
    const first = await compiledKit(kit);
    edit(kit.repoRoot, 'b.ts', 'export const b = 2;\n'); // same size: only the mtime tells
    expect(freshKit(kit)).toBeUndefined();
    const second = await compiledKit(kit);
    expect(second!.bundleDir).not.toBe(first!.bundleDir);
    expect(await valueOf(second)).toBe(2);
    expect(freshKit({ ...kit, entries: ['a.ts', 'b.ts'] })).toBeUndefined();
    rmSync(join(kit.repoRoot, 'workshop', 'src', 'b.ts'));
    expect(freshKit(kit)).toBeUndefined();
  });

  it('GIVEN a bundle published for one repository WHEN the repository is copied elsewhere THEN the copy does not use it (its paths name the first)', async () => {
    const kit = tinyKit();
    await compiledKit(kit);
    const copy = mkdtempSync(join(tmpdir(), 'kit-bundle-copy-'));
    roots.push(copy);
    cpSync(kit.repoRoot, copy, { recursive: true, preserveTimestamps: true });
    expect(freshKit({ ...kit, repoRoot: copy })).toBeUndefined();
    expect(freshKit(kit)).toBeDefined();
  });

  it('GIVEN a kit file with a syntax error, or a cache folder that cannot be written WHEN built THEN no bundle (the launcher falls back to tsx) and the reason is told', async () => {
    const broken = tinyKit('export const b = ;\n');
    const reasons: unknown[] = [];
    expect(await buildKit({ ...broken, onError: (error) => reasons.push(error) })).toBeUndefined();
    expect(String(reasons[0])).toContain('b.ts');
    expect(existsSync(join(broken.repoRoot, 'workshop', 'node_modules', '.cache', 'iteratorage-kit', 'manifest.json'))).toBe(false);

    const kit = tinyKit();
    const aFile = join(kit.repoRoot, 'not-a-folder');
    writeFileSync(aFile, '');
    expect(await compiledKit({ ...kit, cacheDir: join(aFile, 'cache') })).toBeUndefined();
  });

  it('GIVEN four starts at once on a kit with no bundle WHEN each builds THEN each runs a whole bundle and the published manifest names a whole one (no temporary file left)', async () => {
    const kit = tinyKit('export const b = 4;\n');
    const script = `const { compiledKit } = await import(${JSON.stringify(BUILDER)});
      const kit = await compiledKit(${JSON.stringify(kit)});
      const { value } = await import(kit.entryUrl('a.ts'));
      process.stdout.write(String(value));`;
    const runs = await Promise.all(Array.from({ length: 4 }, () => new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('close', (code) => done({ code, out }));
    })));
    expect(runs).toEqual(Array.from({ length: 4 }, () => ({ code: 0, out: '4' })));
    const cache = join(kit.repoRoot, 'workshop', 'node_modules', '.cache', 'iteratorage-kit');
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8')) as { dir: string };
    expect(freshKit(kit)?.bundleDir).toBe(join(cache, manifest.dir));
    expect(await valueOf(freshKit(kit))).toBe(4);
  });
});

describe("the real kit's entry points", () => {
  const sourceDir = fileURLToPath(new URL('..', import.meta.url));

  it('GIVEN workshop/src WHEN listed THEN the CLI, both worker entries, the hooks, and every module lab code may import (index, lambda, runtime/*) are entries, and each exists', () => {
    const entries = kitEntries(sourceDir);
    expect(entries).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/early-worker.ts', 'cli/run-cli.ts', 'supervise/node-worker-entry.ts', 'labs/node/kit-redirect-hooks.ts', 'index.ts', 'lambda.ts', 'runtime/order-result.ts']));
    expect(entries.filter((entry) => entry.startsWith('runtime/'))).toEqual(readdirSync(join(sourceDir, 'runtime')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `runtime/${f}`).sort());
    expect(entries.filter((entry) => !existsSync(join(sourceDir, entry)))).toEqual([]);
  });
});
