// A lab's local scenario from its folder: the lab's modules through the lab loader, and, for a lab that
// replays another (lab 06 replays lab 03), the replayed lab's reference with this lab's alarm.
import type { Scenario } from '../../engine/scenario.js';
import type { ReferenceLab } from '../core/check-kit.js';
import { labRunScenario } from '../core/lab-scenarios.js';
import { longRunScenario } from '../core/long-run.js';
import type { LabVariant } from '../core/lab-definition.js';
import { loadLab, type LoadedLab } from './lab-loader.js';

/** A lab's reference (`solutions/`), as checks and replays use it. */
export async function loadReferenceLab(repoRoot: string, labId: string): Promise<ReferenceLab> {
  const { definition, exports } = await loadLab(repoRoot, labId, { variant: 'solution' });
  return { definition, exports };
}

/** The scenario `run NN` and the site's chart show for a loaded lab; `replayed` is set when the lab replays another. */
export async function scenarioOfLab(repoRoot: string, lab: LoadedLab): Promise<{ readonly scenario: Scenario; readonly replayed?: ReferenceLab }> {
  return labRunScenario(lab.definition, lab.exports, (labId) => loadReferenceLab(repoRoot, labId));
}

/** The scenario of lab `text`'s `variant` (what `run NN` and the site's chart `<slug>/<variant>` show). */
export async function loadLabScenario(repoRoot: string, text: string, variant: LabVariant = 'starter'): Promise<Scenario> {
  return (await scenarioOfLab(repoRoot, await loadLab(repoRoot, text, { variant }))).scenario;
}

/**
 * `run NN --hours <hours>` of a lab with a long run (lab 03): its scenario with the load at the long-run rate
 * for all those hours (default: the hours the site's chart draws). @throws Error when the lab has no long run.
 */
export async function loadLabLongRunScenario(repoRoot: string, text: string, variant: LabVariant = 'solution', hours?: number): Promise<Scenario> {
  const lab = await loadLab(repoRoot, text, { variant });
  const longRun = lab.definition.longRun;
  if (!longRun) throw new Error(`Lab ${lab.definition.id} has no long run.`);
  return longRunScenario((await scenarioOfLab(repoRoot, lab)).scenario, longRun, (hours ?? longRun.chartHours) * 3600);
}
