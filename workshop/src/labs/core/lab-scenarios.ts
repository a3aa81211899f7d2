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
