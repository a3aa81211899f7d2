import type { IssueText } from '../errors/format-issue.js';
import type { RedriveIssue } from './redrive-issue.js';

const PROBLEM = {
  not_json: 'is not JSON',
  missing: 'is missing',
  wrong_format: 'has the wrong format',
  range_reversed: 'ends before it starts',
} as const;

/** English words for every redrive issue: what happened to the message, and what to try. */
export function redriveMessageEn(issue: RedriveIssue): IssueText {
  switch (issue.code) {
    case 'redrive_queue_empty':
      return {
        message: 'Nothing to redrive: the on-failure queue holds no message.',
        hint: 'The queue fills when the event source mapping gives up on a record (lab 07: retryAttempts, onFailure \'sqs\'). Run the consumer first, then redrive.',
      };
    case 'redrive_message_malformed':
      return {
        message: `Message ${issue.messageId} was kept: it is not an on-failure record, because ${issue.field} ${PROBLEM[issue.problem]} (expected ${issue.expected}, got ${issue.got}). Nothing was read or reprocessed for it.`,
        hint: 'Only the bodies Lambda writes to an on-failure destination can be redriven (requestContext, DDBStreamBatchInfo with shardId, startSequenceNumber, endSequenceNumber, streamArn). Move any other message out of the queue.',
      };
    case 'redrive_records_gone':
      return {
        message: `Message ${issue.messageId} was kept: the stream no longer holds records ${issue.startSequenceNumber}–${issue.endSequenceNumber} of ${issue.shardId} (TrimmedDataAccessException). DynamoDB Streams keeps records 24 hours, then may remove them at any moment (see the site's Limits and sources); these arrived from ${issue.firstArrival}, and the on-failure record holds only their metadata: the data is gone.`,
        hint: 'Redrive within 24 h of the failure, and alarm on the queue\'s depth so someone knows in time. Where a later redrive must still be possible, an S3 on-failure destination carries the records themselves.',
      };
    case 'redrive_failed':
      return {
        message: `Message ${issue.messageId} was kept: your redriveFailure failed with: ${issue.detail}`,
        hint: 'Fix the error and redrive again: the message stays in the queue until a redrive resolves, and reprocessing is idempotent.',
      };
    case 'redrive_bad_outcome':
      return {
        message: `Message ${issue.messageId} was kept: your redriveFailure resolved with ${issue.got}, not { records: <a whole number ≥ 0> }.`,
        hint: 'Resolve with the number of records you handed to the handler, e.g. `return { records: count };`.',
      };
    case 'redrive_never_settled':
      return {
        message: `Message ${issue.messageId} was kept: your redriveFailure never settled (it waits on a promise nothing resolves or rejects).`,
        hint: 'Await every call you start (getShardIterator, getRecords, the handler) and make every promise you create settle.',
      };
  }
}
