// A lab file that does not compile, told as the compiler told it: file, line, column, message and a pointer.
// tsx hands esbuild's errors over as text ("Transform failed with 1 error:\n<file>:<line>:<col>: ERROR: <text>")
// once they cross its loader thread (the structured `errors[0].location` is lost), so the text is parsed.
// Browser-safe: the file's source is passed in.

/** Where a compiler said a file is wrong. `line` and `column` are 1-based (esbuild's column is 0-based). */
export interface CompileErrorPosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly detail: string;
}

const ESBUILD_LINE = /^(.+?):(\d+):(\d+): ERROR: (.+)$/m;

/** The first error position in a tsx/esbuild transform failure, or undefined when `error` is something else. */
export function compileErrorPosition(error: unknown): CompileErrorPosition | undefined {
  if (!(error instanceof Error)) return undefined;
  const structured = (error as { errors?: { text?: string; location?: { file?: string; line?: number; column?: number } }[] }).errors?.[0];
  if (structured?.location?.file && structured.location.line !== undefined && structured.text) {
    return { file: structured.location.file, line: structured.location.line, column: (structured.location.column ?? 0) + 1, detail: structured.text };
  }
  if (error.name !== 'TransformError' && !error.message.startsWith('Transform failed')) return undefined;
  const match = ESBUILD_LINE.exec(error.message);
  if (!match) return undefined;
  return { file: match[1]!, line: Number(match[2]), column: Number(match[3]) + 1, detail: match[4]! };
}

/**
 * The lines around `line` with a `>` on it and a `^` under `column` (both 1-based), like:
 *     2 | export function f(x: number) {
 *   > 3 |   return x +* 2;
 *       |             ^
 */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}
