// The learner's browser progress, per lab, in localStorage: edited files (only those that differ from the
// starter) and whether the lab's check passed in the browser. Light (no editor): the home page reads it too.

export interface StoredLab {
  /** Edited files by name (`handler.ts`), only those that differ from the starter. */
  readonly files: Readonly<Record<string, string>>;
  /** When the lab's check last passed in the browser (ISO time), if it did and nothing changed since. */
  readonly passedAt?: string;
}

const KEY_PREFIX = 'iteratorage-workshop/lab/';
export const storageKey = (labId: string): string => `${KEY_PREFIX}${labId}`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled (private mode, a sandboxed frame): progress is simply not kept
  }
}

/** What is stored for `labId` (nothing stored, or unreadable: no edits, not passed). */
export function readLab(labId: string): StoredLab {
  const text = storage()?.getItem(storageKey(labId));
  if (!text) return { files: {} };
  try {
    const value = JSON.parse(text) as Partial<StoredLab>;
    const files = value.files && typeof value.files === 'object' ? Object.fromEntries(Object.entries(value.files).filter(([, v]) => typeof v === 'string')) : {};
    return { files, ...(typeof value.passedAt === 'string' ? { passedAt: value.passedAt } : {}) };
  } catch {
    return { files: {} };
  }
}

export function writeLab(labId: string, lab: StoredLab): void {
  const store = storage();
  if (!store) return;
  try {
    if (Object.keys(lab.files).length === 0 && !lab.passedAt) store.removeItem(storageKey(labId));
    else store.setItem(storageKey(labId), JSON.stringify(lab));
  } catch {
    // Quota exceeded: the edit stays in the page; nothing else to do.
  }
}

/** The learner's version of each file: the stored edit, else the starter. */
export function currentFiles(starters: Readonly<Record<string, string>>, stored: StoredLab): Record<string, string> {
  return Object.fromEntries(Object.entries(starters).map(([name, text]) => [name, stored.files[name] ?? text]));
}

/** Only the files that differ from their starter. */
export function editedOnly(files: Readonly<Record<string, string>>, starters: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([name, text]) => starters[name] !== text));
}
