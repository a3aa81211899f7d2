import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether the built site (`site/build/`) is older than what it is built from: the pages, the site's
 * code and config, the lab and solution files shown on the pages, and the kit's code the charts and
 * the playground run. `npm start` and the browser test rebuild only when this says so.
 */
export interface SiteBuildState {
  readonly fresh: boolean;
  /** Why a build is needed (`null` when fresh): 'missing' or the newest changed input, relative to the repo. */
  readonly reason: null | { readonly kind: 'missing' } | { readonly kind: 'changed'; readonly file: string };
}

/** Files and folders, relative to the repo root, that a site build reads. */
export const SITE_INPUTS = [
  'site/docs', 'site/i18n', 'site/src', 'site/static', 'site/plugins', 'site/scripts',
  'site/docusaurus.config.ts', 'site/sidebars.ts', 'site/package.json',
  'labs', 'solutions', 'workshop/src',
] as const;

/** Pages whose presence means a complete build of both locales. */
export const BUILD_MARKERS = ['site/build/index.html', 'site/build/en/index.html'] as const;

const SKIPPED_DIRS = new Set(['node_modules', 'build', '.docusaurus', 'cdk.out', '__golden__']);

export function siteBuildState(repoRoot: string): SiteBuildState {
  const markers = BUILD_MARKERS.map((m) => path.join(repoRoot, m));
  if (!markers.every((m) => existsSync(m))) return { fresh: false, reason: { kind: 'missing' } };
  const builtAt = Math.min(...markers.map((m) => statSync(m).mtimeMs));
  const newest = newestFile(repoRoot, SITE_INPUTS);
  if (newest && newest.mtimeMs > builtAt) return { fresh: false, reason: { kind: 'changed', file: newest.file } };
  return { fresh: true, reason: null };
}

/** The most recently modified file under `inputs` (tests excluded: they never change the site). */
export function newestFile(repoRoot: string, inputs: readonly string[]): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  const visit = (relative: string): void => {
    const absolute = path.join(repoRoot, relative);
    if (!existsSync(absolute)) return;
    const stat = statSync(absolute);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(absolute)) {
        if (!SKIPPED_DIRS.has(entry)) visit(path.join(relative, entry));
      }
    } else if (!/\.test\.tsx?$/.test(relative) && (!newest || stat.mtimeMs > newest.mtimeMs)) {
      newest = { file: relative, mtimeMs: stat.mtimeMs };
    }
  };
  for (const input of inputs) visit(input);
  return newest;
}
