import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { LabModuleFile } from '../../labs/lab-catalog.js';
import { resolveLabFolder } from '../../labs/lab-folder.js';
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
 * Loads what `simulate --lab` needs from a lab folder, with the kit's lab loader (dynamic `import()`, shape
 * checks): `consumer.ts`, `handler.ts` (unless `withHandler` is false: the cost model replaces it), and
 * `load.ts` / `alarm.ts` when the folder has them. `text` is what the learner typed: `4`, `04-batch-size`,
 * `labs/04-batch-size`, `solutions/04-batch-size`.
 * @throws WorkshopError `unknown_lab`; `lab_not_simulable` (a reading lab: neither consumer.ts nor handler.ts);
 *   `lab_file_missing` (one of them is absent); `lab_module_invalid` (a file does not load or lacks its export).
 */
export async function loadLabModules(repoRoot: string, text: string, withHandler: boolean): Promise<LabModules> {
  const folder = resolveLabFolder(repoRoot, text);
  const has = (file: LabModuleFile) => existsSync(join(folder.dir, `${file}.ts`));
  if (!has('consumer') && !has('handler')) throw new WorkshopError({ code: 'lab_not_simulable', lab: folder.slug });
  const files: LabModuleFile[] = ['consumer', ...(withHandler ? (['handler'] as const) : []), ...(['load', 'alarm'] as const).filter(has)];
  const { consumer, createHandler, load, alarm } = await loadLabExports(folder, files, repoRoot);
  return {
    slug: folder.slug,
    consumer: consumer!,
    ...(createHandler ? { createHandler } : {}),
    ...(load ? { load } : {}),
    ...(alarm ? { alarm } : {}),
  };
}
