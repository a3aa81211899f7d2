// A run's stream as it stands at a virtual time: the records still retained (written in the last 24 h, up to
// the run's end), with the context that renders them exactly as the run delivered them to the handler. The
// records are a pure function of the scenario (lane-stream.ts), so nothing is kept while a run goes: a run
// that never asks pays nothing, and one that asks gets the same records its consumer saw. Lab 09's redrive
// reads them through `createStreamReader`. Browser-safe.
import { WorkshopError } from '../errors/workshop-error.js';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import type { StreamRecordView } from './function-runner.js';
import { type StreamEventContext, streamArn } from './handler/stream-event-builder.js';
import { LaneStream, RETENTION_MS } from './lane-stream.js';
import { buildArrivalCurve } from './producer.js';
import type { Scenario, StreamViewType } from './scenario.js';
import { validateScenario } from './scenario-validation.js';
import { createStreamReader, type StreamReader } from './stream-reader.js';
import { buildStreamLayout } from './stream-layout.js';

/** Item size when the load names none (the run's default). */
export const DEFAULT_ITEM_SIZE_BYTES = 400;

/** The lanes of a scenario's stream, as a run writes them (run-simulation.ts builds its stream with this). */
export function buildLaneStreams(scenario: Scenario, parallelizationFactor: number): LaneStream[] {
  const { load } = scenario;
  const curve = buildArrivalCurve(load.profile, load.duration.seconds);
  const layout = buildStreamLayout(load.keys, load.hotKeyShare ?? 0, scenario.shards ?? 1, parallelizationFactor);
  const seed = scenario.seed >>> 0;
  const itemSizeBytes = load.itemSizeBytes ?? DEFAULT_ITEM_SIZE_BYTES;
  return Array.from({ length: layout.laneCount }, (_, lane) => new LaneStream(curve, layout, lane, seed, itemSizeBytes));
}

/** How a run renders its records for the handler (create-handler-runner.ts uses the same one). */
export function streamContextOf(seed: number, table: { readonly streamViewType?: StreamViewType; readonly load?: { readonly poisonRecords?: readonly number[] } }): StreamEventContext {
  return {
    seed,
    ...(table.streamViewType ? { streamViewType: table.streamViewType } : {}),
    ...(table.load?.poisonRecords?.length ? { poisonRecords: table.load.poisonRecords } : {}),
  };
}

export interface RetainedStream {
  /** Records written after `atMs` − 24 h and by min(`atMs`, the run's end), every shard, in lane order. */
  readonly records: readonly StreamRecordView[];
  /**
   * Per lane, the newest record the stream has already trimmed (none for a lane that trimmed nothing): the
   * reader needs it to answer TrimmedDataAccessException for a sequence number older than what it keeps.
   */
  readonly newestTrimmed: readonly StreamRecordView[];
  readonly context: StreamEventContext;
  readonly streamArn: string;
}

/**
 * The stream of `scenario`'s run at virtual time `atMs` (ms from the run's start; past the run's end the
 * producer has stopped, and records keep ageing out).
 * @throws WorkshopError for an invalid scenario, as the run would.
 */
export function retainedStream(scenario: Scenario, atMs: number): RetainedStream {
  const [issue] = validateScenario(scenario);
  if (issue) throw new WorkshopError(issue);
  if (!(atMs >= 0)) throw new RangeError(`atMs must be >= 0, got ${atMs}`);
  const horizonMs = (scenario.horizonSeconds ?? scenario.load.duration.seconds) * 1000;
  const lanes = buildLaneStreams(scenario, resolveConsumerSettings(scenario.consumer).parallelizationFactor);
  const records: StreamRecordView[] = [];
  const newestTrimmed: StreamRecordView[] = [];
  const writtenBy = Math.min(atMs, horizonMs);
  for (const lane of lanes) {
    const from = atMs >= RETENTION_MS ? Math.min(lane.countAt(atMs - RETENTION_MS), lane.countAt(writtenBy)) : 0;
    const to = lane.countAt(writtenBy);
    if (from > 0) newestTrimmed.push(lane.record(from - 1));
    for (let k = from; k < to; k++) records.push(lane.record(k));
  }
  const context = streamContextOf(scenario.seed, scenario);
  return { records, newestTrimmed, context, streamArn: streamArn(context) };
}

/** A GetShardIterator/GetRecords reader over `scenario`'s stream at `now()` (which starts at `startMs`). */
export function retainedStreamReader(scenario: Scenario, startMs: number, now: () => number = () => startMs): { readonly reader: StreamReader; readonly streamArn: string } {
  const stream = retainedStream(scenario, startMs);
  // The trimmed markers come first in stream order, and the reader trims them at once (older than 24 h).
  return { reader: createStreamReader({ records: [...stream.newestTrimmed, ...stream.records], now, context: stream.context }), streamArn: stream.streamArn };
}
