import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkshopError } from '../errors/workshop-error.js';
import { importFailureIssue } from '../supervise/import-failure.js';
import type { LabModuleFile } from './lab-catalog.js';
import type { LabFolder } from './lab-folder.js';
import type { LabExports } from './lab-scenarios.js';

/** What each lab file must export, and how to tell it is the right shape. */
const EXPECTED: Readonly<Record<LabModuleFile, { readonly name: string; readonly valid: (value: unknown) => boolean; readonly shape: string }>> = {
  consumer: { name: 'consumer', valid: (v) => isObject(v) && typeof v.startingPosition === 'string', shape: 'an object with startingPosition' },
  handler: { name: 'createHandler', valid: (v) => typeof v === 'function', shape: 'a function (io) => handler' },
  load: { name: 'load', valid: (v) => isObject(v) && isObject(v.profile) && isObject(v.duration), shape: 'an object with profile and duration' },
  alarm: { name: 'alarm', valid: (v) => isObject(v) && typeof v.threshold === 'number', shape: 'an object with threshold' },
  estimate: { name: 'estimateIteratorAgeMs', valid: (v) => typeof v === 'function', shape: 'a function (elapsedSeconds) => milliseconds' },
};

const EXPORT_KEY: Readonly<Record<LabModuleFile, keyof LabExports>> = {
  consumer: 'consumer', handler: 'createHandler', load: 'load', alarm: 'alarm', estimate: 'estimateIteratorAgeMs',
};

/**
 * Imports a lab folder's modules (TypeScript, through tsx or vitest) and checks each export's shape.
 * @throws WorkshopError `lab_file_missing` when a file is absent, `lab_module_invalid` when it does not load
 *   (syntax or import error) or does not export what the lab needs.
 */
export async function loadLabExports(folder: LabFolder, files: readonly LabModuleFile[], repoRoot: string): Promise<LabExports> {
  const exports: Record<string, unknown> = {};
  for (const file of files) {
    const path = join(folder.dir, `${file}.ts`);
    const shown = relative(repoRoot, path);
    if (!existsSync(path)) throw new WorkshopError({ code: 'lab_file_missing', lab: folder.slug, file: shown });
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      throw new WorkshopError(importFailureIssue(error, folder.slug, shown, repoRoot));
    }
    const expected = EXPECTED[file];
    const value = module[expected.name];
    if (!expected.valid(value)) {
      const detail = `export const ${expected.name} must be ${expected.shape}, got ${value === undefined ? 'nothing' : typeof value}`;
      throw new WorkshopError({ code: 'lab_module_invalid', lab: folder.slug, file: shown, detail });
    }
    exports[EXPORT_KEY[file]] = value;
  }
  return exports as LabExports;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
