// A lab's starting point for the embedded playground (`<Playground compact preset="05-parallelization" />`):
// the lab solution's load and event source mapping settings, and a cost model calibrated on that solution's
// real handler (the playground runs the quicker cost model, not the lab's code).
import type { Scenario } from '../../workshop/src/engine/scenario.js';
import type { StreamRecordView } from '../../workshop/src/engine/function-runner.js';
import { createHandlerRunner } from '../../workshop/src/engine/handler/create-handler-runner.js';
import { resolveConsumerSettings } from '../../workshop/src/settings/consumer-settings.js';
import type { RateProfile } from '../../workshop/src/settings/load-profile.js';
import type { AlarmSettings } from '../../workshop/src/settings/alarm-settings.js';
import type { ParamValues } from '../src/components/Playground/playground-params.js';

export interface PlaygroundPreset {
  readonly values: Partial<ParamValues>;
  readonly alarm?: AlarmSettings;
}

/**
 * The cost model (fixed + per-record ms) that matches a scenario's function: its own numbers when it is
 * already a cost model; for a lab's real handler, a straight line through two measured invocations — one
 * record, and a full batch of `BatchSize` records — so a full batch costs in the playground what it costs the
 * real handler in the engine (a handler that writes in chunks is far cheaper per record on a big batch).
 */
export async function calibrateCostModel(scenario: Scenario): Promise<{ readonly fixedMs: number; readonly perRecordMs: number }> {
  const model = scenario.function;
  if (model.kind === 'cost') return { fixedMs: model.fixedMs, perRecordMs: model.perRecordMs };
  const settings = resolveConsumerSettings(scenario.consumer);
  const full = settings.batchSize;
  const one = (await createHandlerRunner(model, settings, scenario.seed).invoke(sampleBatch(1), 0)).durationMs;
  const many = (await createHandlerRunner(model, settings, scenario.seed).invoke(sampleBatch(full), 0)).durationMs;
  const perRecordMs = full > 1 ? Math.max(0, (many - one) / (full - 1)) : 0;
  return { fixedMs: Math.max(0, one - perRecordMs), perRecordMs };
}

/** `count` INSERT records of distinct orders, as the engine hands a batch to the function. */
function sampleBatch(count: number): StreamRecordView[] {
  return Array.from({ length: count }, (_, i) => ({
    sequenceNumber: String(i + 1).padStart(21, '0'),
    shardId: 'shardId-calibration',
    keyIndex: i,
    index: i,
    eventName: 'INSERT' as const,
    arrivalMs: 0,
    sizeBytes: 200,
  }));
}

export async function presetFromScenario(scenario: Scenario): Promise<PlaygroundPreset> {
  const cost = await calibrateCostModel(scenario);
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
      perRecordMs: Math.round(cost.perRecordMs * 100) / 100,
      fixedMs: Math.round(cost.fixedMs * 10) / 10,
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
