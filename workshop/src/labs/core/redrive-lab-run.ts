// Lab 09's run, shared by its check and by `run 09`: lab 07's reference consumer gives the poison order up
// to its on-failure queue (with a results table kept of what its handler wrote), then the learner's redrive
// drains that queue over the run's retained stream, in virtual time, some time after the run ended, with the
// fixed handler writing to the same table. Browser-safe.
import type { StreamRecordView } from '../../engine/function-runner.js';
import { SIMULATION_EPOCH_MS, streamArn } from '../../engine/handler/stream-event-builder.js';
import { type OnFailureRecord, SIMULATED_FUNCTION_ARN } from '../../engine/on-failure-record.js';
import type { Scenario } from '../../engine/scenario.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import { retainedStreamReader, streamContextOf } from '../../engine/retained-stream.js';
import { localStreamsClient, type StreamsCallCount } from '../../redrive/local-streams-client.js';
import { createMemoryQueue, type MemoryQueue } from '../../redrive/on-failure-queue.js';
import type { RedriveFailure } from '../../redrive/redrive-contract.js';
import { redriveQueue, type RedriveReport } from '../../redrive/redrive-queue.js';
import type { ConsumerIO, CreateHandler, ResultItem } from '../../runtime/consumer-io.js';
import { superviseCreateHandler } from '../../supervise/learner-faults.js';
import type { ReferenceLab } from './check-kit.js';
import { runLabScenario } from './check-kit.js';
import { buildLabScenario } from './lab-scenarios.js';

/** The results table: one row per `pk|sk`, and every write in order. */
export interface ResultsTable {
  readonly rows: Map<string, ResultItem>;
  readonly writes: ResultItem[];
}

export const newTable = (): ResultsTable => ({ rows: new Map(), writes: [] });
const put = (table: ResultsTable, item: ResultItem) => {
  table.rows.set(`${item.pk}|${item.sk}`, item);
  table.writes.push(item);
};

/** A ConsumerIO over `table` (each call answers after one microtask: the redrive runs after the engine's run). */
export function tableIO(table: ResultsTable): ConsumerIO {
  return {
    putResult: async (item) => put(table, item),
    putResults: async (items) => (items.forEach((item) => put(table, item)), []),
    sleep: async () => {},
  };
}

/** `createHandler` whose successful writes (on the engine's virtual I/O) are also kept in `table`. */
function keptIn(createHandler: CreateHandler, table: ResultsTable): CreateHandler {
  return (io) => createHandler({
    putResult: async (item) => (await io.putResult(item), put(table, item)),
    putResults: async (items) => {
      const back = await io.putResults(items);
      const unprocessed = new Set(back);
      for (const item of items) if (!unprocessed.has(item)) put(table, item);
      return back;
    },
    sleep: (ms) => io.sleep(ms),
  });
}

/** What lab 07's reference consumer left: its run, the table its handler wrote, the scenario (for the stream). */
export interface FailedRun {
  readonly scenario: Scenario;
  readonly result: SimulationResult;
  readonly table: ResultsTable;
  /** When the run ended, in virtual ms. */
  readonly endMs: number;
}

/** Lab 07's reference, a minute past its load (what the consumer can still process is processed). */
export async function runFailingConsumer(replayed: ReferenceLab, drainSeconds: number, horizonSeconds?: number,
  onProgress?: (fractionDone: number) => void): Promise<FailedRun> {
  const table = newTable();
  const load = replayed.exports.load!;
  const overrides = { horizonSeconds: horizonSeconds ?? load.duration.seconds + drainSeconds };
  const lab = { ...replayed.exports, createHandler: keptIn(replayed.exports.createHandler!, table) };
  const result = await runLabScenario(replayed.definition, lab, overrides, onProgress ? { onProgress } : {});
  const scenario = buildLabScenario(replayed.definition, replayed.exports, overrides);
  return { scenario, result, table, endMs: overrides.horizonSeconds * 1000 };
}

