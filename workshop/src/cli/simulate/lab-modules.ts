import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { LabModuleFile } from '../../labs/lab-catalog.js';
import { type LabFolder, listLabSlugs, resolveLabFolder } from '../../labs/lab-folder.js';
import { loadLabExports } from '../../labs/lab-loader.js';
import type { CreateHandler } from '../../runtime/consumer-io.js';
import type { AlarmSettings } from '../../settings/alarm-settings.js';
import type { ConsumerSettingsInput } from '../../settings/consumer-settings.js';
import type { LoadSpec } from '../../settings/load-profile.js';

/** What a lab folder gives the local engine. */
export interface LabModules {
  /** Folder name, e.g. `04-batch-size`. */
  readonly slug: string;
  /** `consumer.ts` → `export const consumer`. */
  readonly consumer: ConsumerSettingsInput;
  /** `handler.ts` → `export const createHandler`; absent when the cost model replaces it. */
  readonly createHandler?: CreateHandler;
  /** Optional `load.ts` → `export const load`. */
  readonly load?: LoadSpec;
  /** Optional `alarm.ts` → `export const alarm`. */
  readonly alarm?: AlarmSettings;
}

/**
 * Loads what `simulate --lab` needs, with the kit's lab loader (dynamic `import()`, shape checks):
 * `consumer.ts`, `handler.ts` (unless `withHandler` is false: the cost model replaces it), and `load.ts` /
 * `alarm.ts` when the folder has them. `text` is a lab as the learner types it (`4`, `04-batch-size`,
 * `labs/04-batch-size`, `solutions/04-batch-size`) or ANY folder holding those files (relative to `cwd`, or
 * absolute), so an engineer can put a production handler on the engine.
 * @throws WorkshopError `unknown_lab_or_folder`; for a lab: `lab_not_simulable` (a reading lab), `lab_file_missing`,
 *   `lab_module_invalid`; for a folder: `folder_not_simulable` (naming the missing files), `folder_module_invalid`.
 */
export async function loadLabModules(repoRoot: string, text: string, withHandler: boolean, cwd: string = process.cwd()): Promise<LabModules> {
  const folder = findFolder(repoRoot, text, cwd);
  if (folder === undefined) throw new WorkshopError({ code: 'unknown_lab_or_folder', got: text, allowed: listLabSlugs(repoRoot) });
  const has = (file: LabModuleFile) => existsSync(join(folder.dir, `${file}.ts`));
  const required: LabModuleFile[] = ['consumer', ...(withHandler ? (['handler'] as const) : [])];
  if (folder.kind === 'lab' && !has('consumer') && !has('handler')) throw new WorkshopError({ code: 'lab_not_simulable', lab: folder.slug });
  if (folder.kind === 'folder') {
    const missing = required.filter((file) => !has(file)).map((file) => `${file}.ts`);
    if (missing.length > 0) throw new WorkshopError({ code: 'folder_not_simulable', folder: folder.slug, missing });
  }
  const files: LabModuleFile[] = [...required, ...(['load', 'alarm'] as const).filter(has)];
  const { consumer, createHandler, load, alarm } = await loadExports(folder, files, repoRoot);
  return {
    slug: folder.slug,
    consumer: consumer!,
    ...(createHandler ? { createHandler } : {}),
    ...(load ? { load } : {}),
    ...(alarm ? { alarm } : {}),
  };
}

type FoundFolder = LabFolder & { readonly kind: 'lab' | 'folder' };

/** A lab of the workshop first; otherwise an existing directory (shown as typed); undefined when neither. */
function findFolder(repoRoot: string, text: string, cwd: string): FoundFolder | undefined {
  try {
    return { ...resolveLabFolder(repoRoot, text), kind: 'lab' };
  } catch (error) {
    if (!(error instanceof WorkshopError) || error.issue.code !== 'unknown_lab') throw error;
  }
  const dir = resolve(cwd, text);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const shown = text.trim().replace(/[\\/]+$/, '') || '.';
  return { id: '', slug: shown, variant: 'starter', dir, kind: 'folder' };
}

/** The lab loader, with a folder's own wording for a file that does not load. */
async function loadExports(folder: FoundFolder, files: readonly LabModuleFile[], repoRoot: string) {
  try {
    return await loadLabExports(folder, files, folder.kind === 'lab' ? repoRoot : folder.dir);
  } catch (error) {
    if (folder.kind === 'lab' || !(error instanceof WorkshopError) || error.issue.code !== 'lab_module_invalid') throw error;
    const { file, detail } = error.issue;
    throw new WorkshopError({ code: 'folder_module_invalid', folder: folder.slug, file, detail });
  }
}
