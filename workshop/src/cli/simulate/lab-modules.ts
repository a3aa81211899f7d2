import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { LabModule } from '../../labs/core/lab-definition.js';
import { type LabFolder, listLabSlugs, resolveLabFolder } from '../../labs/node/lab-folder.js';
import { importLabModules, labSourceFiles, type LabSourceFile } from '../../labs/node/lab-loader.js';
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
 * Loads what `simulate --lab` needs through the kit's one lab loader (dynamic `import()`, shape checks):
 * `consumer.ts`, `handler.ts` (unless `withHandler` is false: the cost model replaces it), and `load.ts` /
 * `alarm.ts` when there are. `text` is a lab as the learner types it (`4`, `04-batch-size`, `labs/04-batch-size`,
 * `solutions/04-batch-size`; each module the lab's own or inherited through its definition's `builtOn`) or ANY
 * folder holding those files (relative to `cwd`, or absolute), so an engineer can put a production handler on the engine.
 * @throws WorkshopError `unknown_lab_or_folder`; for a lab: `lab_not_simulable` (a reading lab), `lab_file_missing`,
 *   `lab_module_invalid`; for a folder: `folder_not_simulable` (naming the missing files), `folder_module_invalid`.
 */
export async function loadLabModules(repoRoot: string, text: string, withHandler: boolean, cwd: string = process.cwd()): Promise<LabModules> {
  const folder = findFolder(repoRoot, text, cwd);
  if (folder === undefined) throw new WorkshopError({ code: 'unknown_lab_or_folder', got: text, allowed: listLabSlugs(repoRoot) });
  const required: LabModule[] = ['consumer', ...(withHandler ? (['handler'] as const) : [])];
  const sources = folder.kind === 'lab' ? labSourceFiles(repoRoot, folder, [...required, 'load', 'alarm']) : ownFiles(folder.dir);
  const has = (module: LabModule) => sources.some((source) => source.module === module && existsSync(source.path));
  if (folder.kind === 'lab' && !sources.some((source) => source.module === 'consumer' || source.module === 'handler')) throw new WorkshopError({ code: 'lab_not_simulable', lab: folder.slug });
  if (folder.kind === 'folder') {
    const missing = required.filter((module) => !has(module)).map((module) => `${module}.ts`);
    if (missing.length > 0) throw new WorkshopError({ code: 'folder_not_simulable', folder: folder.slug, missing });
  }
  // Required modules are imported even when absent, so the loader names the missing file; load and alarm only when present.
  const wanted = [
    ...required.map((module) => sources.find((source) => source.module === module) ?? { module, path: join(folder.dir, `${module}.ts`) }),
    ...sources.filter((source) => (source.module === 'load' || source.module === 'alarm') && existsSync(source.path)),
  ];
  const { consumer, createHandler, load, alarm } = await loadExports(folder, wanted, repoRoot);
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

/** Any folder's own module files (a folder outside the workshop inherits nothing). */
function ownFiles(dir: string): Pick<LabSourceFile, 'module' | 'path'>[] {
  return (['consumer', 'handler', 'load', 'alarm'] as const).map((module) => ({ module, path: join(dir, `${module}.ts`) })).filter((source) => existsSync(source.path));
}

/** The lab loader, with a folder's own wording for a file that does not load. */
async function loadExports(folder: FoundFolder, sources: readonly Pick<LabSourceFile, 'module' | 'path'>[], repoRoot: string) {
  try {
    return await importLabModules(folder.kind === 'lab' ? repoRoot : folder.dir, folder.slug, sources);
  } catch (error) {
    if (folder.kind === 'lab' || !(error instanceof WorkshopError) || error.issue.code !== 'lab_module_invalid') throw error;
    const { file, detail } = error.issue;
    throw new WorkshopError({ code: 'folder_module_invalid', folder: folder.slug, file, detail });
  }
}
