// The one lab-folder loader: from what a learner types (`4`, `04-batch-size`, `solutions/04-batch-size`) to
// the lab's modules, each imported from the folder that provides it (the lab's own, or the reference of a lab
// it builds on — see `moduleSources`) and checked for the export it must have. `run`, `check`, `simulate
// --lab`, the CDK app and the site's chart generator all load labs through here.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkshopError } from '../../errors/workshop-error.js';
import { importFailureIssue } from '../../supervise/import-failure.js';
import { LAB_CATALOG, labEntry, moduleSources } from '../core/lab-catalog.js';
import { pickLabExport, pickLabExtras } from '../core/lab-exports-shape.js';
import { LAB_MODULES, type LabDefinition, type LabExports, type LabModule, type LabVariant } from '../core/lab-definition.js';
import { labDir, resolveLabFolder, type LabFolder } from './lab-folder.js';
import { ensureLearnerLoader } from './learner-loader.js';

/** One module of a lab and the file that provides it. */
export interface LabSourceFile {
  readonly module: LabModule;
  /** Absolute path of the `.ts` file. */
  readonly path: string;
  /** True when the file is in the lab's own folder (for a starter: the learner's copy). */
  readonly own: boolean;
  /** The lab whose folder holds it (the lab itself, or one it builds on). */
  readonly fromLabId: string;
}

/** A lab, resolved and imported. */
export interface LoadedLab {
  readonly folder: LabFolder;
  readonly definition: LabDefinition;
  readonly sources: readonly LabSourceFile[];
  readonly exports: LabExports;
}

export interface LoadLabOptions {
  /** `starter` (default) or `solution`; a path typed as `solutions/…` picks the solution anyway. */
  readonly variant?: LabVariant;
  /** Only these modules (default: every module the lab has). */
  readonly modules?: readonly LabModule[];
}

/** The definition of a resolved lab folder. @throws WorkshopError `unknown_lab` when no definition declares it. */
export function labDefinitionOf(folder: LabFolder): LabDefinition {
  const definition = labEntry(folder.id);
  if (!definition || definition.slug !== folder.slug) throw new WorkshopError({ code: 'unknown_lab', got: folder.slug, allowed: LAB_CATALOG.map((lab) => lab.slug) });
  return definition;
}

/**
 * Which file provides each module of the lab (nothing is imported): the folder's own file — every module its
 * definition declares, plus any other module file the folder holds (a learner may add a load.ts to try one) —
 * else the reference (`solutions/`) of the lab it builds on. Use it to import the modules elsewhere (a worker).
 */
export function labSourceFiles(repoRoot: string, folder: LabFolder, modules?: readonly LabModule[]): LabSourceFile[] {
  const inherited = moduleSources(labDefinitionOf(folder));
  const sources: LabSourceFile[] = [];
  for (const module of LAB_MODULES) {
    if (modules !== undefined && !modules.includes(module)) continue;
    const ownPath = join(folder.dir, `${module}.ts`);
    const source = inherited.find((candidate) => candidate.module === module);
    if (existsSync(ownPath) || source?.own) sources.push({ module, path: ownPath, own: true, fromLabId: folder.id });
    else if (source) sources.push({ module, path: join(labDir(repoRoot, source.fromLab.slug, 'solution'), `${module}.ts`), own: false, fromLabId: source.fromLab.id });
  }
  return sources;
}

/**
 * Resolves `text` to a lab folder and imports its modules.
 * @throws WorkshopError `unknown_lab`; `lab_file_missing` (a module's file is absent); `lab_module_invalid`
 *   (a file does not load, or does not export what the lab needs).
 */
export async function loadLab(repoRoot: string, text: string, options: LoadLabOptions = {}): Promise<LoadedLab> {
  const folder = resolveLabFolder(repoRoot, text, options.variant ?? 'starter');
  const definition = labDefinitionOf(folder);
  const sources = labSourceFiles(repoRoot, folder, options.modules);
  return { folder, definition, sources, exports: await importLabModules(repoRoot, folder.slug, sources) };
}

/**
 * Imports each file (TypeScript, through tsx — registered here for a compiled kit, see learner-loader.ts — or vitest) and checks its export's shape.
 * @throws WorkshopError `lab_file_missing`, `lab_module_invalid`, naming the lab and the file.
 */
export async function importLabModules(repoRoot: string, slug: string, sources: readonly Pick<LabSourceFile, 'module' | 'path'>[]): Promise<LabExports> {
  const exports: Record<string, unknown> = {};
  await ensureLearnerLoader();
  for (const { module: file, path } of sources) {
    const shown = relative(repoRoot, path);
    if (!existsSync(path)) throw new WorkshopError({ code: 'lab_file_missing', lab: slug, file: shown });
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      throw new WorkshopError(importFailureIssue(error, slug, shown, repoRoot));
    }
    const picked = pickLabExport(file, module);
    if ('invalid' in picked) throw new WorkshopError({ code: 'lab_module_invalid', lab: slug, file: shown, detail: picked.invalid });
    exports[picked.key] = picked.value;
    Object.assign(exports, pickLabExtras(file, module));
  }
  return exports as LabExports;
}
