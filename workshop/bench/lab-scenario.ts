// The bench's lab scenarios: a solution's own consumer settings and handler on a constant load, as
// `simulate --lab solutions/NN-… --rate R --duration D` builds them (loaded by the same lab loader).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLabModules, type LabModules } from '../src/cli/simulate/lab-modules.js';
import { buildScenario } from '../src/cli/simulate/simulate-options.js';
import type { Scenario } from '../src/engine/scenario.js';

export type BenchLab = '01-deploy-consumer' | '05-parallelization';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A solution folder's consumer, handler and (when it has one) load, through the kit's lab loader. */
export function loadSolution(lab: BenchLab): Promise<LabModules> {
  return loadLabModules(REPO_ROOT, `solutions/${lab}`, true);
}

/** `simulate --lab solutions/<lab> --rate <ratePerSecond> --duration <seconds>s`: seed 1, one shard, the lab's keys. */
export function constantLoadScenario(lab: LabModules, ratePerSecond: number, seconds: number): Scenario {
  return buildScenario({ rate: String(ratePerSecond), duration: `${seconds}s` }, lab);
}
