// The labs, in order, as their definitions declare them, and what is derived from them: the chart ids the
// site draws, the schedule's total time, and where each lab's modules come from. Browser-safe.
import { LAB_DEFINITIONS } from './definitions/index.js';
import { LAB_MODULES, ownModules, type LabDefinition, type LabModule, type LabVariant } from './lab-definition.js';

export const LAB_CATALOG: readonly LabDefinition[] = [...LAB_DEFINITIONS].sort((a, b) => a.id.localeCompare(b.id));

/** The definition of a lab, by two-digit id. */
export function labEntry(id: string): LabDefinition | undefined {
  return LAB_CATALOG.find((lab) => lab.id === id);
}

/** True when the lab has code to check locally (00 and 10, the clean-up, are reading/doing steps). */
export function hasTask(lab: LabDefinition): boolean {
  return lab.check !== undefined;
}

/** Where one module of a lab comes from: the lab's own folder, or the reference of the lab it builds on. */
export interface ModuleSource {
  readonly module: LabModule;
  /** The lab whose folder holds the file (the lab itself, or one it builds on). */
  readonly fromLab: LabDefinition;
  /** True when the file is in the lab's own folder (the learner's copy for a starter). */
  readonly own: boolean;
}

/**
 * Every module a lab has, and where each comes from: its own files first, then, following `builtOn`, the
 * reference of each earlier lab for what is still missing. The one inheritance mechanism of the workshop.
 * @throws Error when `builtOn` names an unknown lab or loops.
 */
export function moduleSources(lab: LabDefinition, catalog: readonly LabDefinition[] = LAB_CATALOG): ModuleSource[] {
  const found = new Map<LabModule, ModuleSource>();
  const seen = new Set<string>();
  for (let current: LabDefinition | undefined = lab; current; ) {
    if (seen.has(current.id)) throw new Error(`Lab ${lab.id}: builtOn loops through lab ${current.id}.`);
    seen.add(current.id);
    for (const module of ownModules(current)) if (!found.has(module)) found.set(module, { module, fromLab: current, own: current === lab });
    const next: string | undefined = current.builtOn;
    if (next === undefined) break;
    current = catalog.find((candidate) => candidate.id === next);
    if (!current) throw new Error(`Lab ${lab.id}: builtOn names lab ${next}, which has no definition.`);
  }
  return LAB_MODULES.filter((module) => found.has(module)).map((module) => found.get(module)!);
}

/** Chart ids the site draws: `<slug>/starter` and `<slug>/solution` for each lab that declares them. */
export function labChartIds(catalog: readonly LabDefinition[] = LAB_CATALOG): string[] {
  return catalog.flatMap((lab) => lab.charts.map((variant: LabVariant) => `${lab.slug}/${variant}`));
}

/** Long-run chart ids the site draws: `<slug>/long-run`, the solution's `run NN --hours <chartHours>`. */
export function labLongRunChartIds(catalog: readonly LabDefinition[] = LAB_CATALOG): string[] {
  return catalog.filter((lab) => lab.longRun !== undefined).map((lab) => `${lab.slug}/long-run`);
}

/** The workshop's total time, in minutes: the sum of every lab's. */
export function totalMinutes(catalog: readonly LabDefinition[] = LAB_CATALOG): number {
  return catalog.reduce((sum, lab) => sum + lab.minutes, 0);
}
