import { existsSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { WorkshopError } from '../errors/workshop-error.js';

/**
 * Checks `--output` for `synth` before the CDK runs: not empty, not the repository root or above it, not a
 * file, and not a folder that holds other files (a previous cloud assembly, with its manifest.json, is fine).
 * Returns the folder relative to the repository, as the CDK runner takes it.
 * @throws WorkshopError `invalid_output`.
 */
export function checkOutputFolder(repoRoot: string, text: string, field = '--output'): string {
  const refuse = (reason: 'empty' | 'not_a_directory' | 'repository_root' | 'not_an_assembly') => new WorkshopError({ code: 'invalid_output', field, got: text, reason });
  if (text.trim() === '') throw refuse('empty');
  const folder = resolve(repoRoot, text.trim());
  const fromRoot = relative(folder, resolve(repoRoot));
  if (fromRoot === '' || !fromRoot.startsWith('..') && !fromRoot.startsWith(sep)) throw refuse('repository_root');
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw refuse('not_a_directory');
    const entries = readdirSync(folder);
    if (entries.length > 0 && !entries.includes('manifest.json')) throw refuse('not_an_assembly');
  }
  return relative(repoRoot, folder);
}
