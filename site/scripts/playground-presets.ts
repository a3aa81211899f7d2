// A lab's starting point for the embedded playground (`<Playground compact preset="05-parallelization" />`):
// the lab solution's load and event source mapping settings, and a cost model calibrated on that solution's
// real handler run (the playground runs the quicker cost model, not the lab's code).
import type { Scenario } from '../../workshop/src/engine/scenario.js';
import type { SimulationResult } from '../../workshop/src/engine/simulation-result.js';
import type { RateProfile } from '../../workshop/src/settings/load-profile.js';
import type { AlarmSettings } from '../../workshop/src/settings/alarm-settings.js';
import type { ParamValues } from '../src/components/Playground/playground-params.js';

export interface PlaygroundPreset {
  readonly values: Partial<ParamValues>;
  readonly alarm?: AlarmSettings;
}

/** Fixed part of every invocation in the calibrated cost model (the handler runner's default overhead). */
export const PRESET_FIXED_MS = 5;

export function presetFromRun(scenario: Scenario, result: SimulationResult): PlaygroundPreset {
  let invocations = 0;
  let durationTotal = 0;
  for (const m of result.minutes) {
    if (m.durationAvgMs === null) continue;
    invocations += m.invocations;
    durationTotal += m.durationAvgMs * m.invocations;
  }
  const recordsPerInvocation = invocations > 0 ? result.totals.processed / invocations : 1;
  const avgDuration = invocations > 0 ? durationTotal / invocations : PRESET_FIXED_MS;
  const perRecordMs = Math.max(0, (avgDuration - PRESET_FIXED_MS) / Math.max(recordsPerInvocation, 1));
  const { consumer, load } = scenario;
  return {
    values: {
      rate: Math.max(1, Math.round(averageRate(load.profile))),
      durationMinutes: Math.max(1, Math.round(load.duration.seconds / 60)),
      shards: scenario.shards ?? 1,
      keys: load.keys,
      hotKeyPercent: Math.round((load.hotKeyShare ?? 0) * 100),
      batchSize: consumer.batchSize ?? 100,
      parallelizationFactor: consumer.parallelizationFactor ?? 1,
      maxBatchingWindow: consumer.maxBatchingWindow?.seconds ?? 0,
      perRecordMs: Math.round(perRecordMs * 10) / 10,
      fixedMs: PRESET_FIXED_MS,
    },
    ...(scenario.alarm ? { alarm: scenario.alarm } : {}),
  };
}

function averageRate(profile: RateProfile): number {
  switch (profile.kind) {
    case 'constant': return profile.ratePerSecond;
    case 'ramp': return (profile.fromPerSecond + profile.toPerSecond) / 2;
    case 'steps': return Math.max(...profile.steps.map((s) => s.ratePerSecond));
    case 'daily': return (profile.basePerSecond + profile.peakPerSecond) / 2;
  }
}
