// The bench's lab scenarios: a solution's own consumer settings and handler on a constant load, built the way
// `simulate --lab solutions/NN --rate R --duration D` builds them (same seed, keys and item size as the lab's load).
import type { Scenario } from '../src/engine/scenario.js';
import type { CreateHandler } from '../src/runtime/consumer-io.js';
import type { ConsumerSettingsInput } from '../src/settings/consumer-settings.js';
import type { LoadSpec } from '../src/settings/load-profile.js';

export type BenchLab = '01-deploy-consumer' | '05-parallelization';

export interface LabParts {
  readonly consumer: ConsumerSettingsInput;
  readonly createHandler: CreateHandler;
  readonly load: LoadSpec | undefined;
}

/** Imports a solution's consumer, handler and (when it has one) load. */
export async function loadSolution(lab: BenchLab): Promise<LabParts> {
  const consumer = lab === '01-deploy-consumer' ? await import('../../solutions/01-deploy-consumer/consumer.js') : await import('../../solutions/05-parallelization/consumer.js');
  const handler = lab === '01-deploy-consumer' ? await import('../../solutions/01-deploy-consumer/handler.js') : await import('../../solutions/05-parallelization/handler.js');
  const load = lab === '05-parallelization' ? (await import('../../solutions/05-parallelization/load.js')).load : undefined;
  return { consumer: consumer.consumer, createHandler: handler.createHandler, load };
}

/** The solution at a constant `ratePerSecond` for `seconds` of simulated time, seed 1 (simulate's default). */
export function constantLoadScenario(parts: LabParts, ratePerSecond: number, seconds: number, seed = 1): Scenario {
  return {
    seed,
    load: { keys: parts.load?.keys ?? 1_000, itemSizeBytes: parts.load?.itemSizeBytes ?? 200, hotKeyShare: parts.load?.hotKeyShare ?? 0, profile: { kind: 'constant', ratePerSecond }, duration: { seconds } },
    shards: 1,
    consumer: parts.consumer,
    function: { kind: 'handler', createHandler: parts.createHandler },
  };
}
