// What the redrive kit says about one message of the on-failure queue, or about the queue: plain data told
// apart by `code`, worded once per language in redrive-messages-en.ts / redrive-messages-pt-br.ts. They join
// the kit's one issue union (errors/workshop-issue.ts), so the CLI and the site print them like any other.
// Browser-safe.

/** Why a message body is not an on-failure record the redrive can use. */
export type MalformedProblem =
  /** Not JSON at all. */
  | 'not_json'
  /** A field (or the body) is absent, or is not an object where one belongs. */
  | 'missing'
  /** Present, but not of the type or in the format AWS writes. */
  | 'wrong_format'
  /** `endSequenceNumber` before `startSequenceNumber`. */
  | 'range_reversed';

export type RedriveIssue =
  /** The queue held no message: nothing to redrive (on its own, not an error of the learner's code). */
  | { readonly code: 'redrive_queue_empty' }
  /** A body the kit cannot hand to the redrive: the message is kept as it is. */
  | { readonly code: 'redrive_message_malformed'; readonly messageId: string; readonly field: string; readonly problem: MalformedProblem; readonly expected: string; readonly got: string }
  /** The stream no longer holds the range (TrimmedDataAccessException): the message is kept, the data is gone. */
  | { readonly code: 'redrive_records_gone'; readonly messageId: string; readonly shardId: string; readonly startSequenceNumber: string; readonly endSequenceNumber: string; readonly firstArrival: string }
  /** The learner's redriveFailure rejected (or threw) with an error of its own: the message is kept. */
  | { readonly code: 'redrive_failed'; readonly messageId: string; readonly detail: string }
  /** It resolved with something other than `{ records: <whole number ≥ 0> }`: the message is kept. */
  | { readonly code: 'redrive_bad_outcome'; readonly messageId: string; readonly got: string }
  /** It never settled (the kit gave up waiting): the message is kept. */
  | { readonly code: 'redrive_never_settled'; readonly messageId: string };

export type RedriveIssueCode = RedriveIssue['code'];

const CODES: ReadonlySet<string> = new Set<RedriveIssueCode>([
  'redrive_queue_empty', 'redrive_message_malformed', 'redrive_records_gone', 'redrive_failed', 'redrive_bad_outcome', 'redrive_never_settled',
]);

/** True for an issue of the redrive kit (its words live in redrive-messages-*.ts). */
export function isRedriveIssue(issue: { readonly code: string }): issue is RedriveIssue {
  return CODES.has(issue.code);
}
