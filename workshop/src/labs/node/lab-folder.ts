import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { LabVariant } from '../core/lab-definition.js';

export type { LabVariant };

export interface LabFolder {
  /** Two-digit number, e.g. `04`. */
  readonly id: string;
  /** Folder name, e.g. `04-batch-size`. */
  readonly slug: string;
  readonly variant: LabVariant;
  /** Absolute path of the folder. */
  readonly dir: string;
}

const VARIANT_ROOT: Readonly<Record<LabVariant, string>> = { starter: 'labs', solution: 'solutions' };

/** Absolute path of `labs/<slug>` (starter) or `solutions/<slug>` (solution). */
export function labDir(repoRoot: string, slug: string, variant: LabVariant): string {
  return join(repoRoot, VARIANT_ROOT[variant], slug);
}

/** Lab folder names under `labs/` (the starters), sorted. */
export function listLabSlugs(repoRoot: string): string[] {
  const root = join(repoRoot, 'labs');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d\d-[a-z0-9-]+$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/**
 * Finds a lab from what a learner types: `4`, `04`, `04-batch-size`, `labs/04-batch-size` or
 * `solutions/04-batch-size` (a path picks its variant; otherwise `variant` decides, default starter).
 * @throws WorkshopError `unknown_lab` listing the labs that exist.
 */
export function resolveLabFolder(repoRoot: string, text: string, variant: LabVariant = 'starter'): LabFolder {
  const cleaned = text.trim().replace(/\/+$/, '');
  const asPath = resolve(repoRoot, cleaned);
  const rel = relative(repoRoot, asPath).split(/[\\/]/);
  let picked = variant;
  let name = cleaned;
  if (rel.length === 2 && (rel[0] === 'labs' || rel[0] === 'solutions')) {
    picked = rel[0] === 'labs' ? 'starter' : 'solution';
    name = rel[1]!;
  }
  const slugs = listLabSlugs(repoRoot);
  const number = /^\d{1,2}$/.test(name) ? name.padStart(2, '0') : undefined;
  const slug = slugs.find((s) => s === name || (number !== undefined && s.startsWith(`${number}-`)));
  if (!slug) throw new WorkshopError({ code: 'unknown_lab', got: text, allowed: slugs });
  const dir = labDir(repoRoot, slug, picked);
  if (!existsSync(dir)) throw new WorkshopError({ code: 'lab_file_missing', lab: slug, file: relative(repoRoot, dir) });
  return { id: slug.slice(0, 2), slug, variant: picked, dir };
}
