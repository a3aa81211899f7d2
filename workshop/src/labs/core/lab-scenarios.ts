// Each lab's local scenario, built from its definition and the modules the lab loader imported. Pure and
// browser-safe (no node:*): `run`, `check`, `simulate --lab` and the site's chart generator all call these.
import type { Scenario } from '../../engine/scenario.js';
import type { AlarmSettings } from '../../settings/alarm-settings.js';
import type { LabDefinition, LabExports } from './lab-definition.js';

/** Every lab scenario uses this seed, so runs, checks and the site's charts agree byte for byte. */
export const LAB_SEED = 2020;

/** What a scenario needs from a lab's definition. */
export type LabScenarioDefinition = Pick<LabDefinition, 'id' | 'horizonSeconds' | 'defaultLoad' | 'shards'>;

/** The lab's scenario on the local engine: its own settings, handler and load, its shards (default one), default I/O latencies. */
export function buildLabScenario(definition: LabScenarioDefinition, lab: LabExports, overrides: Partial<Scenario> = {}): Scenario {
  const { consumer, createHandler } = lab;
  if (!consumer || !createHandler) throw new Error(`Lab ${definition.id} needs consumer.ts and handler.ts to run locally.`);
  const load = lab.load ?? definition.defaultLoad;
  if (!load) throw new Error(`Lab ${definition.id} needs load.ts (or a defaultLoad in its definition) to run locally.`);
  const horizon = definition.horizonSeconds ?? load.duration.seconds;
  return {
    seed: LAB_SEED,
    load,
    shards: definition.shards ?? 1,
    horizonSeconds: Math.min(horizon, load.duration.seconds),
    consumer,
    function: { kind: 'handler', createHandler },
    ...(lab.alarm ? { alarm: lab.alarm } : {}),
    ...(lab.throttlesAlarm ? { throttlesAlarm: lab.throttlesAlarm } : {}),
    ...overrides,
  };
}

/**
 * `alarm` evaluated over another lab's run (lab 06 replays lab 03's slow consumer and lab 05's fixed one):
 * the replayed lab's modules and load, cut at `horizonSeconds` (default: the replayed lab's own horizon).
 */
export function buildAlarmReplay(alarm: AlarmSettings, replayed: { readonly definition: LabScenarioDefinition; readonly exports: LabExports }, horizonSeconds?: number): Scenario {
  const scenario = buildLabScenario(replayed.definition, { ...replayed.exports, alarm });
  return horizonSeconds === undefined ? scenario : { ...scenario, horizonSeconds: Math.min(horizonSeconds, scenario.load.duration.seconds) };
}

/** A lab's reference (`solutions/`) as a lab's run or check reads it (structural: check-kit's ReferenceLab). */
type Replayed = { readonly definition: LabScenarioDefinition; readonly exports: LabExports };

/**
 * The scenario `run NN` and the site's chart show for a lab's modules: its own scenario, or, for a lab that
 * replays another (lab 06 replays lab 03), the replayed lab's reference with this lab's alarm. `reference`
 * loads a reference lab (from files in the CLI, from the compiled files in the site's in-browser panel).
 */
export async function labRunScenario<R extends Replayed>(definition: LabScenarioDefinition & Pick<LabDefinition, 'replays'>, exports: LabExports,
  reference: (labId: string) => Promise<R>): Promise<{ readonly scenario: Scenario; readonly replayed?: R }> {
  if (definition.replays === undefined || exports.alarm === undefined) return { scenario: buildLabScenario(definition, exports) };
  const replayed = await reference(definition.replays);
  return { scenario: buildAlarmReplay(exports.alarm, replayed, definition.horizonSeconds), replayed };
}
