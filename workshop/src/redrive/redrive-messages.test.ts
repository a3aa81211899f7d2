import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/format-issue.js';
import { WorkshopError } from '../errors/workshop-error.js';
import type { RedriveIssue } from './redrive-issue.js';
import { isRedriveIssue } from './redrive-issue.js';

const ISSUES: readonly RedriveIssue[] = [
  { code: 'redrive_queue_empty' },
  { code: 'redrive_message_malformed', messageId: 'msg-0001', field: 'DDBStreamBatchInfo', problem: 'missing', expected: 'an object', got: 'nothing' },
  { code: 'redrive_records_gone', messageId: 'msg-0001', shardId: 'shardId-1', startSequenceNumber: '1'.padStart(21, '0'), endSequenceNumber: '2'.padStart(21, '0'), firstArrival: '2026-01-01T00:02:00Z' },
  { code: 'redrive_failed', messageId: 'msg-0001', detail: 'Error: boom' },
  { code: 'redrive_bad_outcome', messageId: 'msg-0001', got: '"done"' },
  { code: 'redrive_never_settled', messageId: 'msg-0001' },
];

describe('redrive issues — worded in both languages through the kit\'s one formatter', () => {
  it.each(ISSUES.map((issue) => [issue.code, issue] as const))('GIVEN %s WHEN formatted THEN a message and a hint in en and pt-BR, different texts', (_, issue) => {
    expect(isRedriveIssue(issue)).toBe(true);
    const en = formatIssue(issue, 'en');
    const pt = formatIssue(issue, 'pt-BR');
    expect([en.message.length > 20, en.hint.length > 20, pt.message.length > 20, pt.hint.length > 20]).toEqual([true, true, true, true]);
    expect(pt.message).not.toBe(en.message);
    expect(new WorkshopError(issue).message).toBe(en.message);
  });

  it('GIVEN a message naming a message id WHEN worded THEN the id appears in both languages (the learner can find it in the queue)', () => {
    for (const issue of ISSUES.slice(1)) {
      expect([formatIssue(issue, 'en').message, formatIssue(issue, 'pt-BR').message].every((text) => text.includes('msg-0001'))).toBe(true);
    }
  });
});
