// Drains the on-failure queue through the learner's redrive: each message's body is read as an on-failure
// record, handed to `redriveFailure`, and deleted only once that resolved; any other ending keeps the message
// (nothing half-done) and says why. The learner's code is untrusted: a throw, a result of the wrong shape, a
// promise that never settles all end in a verdict for that message. Sequential and deterministic. Browser-safe.
import type { OnFailureRecord } from '../engine/on-failure-record.js';
import { reportIfNonError } from '../supervise/learner-faults.js';
import { describeThrown, previewValue } from '../supervise/verdicts.js';
import type { OnFailureQueue } from './on-failure-queue.js';
import { RECEIVE_MAX } from './on-failure-queue.js';
import { parseFailureRecord } from './parse-failure-record.js';
import type { RedriveFailure, RedriveHandler, StreamsReadClient } from './redrive-contract.js';
import type { RedriveIssue } from './redrive-issue.js';

/** What happened to one message. */
export type RedriveMessageOutcome =
  /** `redriveFailure` resolved: `records` were handed to the handler, and the message was deleted. */
  | { readonly messageId: string; readonly status: 'redriven'; readonly failure: OnFailureRecord; readonly records: number }
  /** The message stays in the queue, for `issue` (`failure` absent when the body was not an on-failure record). */
  | { readonly messageId: string; readonly status: 'kept'; readonly failure?: OnFailureRecord; readonly issue: RedriveIssue };

export interface RedriveReport {
  /** One entry per message received, in the order they were handled; empty when the queue was. */
  readonly messages: readonly RedriveMessageOutcome[];
  /** `{ code: 'redrive_queue_empty' }` when no message was received: nothing to redrive. */
  readonly empty?: Extract<RedriveIssue, { code: 'redrive_queue_empty' }>;
  /** Messages deleted after a redrive, and the records they handed to the handler. */
  readonly redriven: number;
  readonly records: number;
  /** Messages left in the queue. */
  readonly kept: number;
}

export interface RedriveQueueOptions {
  readonly queue: OnFailureQueue;
  readonly streams: StreamsReadClient;
  /** The fixed handler the redrive reprocesses the records with. */
  readonly handler: RedriveHandler;
  /** The learner's `redrive.ts` export. */
  readonly redriveFailure: RedriveFailure;
  /**
   * Settles when the kit should stop waiting for one message's redrive (e.g. a real timer on AWS); called once
   * per message. Without it, a redrive that never settles is left to the supervisor (`code_never_returned`).
   */
  readonly giveUp?: () => Promise<unknown>;
}

const GAVE_UP = Symbol('gave up');

/** Receives until the queue has nothing new, redriving each message once. */
export async function redriveQueue(options: RedriveQueueOptions): Promise<RedriveReport> {
  const { queue } = options;
  const seen = new Set<string>();
  const messages: RedriveMessageOutcome[] = [];
  for (;;) {
    const batch = (await queue.receive(RECEIVE_MAX)).filter((message) => !seen.has(message.id));
    if (batch.length === 0) break; // SQS hides a received message: a kept one does not come back in this drain
    for (const message of batch) {
      seen.add(message.id);
      const outcome = await redriveOne(options, message.id, message.body);
      if (outcome.status === 'redriven') await queue.delete(message.receipt);
      messages.push(outcome);
    }
  }
  const done = messages.filter((m): m is Extract<RedriveMessageOutcome, { status: 'redriven' }> => m.status === 'redriven');
  return {
    messages,
    ...(messages.length === 0 ? { empty: { code: 'redrive_queue_empty' } as const } : {}),
    redriven: done.length,
    records: done.reduce((sum, m) => sum + m.records, 0),
    kept: messages.length - done.length,
  };
}

async function redriveOne(options: RedriveQueueOptions, messageId: string, body: string): Promise<RedriveMessageOutcome> {
  const parsed = parseFailureRecord(body, messageId);
  if ('issue' in parsed) return { messageId, status: 'kept', issue: parsed.issue };
  const failure = parsed.record;
  const kept = (issue: RedriveIssue): RedriveMessageOutcome => ({ messageId, status: 'kept', failure, issue });
  let result: unknown;
  try {
    const run = Promise.resolve().then(() => options.redriveFailure({ failure, streams: options.streams, handler: options.handler }));
    result = await (options.giveUp ? Promise.race([run, options.giveUp().then(() => GAVE_UP)]) : run);
  } catch (error) {
    reportIfNonError(error);
    if (isTrimmed(error)) {
      const info = failure.DDBStreamBatchInfo;
      return kept({ code: 'redrive_records_gone', messageId, shardId: info.shardId, startSequenceNumber: info.startSequenceNumber, endSequenceNumber: info.endSequenceNumber, firstArrival: String(info.approximateArrivalOfFirstRecord) });
    }
    return kept({ code: 'redrive_failed', messageId, detail: describeThrown(error) });
  }
  if (result === GAVE_UP) return kept({ code: 'redrive_never_settled', messageId });
  const records = typeof result === 'object' && result !== null ? (result as { records?: unknown }).records : undefined;
  if (!Number.isInteger(records) || (records as number) < 0) return kept({ code: 'redrive_bad_outcome', messageId, got: previewValue(result, 80) });
  return { messageId, status: 'redriven', failure, records: records as number };
}

/** True for DynamoDB Streams' TrimmedDataAccessException, thrown as is or as the `cause` of the learner's own error. */
function isTrimmed(error: unknown): boolean {
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { name?: unknown }).name === 'TrimmedDataAccessException') return true;
  }
  return false;
}
