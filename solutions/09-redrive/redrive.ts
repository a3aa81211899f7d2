// Lab 09 — one on-failure record back to its data: read the stream again over the record's sequence range
// and hand those records, and only those, to the fixed handler.
import type { DynamoDBRecord } from 'aws-lambda';
import type { RedriveFailure } from '../../workshop/src/index.js';

export const redriveFailure: RedriveFailure = async ({ failure, streams, handler }) => {
  // The record holds metadata only: where the records were (shard, first and last sequence number).
  const { streamArn, shardId, startSequenceNumber, endSequenceNumber } = failure.DDBStreamBatchInfo;
  const end = BigInt(endSequenceNumber); // sequence numbers are 21–40 digits: compare them as numbers
  // AT_SEQUENCE_NUMBER starts at the first record of the range itself. Past 24 h the stream may trim it at any
  // moment (the engine does at exactly 24 h); then this call throws TrimmedDataAccessException: let it reject,
  // so the message stays in the queue.
  let iterator = (await streams.getShardIterator({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: startSequenceNumber })).ShardIterator;
  let handed = 0;
  while (iterator) {
    // One page: at most 1,000 records or 1 MB. A long range takes several; each page names the next.
    const page = await streams.getRecords({ ShardIterator: iterator });
    const records = page.Records ?? [];
    const inRange = records.filter((record: DynamoDBRecord) => BigInt(record.dynamodb?.SequenceNumber ?? '0') <= end);
    if (inRange.length > 0) {
      const response = await handler({ Records: inRange });
      // A record the handler reports again has failed again: reject, and the message stays for later.
      const failed = response?.batchItemFailures ?? [];
      if (failed.length > 0) throw new Error(`The handler failed ${failed.length} record(s) again: ${failed.map((f) => f.itemIdentifier).join(', ')}.`);
      handed += inRange.length;
    }
    // Stop after endSequenceNumber (records past it are newer changes, already processed), or at the
    // shard's tip (an empty page).
    if (records.length === 0 || inRange.length < records.length) break;
    iterator = page.NextShardIterator;
  }
  // Reprocessing writes each order's row from its own record: running this twice leaves the table as once.
  return { records: handed };
};
