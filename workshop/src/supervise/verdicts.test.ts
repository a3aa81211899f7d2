import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/format-issue.js';
import { describeThrown, isSupervisorVerdict, learnerFrame, previewValue, type SupervisorVerdict } from './verdicts.js';

const EVERY_VERDICT: readonly SupervisorVerdict[] = [
  { code: 'code_called_exit', lab: '01-deploy-consumer', exitCode: 0, where: 'labs/01-deploy-consumer/handler.ts:4:3' },
  { code: 'code_used_real_timer', lab: '01-deploy-consumer', timer: 'setTimeout', delayMs: 1500 },
  { code: 'code_never_returned', lab: '01-deploy-consumer' },
  { code: 'code_ran_too_long', lab: '01-deploy-consumer', seconds: 10, blocked: true },
  { code: 'code_ran_too_long', lab: '01-deploy-consumer', seconds: 120, blocked: false },
  { code: 'code_out_of_memory', lab: '01-deploy-consumer', megabytes: 1024 },
  { code: 'code_threw_non_error', lab: '01-deploy-consumer', value: '"oops"' },
  { code: 'code_unhandled_rejection', lab: '01-deploy-consumer', detail: 'Error: lost' },
  { code: 'code_crashed', lab: '01-deploy-consumer', detail: 'TypeError: x' },
  { code: 'code_ended_without_result', lab: '01-deploy-consumer', exitCode: 3 },
  { code: 'lab_syntax_error', lab: '01-deploy-consumer', file: 'labs/01-deploy-consumer/handler.ts', line: 2, column: 5, detail: 'Unexpected "*"', frame: '> 2 | x' },
];

describe('supervisor verdicts', () => {
  it.each(EVERY_VERDICT.map((v) => [v.code, v] as const))('GIVEN %s WHEN worded THEN both languages name the lab and differ', (_code, verdict) => {
    expect(isSupervisorVerdict(verdict)).toBe(true);
    const en = formatIssue(verdict, 'en');
    const pt = formatIssue(verdict, 'pt-BR');
    for (const text of [en, pt]) {
      expect(text.message).toContain('Lab 01-deploy-consumer');
      expect(text.hint.length).toBeGreaterThan(10);
    }
    expect(pt.message).not.toBe(en.message);
    expect(pt.hint).not.toBe(en.hint);
  });

  it('GIVEN numbers WHEN worded THEN each language groups digits its own way', () => {
    const verdict: SupervisorVerdict = { code: 'code_used_real_timer', lab: '01', timer: 'setTimeout', delayMs: 60_000 };
    expect(formatIssue(verdict, 'en').message).toContain('60,000 ms');
    expect(formatIssue(verdict, 'pt-BR').message).toContain('60.000 ms');
  });

  it('GIVEN any thrown value WHEN previewed THEN it is one short line', () => {
    expect(previewValue('oops')).toBe('"oops"');
    expect(previewValue({ code: 42 })).toBe('{"code":42}');
    expect(previewValue(undefined)).toBe('undefined');
    expect(previewValue(10n)).toBe('10');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(previewValue(circular)).toBe('[object Object]');
    expect(previewValue('x'.repeat(500))).toHaveLength(120);
    expect(describeThrown(new TypeError('bad\nmore'))).toBe('TypeError: bad');
  });

  it('GIVEN a stack WHEN searched THEN the first frame outside the kit, node_modules and node: is the learner\'s', () => {
    const stack = [
      'Error',
      '    at guarded (/repo/workshop/src/supervise/learner-guards.ts:40:10)',
      '    at pLimit (/repo/node_modules/p-limit/index.js:3:1)',
      '    at node:internal/timers:5:1',
      '    at <anonymous> (/repo/labs/01-deploy-consumer/handler.ts:7:12)',
    ].join('\n');
    expect(learnerFrame(stack, '/repo/workshop', '/repo')).toBe('labs/01-deploy-consumer/handler.ts:7:12');
    expect(learnerFrame('Error\n    at x (/repo/workshop/src/a.ts:1:1)', '/repo/workshop', '/repo')).toBeUndefined();
    expect(learnerFrame('Error\n    at file:///elsewhere/handler.ts:3:4', '/repo/workshop', '/repo')).toBe('/elsewhere/handler.ts:3:4');
  });
});
