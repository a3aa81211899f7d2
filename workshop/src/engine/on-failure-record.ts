import type { StreamRecordView } from './function-runner.js';
import { SIMULATION_EPOCH_MS, streamArn } from './handler/stream-event-builder.js';
import { mix32, mulberry32, type RandomSource } from './random.js';

/** Why the event source mapping gave up on records (facts sheet §G). */
export type OnFailureCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded';

/**
 * One message the event source mapping sends to the on-failure destination (SQS body, SNS message; S3 adds
 * the records), in AWS's JSON layout as recorded against real AWS (facts sheet §G). Batch metadata only: to
 * reprocess, read the stream again from `startSequenceNumber` within 24 h.
 */
export interface OnFailureRecord {
  readonly requestContext: {
    readonly requestId: string;
    readonly functionArn: string;
    readonly condition: OnFailureCondition;
    /** Invocations that included these records (0 when they expired before any); [UNCERTAIN] with bisect. */
    readonly approximateInvokeCount: number;
  };
  /** Absent for `RecordAgeExceeded` (the records were split out before an invocation). */
  readonly responseContext?: {
    readonly statusCode: number;
    readonly executedVersion: string;
    /** `"Unhandled"` for a thrown error or a timeout; null when the function returned failed item identifiers. */
    readonly functionError: 'Unhandled' | null;
  };
  readonly version: '1.0';
  /** When the mapping gave up (ISO 8601, ms). */
  readonly timestamp: string;
  readonly DDBStreamBatchInfo: {
    readonly shardId: string;
    readonly startSequenceNumber: string;
    readonly endSequenceNumber: string;
    /** Arrival of the first / last record, to the second (ISO 8601). */
    readonly approximateArrivalOfFirstRecord: string;
    readonly approximateArrivalOfLastRecord: string;
    readonly batchSize: number;
    readonly streamArn: string;
  };
}

/** How many on-failure records a run keeps (the first ones); the rest are only counted. */
export const ON_FAILURE_RECORDS_KEPT = 100;

/** The function the simulated mapping invokes, shaped like a real ARN (same account and region as the stream). */
export const SIMULATED_FUNCTION_ARN = 'arn:aws:lambda:us-east-1:111122223333:function:workshop-consumer';

/** What gave up, for one on-failure record. */
export interface GivenUp {
  readonly condition: OnFailureCondition;
  readonly approximateInvokeCount: number;
  /** undefined → no responseContext (RecordAgeExceeded). */
  readonly functionError: 'Unhandled' | null | undefined;
  readonly atMs: number;
  readonly first: StreamRecordView;
  readonly last: StreamRecordView;
  readonly batchSize: number;
}

/**
 * The on-failure destination of a run: AWS writes a record only when the mapping has a destination, so a
 * log without one stays empty. Deterministic: request ids come from the seed, in the order records are given up.
 */
export class OnFailureLog {
  readonly records: OnFailureRecord[] = [];
  /** Every record sent, kept or not. */
  count = 0;
  private readonly ids: RandomSource;
  private readonly arn = streamArn();

  constructor(readonly enabled: boolean, seed: number) {
    this.ids = mulberry32(mix32((seed >>> 0) ^ 0x0f_a1_1ed));
  }

  /** True while another record would still be kept (callers can skip building the views). */
  get keeping(): boolean {
    return this.enabled && this.records.length < ON_FAILURE_RECORDS_KEPT;
  }

  /** Counts `n` records sent once the log is full (they are not kept). */
  skip(n: number): void {
    if (this.enabled) this.count += n;
  }

  add(given: GivenUp): void {
    if (!this.enabled) return;
    this.count += 1;
    if (this.records.length >= ON_FAILURE_RECORDS_KEPT) return;
    const { first, last } = given;
    this.records.push({
      requestContext: {
        requestId: this.uuid(),
        functionArn: SIMULATED_FUNCTION_ARN,
        condition: given.condition,
        approximateInvokeCount: given.approximateInvokeCount,
      },
      ...(given.functionError === undefined
        ? {}
        : { responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: given.functionError } }),
      version: '1.0',
      timestamp: new Date(SIMULATION_EPOCH_MS + Math.round(given.atMs)).toISOString(),
      DDBStreamBatchInfo: {
        shardId: first.shardId,
        startSequenceNumber: first.sequenceNumber,
        endSequenceNumber: last.sequenceNumber,
        approximateArrivalOfFirstRecord: toSecond(first.arrivalMs),
        approximateArrivalOfLastRecord: toSecond(last.arrivalMs),
        batchSize: given.batchSize,
        streamArn: this.arn,
      },
    });
  }

  /** A version-4-shaped UUID drawn from the seeded stream. */
  private uuid(): string {
    let hex = '';
    for (let i = 0; i < 4; i++) hex += Math.floor(this.ids() * 4_294_967_296).toString(16).padStart(8, '0');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

function toSecond(arrivalMs: number): string {
  return new Date(Math.floor((SIMULATION_EPOCH_MS + arrivalMs) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
