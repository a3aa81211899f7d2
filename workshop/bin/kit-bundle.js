// @ts-check
// The compiled kit. bin/workshop.js runs the CLI from a JavaScript bundle of workshop/src (esbuild, code split,
// packages left as imports) instead of transpiling the kit's ~100 start-up modules through tsx at every start.
// Built lazily on the first start that finds it missing or stale, into workshop/node_modules/.cache/ (its bare
// imports resolve from there exactly as from workshop/src). Plain JavaScript: it runs before any TypeScript can.
//
// Never stale: the manifest lists every file the bundle was built from (esbuild's metafile inputs, plus this
// file, the tsconfig, the package files and esbuild's version) with its mtime and size as they were *before* the
// build; a start compares them (a few hundred stat calls) and any difference, a missing file, another repository
// root or another list of entry points means a rebuild. Concurrent starts each build into their own folder and
// publish it by renaming a finished manifest over the old one (atomic), so a reader sees a whole build or none.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bumped when the bundle's layout or options change in a way the inputs do not show. */
const FORMAT = 2;
const MANIFEST = 'manifest.json';
/** Builds older than this that the manifest no longer names are deleted (a running command may still load their chunks). */
const PRUNE_AFTER_MS = 60 * 60 * 1000;
const BUILDER = fileURLToPath(import.meta.url);

/**
 * @typedef {object} KitOptions
 * @property {string} repoRoot the repository root (workshop/src is inside it)
 * @property {string} [cacheDir] where builds and the manifest go (default workshop/node_modules/.cache/iteratorage-kit)
 * @property {readonly string[]} [entries] entry points relative to workshop/src (default {@link kitEntries})
 * @property {readonly string[]} [extraInputs] more files, relative to repoRoot, whose change makes the bundle stale
 * @property {(error: unknown) => void} [onError] told why a build failed (the launcher prints it with `--debug`)
 */

/**
 * @typedef {object} KitBundle
 * @property {string} bundleDir the build's folder
 * @property {(entry: string) => string} entryUrl the file URL of an entry (`cli/main.ts` → `<bundleDir>/cli/main.mjs`)
 */

/** @typedef {{ format: number, repoRoot: string, dir: string, entries: string[], inputs: [string, number, number][] }} Manifest */

/**
 * The bundle's entry points: the CLI, the early worker and the supervised worker's entry (what bin/workshop.js and
 * the supervisor start), runCli (tests run the compiled CLI on throw-away repositories), the learner-loader's resolve hooks, and every module a lab's code may import (the kit's
 * public entry index.ts and the runtime area: lambda.ts, runtime/*), so that a learner's import of one of them is
 * redirected to the very instance the kit uses (labs/node/learner-loader.ts).
 * @param {string} sourceDir workshop/src
 * @returns {string[]}
 */
export function kitEntries(sourceDir) {
  const runtime = readdirSync(join(sourceDir, 'runtime')).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
  return ['cli/main.ts', 'cli/early-worker.ts', 'cli/run-cli.ts', 'supervise/node-worker-entry.ts', 'labs/node/kit-redirect-hooks.ts', 'index.ts', 'lambda.ts', ...runtime.map((name) => `runtime/${name}`)];
}

/**
 * esbuild's options for a build of the kit into `bundleDir` (startup-imports.test.ts reads the same build's metafile).
 * @param {KitOptions} options
 * @param {string} bundleDir
 */
export function bundleOptions(options, bundleDir) {
  const { repoRoot, sourceDir, entries } = settle(options);
  return /** @type {const} */ ({
    absWorkingDir: repoRoot,
    entryPoints: entries.map((entry) => join(sourceDir, entry)),
    outbase: sourceDir,
    outdir: bundleDir,
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    // `.mjs`: Node knows each file is a module from its name, without looking for a package.json above it.
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages stay imports, resolved at run time from workshop/node_modules/.cache as from workshop/src.
    packages: 'external',
    // Function and class names stay what the sources say (error names, `fn.name` in messages).
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
    define: { __WORKSHOP_COMPILED_KIT__: JSON.stringify({ sourceDir, bundleDir, entries }) },
  });
}

/** @param {KitOptions} options */
function settle(options) {
  const repoRoot = resolve(options.repoRoot);
  const sourceDir = join(repoRoot, 'workshop', 'src');
  const cacheDir = options.cacheDir ?? join(repoRoot, 'workshop', 'node_modules', '.cache', 'iteratorage-kit');
  return { repoRoot, sourceDir, cacheDir, entries: [...(options.entries ?? kitEntries(sourceDir))] };
}

/**
 * The output file of an entry, relative to the bundle's folder (`cli/main.ts` → `cli/main.mjs`; kit-location.ts agrees).
 * @param {string} entry
 */
export function outputOf(entry) {
  return entry.replace(/\.ts$/, '.mjs');
}

