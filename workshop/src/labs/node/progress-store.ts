import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `.workshop/progress.json` at the repository root (git-ignored): which labs passed their check, and when. */
export interface Progress {
  readonly version: 1;
  readonly labs: Readonly<Record<string, { readonly passedAt: string }>>;
}

export type LabProgressState = 'done' | 'current' | 'todo';

const EMPTY: Progress = { version: 1, labs: {} };

export function progressPath(repoRoot: string): string {
  return join(repoRoot, '.workshop', 'progress.json');
}

/** The saved progress; empty when there is none yet or the file is unreadable (it is only a convenience). */
export function readProgress(repoRoot: string): Progress {
  try {
    const parsed = JSON.parse(readFileSync(progressPath(repoRoot), 'utf8')) as Partial<Progress>;
    return parsed.version === 1 && typeof parsed.labs === 'object' && parsed.labs !== null ? { version: 1, labs: parsed.labs } : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Records that `labId` passed its check at `now`. */
export function markPassed(repoRoot: string, labId: string, now: Date): Progress {
  const current = readProgress(repoRoot);
  return writeProgress(repoRoot, { version: 1, labs: { ...current.labs, [labId]: { passedAt: now.toISOString() } } });
}

/** Forgets `labId` (after `reset`). */
export function clearLab(repoRoot: string, labId: string): Progress {
  const { [labId]: _removed, ...rest } = readProgress(repoRoot).labs;
  return writeProgress(repoRoot, { version: 1, labs: rest });
}

/** done = passed; current = the first lab with a task not passed yet; todo = the rest. */
export function labStates(progress: Progress, labs: readonly { readonly id: string; readonly task: boolean }[]): Record<string, LabProgressState> {
  const states: Record<string, LabProgressState> = {};
  let currentGiven = false;
  for (const lab of labs) {
    if (progress.labs[lab.id]) states[lab.id] = 'done';
    else if (lab.task && !currentGiven) {
      states[lab.id] = 'current';
      currentGiven = true;
    } else states[lab.id] = 'todo';
  }
  return states;
}

/** Writes atomically: a temporary file beside the target, then a rename, so a crash never leaves half a file. */
function writeProgress(repoRoot: string, progress: Progress): Progress {
  const target = progressPath(repoRoot);
  mkdirSync(join(repoRoot, '.workshop'), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(progress, null, 2)}\n`);
  renameSync(temporary, target);
  return progress;
}
