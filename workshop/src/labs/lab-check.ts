import { WorkshopError } from '../errors/workshop-error.js';
import type { Bilingual } from './lab-catalog.js';
import { labEntry } from './lab-catalog.js';
import { resolveLabFolder, type LabVariant } from './lab-folder.js';
import { loadLabExports } from './lab-loader.js';
import type { LabExports } from './lab-scenarios.js';
import { check01 } from './checks/01-deploy-consumer.js';
import { check02 } from './checks/02-generate-load.js';
import { check03 } from './checks/03-observe-iteratorage.js';
import { check04 } from './checks/04-batch-size.js';
import { check05 } from './checks/05-parallelization.js';
import { check06 } from './checks/06-alarm.js';
import type { ExpectationResult, LabCheck } from './checks/check-kit.js';

/** One check per lab with a task (00 and 07 are reading/setup steps). */
export const LAB_CHECKS: Readonly<Record<string, LabCheck>> = {
  '01': check01, '02': check02, '03': check03, '04': check04, '05': check05, '06': check06,
};

/** What `check NN` found, structured so the CLI, tests and the site can present it. */
export interface LabCheckReport {
  readonly labId: string;
  readonly slug: string;
  readonly variant: LabVariant;
  readonly passed: boolean;
  readonly expectations: readonly ExpectationResult[];
  readonly observations: readonly Bilingual[];
  /** Wall-clock time the check took, in ms. */
  readonly elapsedMs: number;
}

/**
 * Runs lab `labText`'s check against the learner's folder (`starter`) or the reference (`solution`).
 * Reference labs a check compares with (e.g. lab 03 for lab 06's replay) always come from `solutions/`.
 * @throws WorkshopError `unknown_lab`, `lab_has_no_check`, `lab_file_missing`, `lab_module_invalid`.
 */
export async function runLabCheck(repoRoot: string, labText: string, variant: LabVariant = 'starter'): Promise<LabCheckReport> {
  const started = performance.now();
  const folder = resolveLabFolder(repoRoot, labText, variant);
  const entry = labEntry(folder.id);
  const check = LAB_CHECKS[folder.id];
  if (!entry || !entry.task || !check) throw new WorkshopError({ code: 'lab_has_no_check', lab: folder.slug });
  const lab = await loadLabExports(folder, entry.modules, repoRoot);
  const reference = async (labId: string): Promise<LabExports> => {
    const referenceEntry = labEntry(labId);
    if (!referenceEntry) throw new WorkshopError({ code: 'unknown_lab', got: labId, allowed: [] });
    return loadLabExports(resolveLabFolder(repoRoot, labId, 'solution'), referenceEntry.modules, repoRoot);
  };
  const outcome = await check.run({ lab, reference });
  return {
    labId: folder.id,
    slug: folder.slug,
    variant: folder.variant,
    passed: outcome.expectations.every((e) => e.passed),
    expectations: outcome.expectations,
    observations: outcome.observations,
    elapsedMs: Math.round(performance.now() - started),
  };
}
