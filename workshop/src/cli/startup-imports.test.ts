// Start-up cost is mostly module loading: `--help`, `list` and `hint` must not load the CDK, the AWS SDK or
// the engine. This reads the static import graph from the CLI's entry (no timing: the graph either reaches a
// heavy package or it does not); heavy modules are loaded with `await import()` inside the command's action.
// The same holds for the compiled kit bin/workshop.js runs (bin/kit-bundle.js): its entries' static graph of
// output files, read from esbuild's metafile of that very build, must reach no heavy package either.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleOptions } from '../../bin/kit-bundle.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

/** Static value imports and re-exports (`import type` / `export type` are erased and do not load anything). */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Every module the entry file loads before any command runs: local files (relative to the repo) and packages. */
function staticGraph(entry: string): { readonly files: Set<string>; readonly packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const key = relative(repoRoot, file);
    if (files.has(key)) return;
    files.add(key);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith('.')) {
        const target = resolve(dirname(file), specifier!).replace(/\.js$/, '.ts');
        if (!existsSync(target)) throw new Error(`${key}: cannot resolve ${specifier}`);
        visit(target);
      } else if (!specifier!.startsWith('node:')) {
        packages.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!);
      }
    }
  };
  visit(entry);
  return { files, packages };
}

describe('CLI start-up: what loads before a command runs (static import graph, no timing)', () => {
  const graph = staticGraph(resolve(here, 'main.ts'));

  it('GIVEN the CLI entry WHEN its static imports are followed THEN the only package is commander (no CDK, AWS SDK, cli-progress)', () => {
    expect([...graph.packages].sort()).toEqual(['commander']);
  });

  it('GIVEN the CLI entry WHEN its static imports are followed THEN neither the simulator, nor infra, nor the supervisor\'s worker is in it', () => {
    // Light engine modules (the scenario shape and limits, a stream-event builder the lab definitions use) may load.
    const heavy = [...graph.files].filter((f) => /^workshop\/src\/(engine\/(simulate|run-simulation|simulator|event-source-mapping|cost-model-runner)\.ts|infra\/|supervise\/node-)/.test(f));
    expect(heavy).toEqual([]);
  });

  it('GIVEN a file that imports a package only with `import type` and `await import()` WHEN read THEN the graph does not count it', () => {
    // The pattern itself, on the shapes the commands use.
    const sample = "import type { A } from '@aws-sdk/client-lambda';\nconst m = await import('aws-cdk-lib');\nimport { Command } from 'commander';\n";
    expect([...sample.matchAll(STATIC_IMPORT)].map((m) => m[1])).toEqual(['commander']);
  });
});

/** What loading an output of the bundle loads before anything runs: its static imports, through the shared chunks. */
function bundleGraph(metafile: Metafile, entry: string): { readonly inputs: Set<string>; readonly packages: Set<string> } {
  const outputs = Object.entries(metafile.outputs);
  const start = outputs.find(([, output]) => output.entryPoint === entry)?.[0];
  if (start === undefined) throw new Error(`no output for ${entry}`);
  const inputs = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const output = metafile.outputs[path]!;
    for (const input of Object.keys(output.inputs)) inputs.add(input);
    for (const link of output.imports) {
      if (link.kind !== 'import-statement') continue; // a dynamic import() loads when the command runs
      if (link.external) {
        if (!link.path.startsWith('node:')) packages.add(link.path.startsWith('@') ? link.path.split('/').slice(0, 2).join('/') : link.path.split('/')[0]!);
      } else visit(link.path);
    }
  };
  visit(start);
  return { inputs, packages };
}

describe('CLI start-up from the compiled kit: what its entries load before a command runs (esbuild metafile, no timing)', async () => {
  const { metafile } = await build({ ...bundleOptions({ repoRoot }, resolve(repoRoot, 'workshop/node_modules/.cache/startup-imports-test')), write: false });
  const main = bundleGraph(metafile, 'workshop/src/cli/main.ts');
  const earlyWorker = bundleGraph(metafile, 'workshop/src/cli/early-worker.ts');

  it('GIVEN the bundle\'s CLI entry and the early-worker entry the launcher loads first WHEN followed THEN the only package is commander', () => {
    expect([...main.packages].sort()).toEqual(['commander']);
    expect([...earlyWorker.packages]).toEqual([]);
  });

  it('GIVEN the same graph WHEN its source files are listed THEN neither the simulator, nor infra, nor the supervisor\'s worker entry is in it', () => {
    const heavy = [...main.inputs, ...earlyWorker.inputs].filter((f) => /^workshop\/src\/(engine\/(simulate|run-simulation|simulator|event-source-mapping|cost-model-runner)\.ts|infra\/|supervise\/node-worker-entry)/.test(f));
    expect(heavy).toEqual([]);
    // …while the graph is the real one: the CLI's commands are in it.
    expect(main.inputs).toContain('workshop/src/cli/commands/check.ts');
  });

  it('GIVEN the bundle WHEN the simulate command runs THEN the simulator is there, loaded by a dynamic import (the graph above is not empty by mistake)', () => {
    expect(Object.keys(metafile.inputs)).toContain('workshop/src/engine/simulate.ts');
  });
});