/** One drain of `queue` by `redriveFailure`, at virtual time `atMs`, `createHandler` writing to `table`. */
export async function redriveAt(options: {
  readonly scenario: Scenario;
  readonly atMs: number;
  readonly queue: MemoryQueue;
  readonly table: ResultsTable;
  readonly createHandler: CreateHandler;
  readonly redriveFailure: RedriveFailure;
}): Promise<{ readonly report: RedriveReport; readonly calls: StreamsCallCount }> {
  const { reader, streamArn } = retainedStreamReader(options.scenario, options.atMs);
  const streams = localStreamsClient(reader, streamArn);
  const handler = superviseCreateHandler(options.createHandler)(tableIO(options.table));
  const report = await redriveQueue({ queue: options.queue, streams, handler, redriveFailure: options.redriveFailure });
  return { report, calls: { ...streams.calls } };
}

/** The on-failure queue of a run: one message per record the destination received, bodies as AWS writes them. */
export function queueOf(result: SimulationResult): MemoryQueue {
  return createMemoryQueue(result.onFailureRecords.map((record) => JSON.stringify(record)));
}

const arrivalText = (arrivalMs: number) => new Date(Math.floor((SIMULATION_EPOCH_MS + arrivalMs) / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * A probe queue with one on-failure record over `range` (records of one shard, in stream order), laid out as
 * the run's own records are (the run's first record lends its request context).
 */
export function longRangeQueue(result: SimulationResult, range: readonly StreamRecordView[], scenario: Scenario): MemoryQueue {
  const first = range[0]!;
  const last = range.at(-1)!;
  const template = result.onFailureRecords[0];
  const record: OnFailureRecord = {
    requestContext: template?.requestContext ?? { requestId: '00000000-0000-4000-8000-000000000009', functionArn: SIMULATED_FUNCTION_ARN, condition: 'RetryAttemptsExhausted', approximateInvokeCount: 1 },
    ...(template?.responseContext ? { responseContext: template.responseContext } : {}),
    version: '1.0',
    timestamp: template?.timestamp ?? new Date(SIMULATION_EPOCH_MS + last.arrivalMs).toISOString(),
    DDBStreamBatchInfo: {
      shardId: first.shardId,
      startSequenceNumber: first.sequenceNumber,
      endSequenceNumber: last.sequenceNumber,
      approximateArrivalOfFirstRecord: arrivalText(first.arrivalMs),
      approximateArrivalOfLastRecord: arrivalText(last.arrivalMs),
      batchSize: range.length,
      streamArn: streamArn(streamContextOf(scenario.seed, scenario)),
    },
  };
  return createMemoryQueue([JSON.stringify(record)]);
}

/** What `run 09` reports of its redrive (plain data: it crosses the supervisor's worker boundary). */
export interface RedriveRunValue {
  /** How long after the consumer's run ended the redrive started, in seconds (`run 09 --after`). */
  readonly afterSeconds: number;
  /** Virtual time of the redrive, in seconds from the start of the run. */
  readonly atSeconds: number;
  /** Messages the on-failure queue held before the redrive. */
  readonly queued: number;
  readonly report: RedriveReport;
  /** The queue afterwards (what stays to redrive later). */
  readonly queueAfter: readonly { readonly id: string; readonly body: string }[];
  readonly calls: StreamsCallCount;
}

/**
 * `run 09`: lab 07's reference consumer fills the queue, then `redriveFailure` drains it `afterSeconds` after
 * the run ended, with `createHandler` (the fixed handler) writing to the run's results table.
 */
export async function runRedriveLab(replayed: ReferenceLab, lab: { readonly createHandler: CreateHandler; readonly redriveFailure: RedriveFailure },
  options: { readonly drainSeconds: number; readonly afterSeconds: number; readonly horizonSeconds?: number; readonly onProgress?: (fractionDone: number) => void }):
  Promise<{ readonly failed: FailedRun; readonly redrive: RedriveRunValue }> {
  const failed = await runFailingConsumer(replayed, options.drainSeconds, options.horizonSeconds, options.onProgress);
  const queue = queueOf(failed.result);
  const queued = queue.messages().length;
  const atMs = failed.endMs + options.afterSeconds * 1000;
  const { report, calls } = await redriveAt({ scenario: failed.scenario, atMs, queue, table: failed.table, ...lab });
  return {
    failed,
    redrive: { afterSeconds: options.afterSeconds, atSeconds: atMs / 1000, queued, report, queueAfter: queue.messages().map(({ id, body }) => ({ id, body })), calls },
  };
}
