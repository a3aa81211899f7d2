// Each lab's local scenario, built from what the lab folder exports. Pure and browser-safe (no node:*):
// `run`/`check` call `buildLabScenario` with modules the lab loader imported; the site's chart generator
// calls `loadLabChartScenario('<slug>/starter' | '<slug>/solution')`, which imports the lab files itself.
import type { CreateHandler } from '../runtime/consumer-io.js';
import type { Scenario } from '../engine/scenario.js';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import type { ConsumerSettingsInput } from '../settings/consumer-settings.js';
import type { LoadSpec } from '../settings/load-profile.js';

/** What a lab folder may export (each file adds one). */
export interface LabExports {
  readonly consumer?: ConsumerSettingsInput; // consumer.ts
  readonly createHandler?: CreateHandler; // handler.ts
  readonly load?: LoadSpec; // load.ts
  readonly alarm?: AlarmSettings; // alarm.ts
  readonly estimateIteratorAgeMs?: (elapsedSeconds: number) => number; // estimate.ts
}

/** Every lab scenario uses this seed, so runs, checks and the site's charts agree byte for byte. */
export const LAB_SEED = 2020;

/** Lab 01 has no load.ts yet: a gentle load its consumer keeps up with (≈ 100 records/s capacity). */
export const LAB_01_LOAD: LoadSpec = { profile: { kind: 'constant', ratePerSecond: 50 }, duration: { seconds: 120 }, keys: 1_000, itemSizeBytes: 200 };

/**
 * How long each lab's scenario runs, in simulated seconds: longer loads are cut here so every check answers
 * in a few seconds. The trend is clear by then (lag grows linearly, or stays flat). Lab 06 replays lab 03.
 */
export const LAB_HORIZON_SECONDS: Readonly<Record<string, number>> = {
  '01': 120, '02': 300, '03': 300, '04': 120, '05': 120, '06': 360,
};

/** The lab's scenario on the local engine: its own settings, handler and load, one shard, default I/O latencies. */
export function buildLabScenario(labId: string, lab: LabExports, overrides: Partial<Scenario> = {}): Scenario {
  const { consumer, createHandler } = lab;
  if (!consumer || !createHandler) throw new Error(`Lab ${labId} needs consumer.ts and handler.ts to run locally.`);
  const load = lab.load ?? LAB_01_LOAD;
  const horizon = LAB_HORIZON_SECONDS[labId] ?? load.duration.seconds;
  return {
    seed: LAB_SEED,
    load,
    shards: 1,
    horizonSeconds: Math.min(horizon, load.duration.seconds),
    consumer,
    function: { kind: 'handler', createHandler },
    ...(lab.alarm ? { alarm: lab.alarm } : {}),
    ...overrides,
  };
}

/**
 * Lab 06's replays: `alarm` evaluated over another lab's run. Lab 03's (the slow consumer) must reach
 * ALARM within minutes; lab 05's (the fixed consumer) must stay OK.
 */
export function buildAlarmReplay(alarm: AlarmSettings, replayed: LabExports, replayedLabId: '03' | '05'): Scenario {
  const horizon = replayedLabId === '03' ? LAB_HORIZON_SECONDS['06']! : LAB_HORIZON_SECONDS['05']!;
  return buildLabScenario(replayedLabId, { ...replayed, alarm }, { horizonSeconds: Math.min(horizon, (replayed.load ?? LAB_01_LOAD).duration.seconds) });
}

type Loader = () => Promise<Record<string, unknown>>;
interface FolderLoaders { readonly consumer: Loader; readonly handler: Loader; readonly load: Loader; readonly alarm?: Loader }

// Literal import paths, so both tsx (Node) and the site's bundler can follow them.
const FOLDERS: Readonly<Record<string, FolderLoaders>> = {
  '02-generate-load/starter': { consumer: () => import('../../../labs/02-generate-load/consumer.js'), handler: () => import('../../../labs/02-generate-load/handler.js'), load: () => import('../../../labs/02-generate-load/load.js') },
  '02-generate-load/solution': { consumer: () => import('../../../solutions/02-generate-load/consumer.js'), handler: () => import('../../../solutions/02-generate-load/handler.js'), load: () => import('../../../solutions/02-generate-load/load.js') },
  '03-observe-iteratorage/starter': { consumer: () => import('../../../labs/03-observe-iteratorage/consumer.js'), handler: () => import('../../../labs/03-observe-iteratorage/handler.js'), load: () => import('../../../labs/03-observe-iteratorage/load.js') },
  '03-observe-iteratorage/solution': { consumer: () => import('../../../solutions/03-observe-iteratorage/consumer.js'), handler: () => import('../../../solutions/03-observe-iteratorage/handler.js'), load: () => import('../../../solutions/03-observe-iteratorage/load.js') },
  '04-batch-size/starter': { consumer: () => import('../../../labs/04-batch-size/consumer.js'), handler: () => import('../../../labs/04-batch-size/handler.js'), load: () => import('../../../labs/04-batch-size/load.js') },
  '04-batch-size/solution': { consumer: () => import('../../../solutions/04-batch-size/consumer.js'), handler: () => import('../../../solutions/04-batch-size/handler.js'), load: () => import('../../../solutions/04-batch-size/load.js') },
  '05-parallelization/starter': { consumer: () => import('../../../labs/05-parallelization/consumer.js'), handler: () => import('../../../labs/05-parallelization/handler.js'), load: () => import('../../../labs/05-parallelization/load.js') },
  '05-parallelization/solution': { consumer: () => import('../../../solutions/05-parallelization/consumer.js'), handler: () => import('../../../solutions/05-parallelization/handler.js'), load: () => import('../../../solutions/05-parallelization/load.js') },
  // Lab 06's chart replays lab 03's slow consumer with the lab's alarm: the starter's never fires, the solution's does.
  '06-alarm/starter': { consumer: () => import('../../../solutions/03-observe-iteratorage/consumer.js'), handler: () => import('../../../solutions/03-observe-iteratorage/handler.js'), load: () => import('../../../solutions/03-observe-iteratorage/load.js'), alarm: () => import('../../../labs/06-alarm/alarm.js') },
  '06-alarm/solution': { consumer: () => import('../../../solutions/03-observe-iteratorage/consumer.js'), handler: () => import('../../../solutions/03-observe-iteratorage/handler.js'), load: () => import('../../../solutions/03-observe-iteratorage/load.js'), alarm: () => import('../../../solutions/06-alarm/alarm.js') },
};

/** Chart ids the site can draw: `<lab-slug>/starter` and `<lab-slug>/solution` for labs 02–06. */
export const LAB_CHART_IDS: readonly string[] = Object.keys(FOLDERS);

/** The scenario behind a lab chart id; the chart's threshold (lab 06) is the scenario's `alarm.threshold`. */
export async function loadLabChartScenario(id: string): Promise<Scenario> {
  const folder = FOLDERS[id];
  if (!folder) throw new Error(`Unknown lab chart "${id}". Known: ${LAB_CHART_IDS.join(', ')}.`);
  const [consumer, handler, load, alarm] = await Promise.all([folder.consumer(), folder.handler(), folder.load(), folder.alarm?.()]);
  const lab: LabExports = {
    consumer: consumer.consumer as ConsumerSettingsInput,
    createHandler: handler.createHandler as CreateHandler,
    load: load.load as LoadSpec,
    ...(alarm ? { alarm: alarm.alarm as AlarmSettings } : {}),
  };
  const labId = id.slice(0, 2);
  return labId === '06' && lab.alarm ? buildAlarmReplay(lab.alarm, lab, '03') : buildLabScenario(labId, lab);
}
