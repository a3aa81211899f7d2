import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WorkshopError } from '../../errors/workshop-error.js';

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
 * Writes `files` (paths relative to `repoRoot`) all or nothing. Every file is first written to a temporary
 * sibling; then each current file is set aside and the new one renamed into place. If any step fails, the
 * files already replaced get their old content back, and no temporary or set-aside file is left. `io` lets a
 * test make a rename fail.
 * @throws WorkshopError `file_not_written` naming the file that could not be written.
 */
export function restoreFiles(repoRoot: string, files: ReadonlyMap<string, Buffer>, io: { readonly rename: typeof renameSync } = { rename: renameSync }): void {
  const suffix = `${process.pid}.reset`;
  const staged: { readonly path: string; readonly target: string; readonly temporary: string }[] = [];
  const swapped: { readonly target: string; readonly backup: string | undefined }[] = [];
  let current = '';
  try {
    for (const [path, content] of files) {
      current = path;
      const target = join(repoRoot, path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${suffix}-tmp`;
      staged.push({ path, target, temporary });
      writeFileSync(temporary, content);
    }
    for (const { path, target, temporary } of staged) {
      current = path;
      const backup = existsSync(target) ? `${target}.${suffix}-bak` : undefined;
      if (backup) io.rename(target, backup);
      swapped.push({ target, backup });
      io.rename(temporary, target);
    }
  } catch (error) {
    for (const { target, backup } of swapped.reverse()) {
      if (backup === undefined) rmSync(target, { force: true });
      else if (existsSync(backup)) {
        rmSync(target, { force: true, recursive: true });
        renameSync(backup, target);
      }
    }
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new WorkshopError({ code: 'file_not_written', path: current, detail }, { cause: error });
  }
  for (const { backup } of swapped) if (backup) rmSync(backup, { force: true, recursive: true });
}
