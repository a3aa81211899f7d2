import type { Bilingual } from '../../i18n/bilingual.js';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { ExpectationResult } from '../core/check-kit.js';
import type { LabVariant } from '../core/lab-definition.js';
import { loadLab } from './lab-loader.js';
import { loadReferenceLab } from './lab-scenario-loader.js';

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
 * Runs lab `labText`'s check (from its definition) against the learner's folder (`starter`) or the reference
 * (`solution`). Reference labs a check compares with (e.g. lab 03 for lab 06's replay) always come from `solutions/`.
 * @throws WorkshopError `unknown_lab`, `lab_has_no_check`, `lab_file_missing`, `lab_module_invalid`.
 */
export async function runLabCheck(repoRoot: string, labText: string, variant: LabVariant = 'starter'): Promise<LabCheckReport> {
  const started = performance.now();
  const { folder, definition, exports } = await loadLab(repoRoot, labText, { variant });
  if (!definition.check) throw new WorkshopError({ code: 'lab_has_no_check', lab: folder.slug });
  const outcome = await definition.check.run({ definition, lab: exports, reference: (labId) => loadReferenceLab(repoRoot, labId) });
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
