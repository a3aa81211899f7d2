import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WorkshopError } from '../errors/workshop-error.js';

/**
 * The starter files of `labs/<slug>` as committed in git (HEAD), path → content. Read-only git calls
 * (`ls-tree`, `show`), so the learner's repository state is never changed by them.
 * @throws WorkshopError `command_failed` when git is missing or the lab is not in HEAD.
 */
export function committedStarter(repoRoot: string, slug: string): Map<string, Buffer> {
  const folder = `labs/${slug}`;
  const git = (args: readonly string[]): Buffer => {
    try {
      return execFileSync('git', ['-C', repoRoot, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 });
    } catch {
      throw new WorkshopError({ code: 'command_failed', command: `git ${args.join(' ')}`, exitCode: 1 });
    }
  };
  const paths = git(['ls-tree', '-r', '--name-only', 'HEAD', '--', folder]).toString('utf8').split('\n').filter(Boolean);
  if (paths.length === 0) throw new WorkshopError({ code: 'command_failed', command: `git ls-tree HEAD -- ${folder}`, exitCode: 1 });
  return new Map(paths.map((path) => [path, git(['show', `HEAD:${path}`])]));
}

/**
 * Writes `files` (paths relative to `repoRoot`) all or nothing: every file goes to a temporary sibling
 * first, and only when all were written are they renamed into place.
 */
export function restoreFiles(repoRoot: string, files: ReadonlyMap<string, Buffer>): void {
  const staged: [string, string][] = [];
  try {
    for (const [path, content] of files) {
      const target = join(repoRoot, path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.reset-tmp`;
      writeFileSync(temporary, content);
      staged.push([temporary, target]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of staged) renameSync(temporary, target);
}
