import type { DynamoDBBatchResponse } from 'aws-lambda';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { StreamHandler } from '../../runtime/consumer-io.js';
import type { ConsumerSettings } from '../../settings/consumer-settings.js';
import type { FunctionRunner, InvocationResult, StreamRecordView } from '../function-runner.js';
import { mix32, mulberry32 } from '../random.js';
import { SCENARIO_LIMITS } from '../scenario-validation.js';
import type { WorkshopIssue } from '../../errors/workshop-issue.js';
import { checkNumber } from '../../settings/range-check.js';
import type { FunctionModel, IoLatencyModel, StreamViewType } from '../scenario.js';
import { streamContextOf } from '../retained-stream.js';
import { createStreamEventBuilder } from './stream-event-builder.js';
import { createVirtualIO, type IoTally } from './virtual-io.js';
import { runInVirtualTime, VirtualTimeline } from './virtual-time-bridge.js';
import { AWS_FACTS } from '../../settings/aws-limits.js';

/** Invocation overhead added to every Duration when the model does not set one (ms). */
export const DEFAULT_OVERHEAD_MS = 5;
/** Latencies and overhead are accepted from 0 up to the longest Lambda timeout (900 s). */
const MAX_MODEL_MS = AWS_FACTS.invocationMaxMs;


/** A runner for a lab's real handler, with what its I/O did so far. */
export interface HandlerRunner extends FunctionRunner {
  /** Items the handler wrote to the (virtual) results table, across all invocations. */
  readonly itemsWritten: number;
  /** Items the results table handed back unprocessed (see `IoLatencyModel.unprocessedShare`). */
  readonly itemsUnprocessed: number;
  /** Execution environments created so far: one per concurrent invocation, plus one after each timeout. */
  readonly environmentsCreated: number;
}

/** An execution environment: the handler built once by `createHandler`, its I/O bound to its clock. */
interface Environment {
  readonly timeline: VirtualTimeline;
  readonly handler: StreamHandler;
  /** Virtual time its last invocation ended; it is busy until then. */
  freeAtMs: number;
}

/**
 * Runs the lab's own handler for every batch, in virtual time: the batch becomes a real
 * `DynamoDBStreamEvent`, the handler's I/O takes its modelled latency, and Duration = virtual time from
 * start to the handler settling + `overheadMs`. A thrown error gives outcome 'error'; a run longer than
 * the function timeout gives 'timeout' (Duration = timeout) and, as on AWS, a fresh environment afterwards.
 * Like Lambda, `createHandler` runs once per execution environment; an environment is reused by the next
 * invocation that starts (in virtual time) after it is free, so there are as many as the peak concurrency.
 */
export function createHandlerRunner(
  model: Extract<FunctionModel, { kind: 'handler' }>,
  settings: ConsumerSettings,
  seed: number,
  table: { readonly streamViewType?: StreamViewType; readonly load?: { readonly poisonRecords?: readonly number[] } } = {},
): HandlerRunner {
  // The same context `retainedStream` renders a redrive's records with: what the handler saw, byte for byte.
  const buildEvent = createStreamEventBuilder(streamContextOf(seed, table));
  const overheadMs = checkModelMs('overheadMs', model.overheadMs ?? DEFAULT_OVERHEAD_MS);
  const latency = checkLatency(model.io ?? {});
  const timeoutMs = settings.timeout.seconds * 1000;
  const tally: IoTally = { itemsWritten: 0, requests: 0, unprocessed: 0 };
  // One stream for the whole run, drawn in (deterministic) event order; apart from the records' own randomness.
  const unprocessedDraw = mulberry32(mix32(seed ^ 0x5eed_10));
  const warm: Environment[] = [];
  let created = 0;

  const newEnvironment = (): Environment => {
    created += 1;
    const timeline = new VirtualTimeline();
    return { timeline, handler: model.createHandler(createVirtualIO(timeline, latency, tally, unprocessedDraw)), freeAtMs: -Infinity };
  };
  /** The most recently used environment that is free at `startMs` (deterministic), taken out of the pool. */
  const takeEnvironment = (startMs: number): Environment => {
    for (let i = warm.length - 1; i >= 0; i--) {
      if (warm[i]!.freeAtMs <= startMs) return warm.splice(i, 1)[0]!;
    }
    return newEnvironment();
  };
  const release = (environment: Environment, result: InvocationResult, startMs: number): InvocationResult => {
    environment.freeAtMs = startMs + result.durationMs;
    if (result.outcome !== 'timeout') warm.push(environment); // after a timeout Lambda starts a fresh one
    return result;
  };

  const finish = (outcome: InvocationResult['outcome'], elapsedMs: number, failures?: readonly string[]): InvocationResult => {
    const durationMs = elapsedMs + overheadMs;
    if (durationMs > timeoutMs) return { outcome: 'timeout', durationMs: timeoutMs };
    return failures ? { outcome, durationMs, batchItemFailures: failures } : { outcome, durationMs };
  };

  return {
    get itemsWritten() {
      return tally.itemsWritten;
    },
    get itemsUnprocessed() {
      return tally.unprocessed;
    },
    get environmentsCreated() {
      return created;
    },
    async invoke(batch: readonly StreamRecordView[], startMs: number): Promise<InvocationResult> {
      let environment: Environment;
      try {
        environment = takeEnvironment(startMs);
      } catch {
        return finish('error', 0); // the module's init failed: Lambda reports an error for the invocation
      }
      environment.timeline.reset(startMs);
      const event = buildEvent(batch);
      const deadlineMs = startMs + timeoutMs - overheadMs;
      const outcome = await runInVirtualTime(environment.timeline, deadlineMs, () => environment.handler(event));
      switch (outcome.kind) {
        case 'returned':
          return release(environment, finish('success', outcome.endMs - startMs, failuresOf(outcome.value)), startMs);
        case 'threw':
          return release(environment, finish('error', outcome.endMs - startMs), startMs);
        case 'deadline':
        case 'stalled':
          return release(environment, { outcome: 'timeout', durationMs: timeoutMs }, startMs);
      }
    },
  };
}

/** The sequence numbers of a `{ batchItemFailures: [{ itemIdentifier }] }` answer, as given (the ESM judges them). */
function failuresOf(value: DynamoDBBatchResponse | void): readonly string[] | undefined {
  const list: unknown = value && typeof value === 'object' ? (value as { batchItemFailures?: unknown }).batchItemFailures : undefined;
  if (!Array.isArray(list)) return undefined;
  return list.map((failure: unknown) => {
    const id: unknown = failure && typeof failure === 'object' ? (failure as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    return typeof id === 'string' ? id : '';
  });
}

function checkLatency(io: IoLatencyModel): IoLatencyModel {
  for (const field of ['putItemMs', 'batchWriteBaseMs', 'batchWritePerItemMs'] as const) {
    if (io[field] !== undefined) checkModelMs(`io.${field}`, io[field]);
  }
  const issues: WorkshopIssue[] = [];
  checkNumber(issues, 'io.unprocessedShare', io.unprocessedShare, SCENARIO_LIMITS.unprocessedShare);
  if (issues[0]) throw new WorkshopError(issues[0]);
  return io;
}

function checkModelMs(field: string, value: number): number {
  const issues: WorkshopIssue[] = [];
  checkNumber(issues, field, value, { min: 0, max: MAX_MODEL_MS, unit: 'ms' });
  if (issues[0]) throw new WorkshopError(issues[0]);
  return value;
}