/**
 * @param {string} bundleDir
 * @returns {KitBundle}
 */
function bundleAt(bundleDir) {
  return { bundleDir, entryUrl: (entry) => pathToFileURL(join(bundleDir, outputOf(entry))).href };
}

/**
 * The published bundle if it is fresh: built for this root and these entries from files that have not changed since.
 * @param {KitOptions} options
 * @returns {KitBundle | undefined}
 */
export function freshKit(options) {
  const { repoRoot, cacheDir, entries } = settle(options);
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.format !== FORMAT || manifest.repoRoot !== repoRoot || manifest.entries.join('\n') !== entries.join('\n')) return undefined;
  for (const [path, mtimeMs, size] of manifest.inputs) {
    try {
      const stat = statSync(join(repoRoot, path));
      if (stat.mtimeMs !== mtimeMs || stat.size !== size) return undefined;
    } catch {
      return undefined;
    }
  }
  const bundleDir = join(cacheDir, manifest.dir);
  return entries.every((entry) => existsSync(join(bundleDir, outputOf(entry)))) ? bundleAt(bundleDir) : undefined;
}

/**
 * mtime and size of every file under `dir` (relative to `root`), taken before a build: a file edited while esbuild
 * reads it keeps its old figures in the manifest, so the next start rebuilds.
 * @param {string} root
 * @param {string} dir
 * @param {Map<string, [number, number]>} into
 */
function snapshot(root, dir, into) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) snapshot(root, path, into);
    else if (entry.isFile()) {
      const stat = statSync(path);
      into.set(relative(root, path), [stat.mtimeMs, stat.size]);
    }
  }
}

/**
 * Builds the bundle into a folder of its own and publishes it. Never throws: undefined when it cannot be built
 * (esbuild missing, a syntax error in the kit, a cache folder that cannot be written): the caller then runs the
 * sources through tsx, which reports a broken kit file as it always did.
 * @param {KitOptions} options
 * @returns {Promise<KitBundle | undefined>}
 */
export async function buildKit(options) {
  const { repoRoot, sourceDir, cacheDir, entries } = settle(options);
  try {
    const require = createRequire(import.meta.url);
    const extra = [BUILDER, require.resolve('esbuild/package.json'), ...['tsconfig.json', 'package.json', 'workshop/package.json', ...(options.extraInputs ?? [])].map((path) => join(repoRoot, path))];
    /** @type {Map<string, [number, number]>} */
    const before = new Map();
    snapshot(repoRoot, sourceDir, before);
    for (const path of extra) {
      if (!existsSync(path)) continue;
      const stat = statSync(path);
      before.set(relative(repoRoot, path), [stat.mtimeMs, stat.size]);
    }
    const { build } = await import('esbuild');
    mkdirSync(cacheDir, { recursive: true });
    const dir = `build-${unique()}`;
    const bundleDir = join(cacheDir, dir);
    const result = await build(bundleOptions(options, bundleDir));
    // esbuild lists the `define` as an input named `<define:…>`: not a file.
    const files = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('<'));
    const inputs = [...new Set([...files, ...extra.filter((path) => existsSync(path)).map((path) => relative(repoRoot, path))])].sort();
    /** @type {Manifest['inputs']} */
    const stats = [];
    for (const path of inputs) {
      const seen = before.get(path);
      if (seen === undefined) return bundleAt(bundleDir); // appeared during the build: usable now, not published
      stats.push([path, ...seen]);
    }
    /** @type {Manifest} */
    const manifest = { format: FORMAT, repoRoot, dir, entries, inputs: stats };
    const temporary = join(cacheDir, `${MANIFEST}.${unique()}.tmp`);
    writeFileSync(temporary, `${JSON.stringify(manifest)}\n`);
    renameSync(temporary, join(cacheDir, MANIFEST));
    prune(cacheDir, dir);
    return bundleAt(bundleDir);
  } catch (error) {
    options.onError?.(error);
    return undefined;
  }
}

/** A name no other start picks: time, process id and a random part (node:crypto would cost every start its load). */
function unique() {
  return `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Deletes old builds and abandoned temporary manifests (older than {@link PRUNE_AFTER_MS}, never `keep`).
 * @param {string} cacheDir
 * @param {string} keep
 */
function prune(cacheDir, keep) {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    if (name === keep || name === MANIFEST) continue;
    try {
      if (now - statSync(join(cacheDir, name)).mtimeMs > PRUNE_AFTER_MS) rmSync(join(cacheDir, name), { recursive: true, force: true });
    } catch {
      // another start pruned it first
    }
  }
}

/**
 * The bundle to run: the published one if fresh, else a new build; undefined when neither is possible.
 * @param {KitOptions} options
 * @returns {Promise<KitBundle | undefined>}
 */
export async function compiledKit(options) {
  return freshKit(options) ?? (await buildKit(options));
}
