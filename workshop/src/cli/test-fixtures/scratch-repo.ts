// A repository root for CLI tests whose command writes state (a passed check goes to .workshop/progress.json):
// a temporary folder whose labs/ and solutions/ are links to the real ones, so the command finds every lab while
// what it writes stays out of the developer's checkout.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './captured-cli.js';

export interface ScratchRepo {
  readonly root: string;
  remove(): void;
}

export function scratchRepo(prefix: string): ScratchRepo {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const folder of ['labs', 'solutions']) symlinkSync(join(repoRoot, folder), join(root, folder), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
