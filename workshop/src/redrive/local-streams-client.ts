// The engine's stream reader (engine/stream-reader.ts, synchronous, virtual time) behind the redrive
// contract's async StreamsReadClient, as `@aws-sdk/client-dynamodb-streams` would answer: same call names,
// same input, errors named as the API names them (a StreamArn of another stream → ResourceNotFoundException).
// Browser-safe.
import { type StreamReader, StreamReadError } from '../engine/stream-reader.js';
import type { StreamsReadClient } from './redrive-contract.js';

/** Counts of the calls made, for reports and checks (how many pages a redrive read). */
export interface StreamsCallCount {
  getShardIterator: number;
  getRecords: number;
}

/** `reader` as a StreamsReadClient of the stream `streamArn`; `calls` counts what was asked of it. */
export function localStreamsClient(reader: StreamReader, streamArn: string): StreamsReadClient & { readonly calls: StreamsCallCount } {
  const calls: StreamsCallCount = { getShardIterator: 0, getRecords: 0 };
  return {
    calls,
    async getShardIterator(input) {
      calls.getShardIterator += 1;
      if (input?.StreamArn !== streamArn) {
        throw new StreamReadError('ResourceNotFoundException', `Requested resource not found: Stream ${JSON.stringify(input?.StreamArn)} does not exist; this run's stream is ${streamArn}.`);
      }
      const { ShardIterator } = reader.getShardIterator({ ShardId: input.ShardId, ShardIteratorType: input.ShardIteratorType, ...(input.SequenceNumber === undefined ? {} : { SequenceNumber: input.SequenceNumber }) });
      return { ShardIterator };
    },
    async getRecords(input) {
      calls.getRecords += 1;
      const out = reader.getRecords({ ShardIterator: input?.ShardIterator, ...(input?.Limit === undefined ? {} : { Limit: input.Limit }) });
      return { Records: out.Records, NextShardIterator: out.NextShardIterator };
    },
  };
}
