// What a redrive is, in one place: lab 09's `redrive.ts` (the learner's code) gets one on-failure record, a
// client that reads the stream again, and the fixed handler; it reprocesses that record's sequence range and
// says how many records it handed to the handler. The same contract runs on two targets:
// - local: the engine's retained records behind `createStreamReader` (engine/stream-reader.ts), in virtual time;
// - aws: `workshop redrive` wraps @aws-sdk/client-dynamodb-streams (GetShardIterator, GetRecords) and
//   @aws-sdk/client-sqs (the on-failure queue) around the same function.
// Browser-safe: types only.
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { OnFailureRecord } from '../engine/on-failure-record.js';
import type { ShardIteratorType } from '../engine/stream-reader.js';

/**
 * The two DynamoDB Streams calls a redrive needs, named and shaped as the API names them (aws-facts §C, §G).
 * Records come back as Lambda delivers them (`eventSourceARN`, `dynamodb.SizeBytes`, ...), on both targets.
 * Errors carry the API's `name`: `TrimmedDataAccessException` (older than 24 h), `ExpiredIteratorException`
 * (an iterator older than 15 min), `ResourceNotFoundException`, `ValidationException`.
 */
export interface StreamsReadClient {
  getShardIterator(input: {
    readonly StreamArn: string;
    readonly ShardId: string;
    readonly ShardIteratorType: ShardIteratorType;
    /** Required with AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER. */
    readonly SequenceNumber?: string;
  }): Promise<{ readonly ShardIterator?: string }>;
  /** At most 1,000 records or 1 MB per call (aws-facts §C). */
  getRecords(input: { readonly ShardIterator: string; readonly Limit?: number }): Promise<{
    readonly Records?: DynamoDBRecord[];
    /** Absent once a closed shard is read to its end. */
    readonly NextShardIterator?: string;
  }>;
}

/** The fixed handler, as Lambda would invoke it (a partial batch response, or nothing). */
export type RedriveHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

/** What the learner's `redriveFailure` receives for one message of the on-failure queue. */
export interface RedriveInput {
  /** The message body, in AWS's layout (metadata only: shard and sequence range, no data). */
  readonly failure: OnFailureRecord;
  readonly streams: StreamsReadClient;
  readonly handler: RedriveHandler;
}

/** What it reports back: the records it handed to the handler (the range's records still in the stream). */
export interface RedriveOutcome {
  readonly records: number;
}

/**
 * Lab 09's `redrive.ts` exports `redriveFailure: RedriveFailure`. It resolves once every record of the range
 * was processed (the kit then deletes the message); it rejects (e.g. with the stream's
 * `TrimmedDataAccessException`) when it could not, and the kit keeps the message and says why.
 */
export type RedriveFailure = (input: RedriveInput) => Promise<RedriveOutcome>;
