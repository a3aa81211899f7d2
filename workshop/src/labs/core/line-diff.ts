/**
 * A small unified diff of two texts, line by line (longest common subsequence), for `workshop diff`.
 * Files in a lab are short (tens of lines), so the O(n·m) table is fine.
 */
export function unifiedDiff(before: string, after: string, beforeName: string, afterName: string, context = 3): string {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  if (ops.every((op) => op.kind === 'same')) return '';
  const out = [`--- ${beforeName}`, `+++ ${afterName}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === 'same') {
      i += 1;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while the next change is within 2 × context unchanged lines.
    while (end < ops.length) {
      if (ops[end]!.kind !== 'same') {
        end += 1;
        continue;
      }
      let run = end;
      while (run < ops.length && ops[run]!.kind === 'same') run += 1;
      if (run < ops.length && run - end <= context * 2) end = run;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const first = hunk[0]!;
    const aCount = hunk.filter((op) => op.kind !== 'add').length;
    const bCount = hunk.filter((op) => op.kind !== 'remove').length;
    out.push(`@@ -${first.aLine + (aCount === 0 ? 0 : 1)},${aCount} +${first.bLine + (bCount === 0 ? 0 : 1)},${bCount} @@`);
    for (const op of hunk) out.push(`${op.kind === 'same' ? ' ' : op.kind === 'add' ? '+' : '-'}${op.text}`);
    i = end;
  }
  return out.join('\n');
}

interface DiffOp {
  readonly kind: 'same' | 'add' | 'remove';
  readonly text: string;
  /** Lines of `a` / `b` before this one (0-based position). */
  readonly aLine: number;
  readonly bLine: number;
}

function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: 'same', text: a[i]!, aLine: i++, bLine: j++ });
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: 'remove', text: a[i]!, aLine: i++, bLine: j });
    else ops.push({ kind: 'add', text: b[j]!, aLine: i, bLine: j++ });
  }
  return ops;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
