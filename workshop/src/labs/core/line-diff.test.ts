import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './line-diff.js';

describe('unifiedDiff', () => {
  it('GIVEN equal texts WHEN diffed THEN the diff is empty', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x', 'y')).toBe('');
  });

  it('GIVEN one changed line WHEN diffed THEN one hunk shows the removal before the addition, with context', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nB\nc\n', 'labs/x.ts', 'solutions/x.ts')).toBe(
      ['--- labs/x.ts', '+++ solutions/x.ts', '@@ -1,3 +1,3 @@', ' a', '-b', '+B', ' c'].join('\n'),
    );
  });

  it('GIVEN changes far apart WHEN diffed THEN they land in two hunks with 3 lines of context', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 1\n', 'LINE 1\n').replace('line 18', 'LINE 18');
    const hunks = unifiedDiff(before, after, 'a', 'b').split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual(['@@ -1,5 +1,5 @@', '@@ -16,5 +16,5 @@']);
  });

  it('GIVEN an empty file WHEN diffed against one line THEN the hunk header counts from 0', () => {
    expect(unifiedDiff('', 'a\n', 'a', 'b')).toBe(['--- a', '+++ b', '@@ -0,0 +1,1 @@', '+a'].join('\n'));
  });
});
