import type { CreateHandler } from '../runtime/consumer-io.js';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import type { ConsumerSettingsInput } from '../settings/consumer-settings.js';
import type { LoadSpec } from '../settings/load-profile.js';

/** How long the virtual-time I/O of a real handler takes (milliseconds). */
export interface IoLatencyModel {
  /** One PutItem round trip. @default 8 */
  readonly putItemMs?: number;
  /** One BatchWriteItem round trip, fixed part. @default 12 */
  readonly batchWriteBaseMs?: number;
  /** One BatchWriteItem, per item written. @default 0.4 */
  readonly batchWritePerItemMs?: number;
  /**
   * Share of a BatchWriteItem's items the results table hands back as `UnprocessedItems`, as a throttled
   * table does, 0–1: each item independently, from the run's seeded random source. The handler must retry
   * them. @default 0
   */
  readonly unprocessedShare?: number;
}

/** What the function costs per invocation, either measured from a lab's real handler or a plain formula. */
export type FunctionModel =
  /** A quick what-if: duration = fixedMs + perRecordMs × records ÷ concurrency (in-handler concurrency, default 1). */
  | { readonly kind: 'cost'; readonly fixedMs: number; readonly perRecordMs: number; readonly concurrency?: number }
  /** Runs the lab's own handler; its I/O takes virtual time per `io`. `overheadMs` is added per invocation (default 5). */
  | {
      readonly kind: 'handler';
      readonly createHandler: CreateHandler;
      readonly io?: IoLatencyModel;
      readonly overheadMs?: number;
      /**
       * Record numbers (`StreamRecordView.index`, which with the seed fixes a record's content) the load marks
       * as unusual — a poison record, say: in fast-forward, every batch holding one runs through the handler,
       * never a replay, and does not calibrate its shape. Plain data, so a scenario still crosses a worker.
       */
      readonly unusualRecords?: readonly number[];
    };

/** What the source table's stream writes for each change (its `StreamViewType` setting). */
export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
export const STREAM_VIEW_TYPES: readonly StreamViewType[] = ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'];

/** Everything one simulation run needs. Same scenario + same seed → byte-identical result. */
export interface Scenario {
  /** Seed of the engine's random generator (key choice, jitter). */
  readonly seed: number;
  /** The write side: rate profile, duration, keys, item size. */
  readonly load: LoadSpec;
  /** Shards of the stream (records go to a shard by partition key). @default 1 */
  readonly shards?: number;
  /** Simulate this long in total; may exceed the load's duration to watch the backlog drain. @default - load.duration */
  readonly horizonSeconds?: number;
  /** Event source mapping + function settings: the same object the CDK construct reads. */
  readonly consumer: ConsumerSettingsInput;
  readonly function: FunctionModel;
  /**
   * The source table's stream view type: which images each record carries to a real handler (the cost model
   * ignores it). @default 'NEW_AND_OLD_IMAGES' (what the workshop's CDK table streams)
   */
  readonly streamViewType?: StreamViewType;
  /** Evaluate an IteratorAge (Maximum, per period) alarm over the run. */
  readonly alarm?: AlarmSettings;
  /** Evaluate a Throttles (Sum, per period) alarm over the run, with the same evaluator. */
  readonly throttlesAlarm?: AlarmSettings;
}
