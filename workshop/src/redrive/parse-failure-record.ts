// A message body of the on-failure queue, read as the OnFailureRecord Lambda writes (aws-facts §G), or
// refused by name: which field, what is wrong with it, what AWS writes there. Browser-safe.
import type { OnFailureRecord } from '../engine/on-failure-record.js';
import { previewValue } from '../supervise/verdicts.js';
import type { MalformedProblem, RedriveIssue } from './redrive-issue.js';

type Malformed = Extract<RedriveIssue, { code: 'redrive_message_malformed' }>;

/** A stream sequence number as DynamoDB Streams writes it: 21 to 40 digits (GetShardIterator's bounds). */
const SEQUENCE = /^\d{21,40}$/;
const CONDITIONS = ['RetryAttemptsExhausted', 'RecordAgeExceeded'];

class Refused extends Error {
  constructor(readonly field: string, readonly problem: MalformedProblem, readonly expected: string, readonly got: string) {
    super(field);
  }
}

const object = (value: unknown, field: string): Record<string, unknown> => {
  if (value === undefined) throw new Refused(field, 'missing', 'an object', 'nothing');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Refused(field, 'wrong_format', 'an object', previewValue(value, 60));
  return value as Record<string, unknown>;
};

const text = (parent: Record<string, unknown>, path: string, key: string, pattern: RegExp, expected: string): string => {
  const value = parent[key];
  const field = `${path}.${key}`;
  if (value === undefined) throw new Refused(field, 'missing', expected, 'nothing');
  if (typeof value !== 'string' || !pattern.test(value)) throw new Refused(field, 'wrong_format', expected, previewValue(value, 60));
  return value;
};

/** The body as an on-failure record, or the issue that says why it is not one (the message is then kept). */
export function parseFailureRecord(body: string, messageId: string): { readonly record: OnFailureRecord } | { readonly issue: Malformed } {
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new Refused('the body', 'not_json', 'the JSON of an on-failure record', previewValue(body, 60));
    }
    const root = object(parsed, 'the body');
    const request = object(root['requestContext'], 'requestContext');
    text(request, 'requestContext', 'condition', /^(RetryAttemptsExhausted|RecordAgeExceeded)$/, CONDITIONS.join(' or '));
    const count = request['approximateInvokeCount'];
    if (!Number.isInteger(count) || (count as number) < 0) {
      throw new Refused('requestContext.approximateInvokeCount', count === undefined ? 'missing' : 'wrong_format', 'a whole number ≥ 0', count === undefined ? 'nothing' : previewValue(count, 60));
    }
    const info = object(root['DDBStreamBatchInfo'], 'DDBStreamBatchInfo');
    text(info, 'DDBStreamBatchInfo', 'shardId', /^shardId-[\w-]{1,60}$/, 'a shard id (shardId-…)');
    const start = text(info, 'DDBStreamBatchInfo', 'startSequenceNumber', SEQUENCE, 'a sequence number of 21 to 40 digits');
    const end = text(info, 'DDBStreamBatchInfo', 'endSequenceNumber', SEQUENCE, 'a sequence number of 21 to 40 digits');
    if (BigInt(end) < BigInt(start)) throw new Refused('DDBStreamBatchInfo.endSequenceNumber', 'range_reversed', `a sequence number ≥ startSequenceNumber ${start}`, end);
    text(info, 'DDBStreamBatchInfo', 'streamArn', /^arn:aws[\w-]*:dynamodb:[\w-]+:\d{12}:table\/[\w.-]+\/stream\/\S+$/, 'a DynamoDB stream ARN (arn:aws:dynamodb:…:table/…/stream/…)');
    return { record: root as unknown as OnFailureRecord };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { issue: { code: 'redrive_message_malformed', messageId, field: error.field, problem: error.problem, expected: error.expected, got: error.got } };
  }
}
