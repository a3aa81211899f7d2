// Why a lab file failed to import, as an issue the learner can act on: a compile error with its code frame,
// a non-Error thrown at module level, or the first line of anything else.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { codeFrame, compileErrorPosition } from './compile-error.js';
import { previewValue } from './verdicts.js';

/** The issue for `error`, thrown while importing `file` (shown relative to `repoRoot`) of lab `lab`. */
export function importFailureIssue(error: unknown, lab: string, file: string, repoRoot: string): WorkshopIssue {
  const position = compileErrorPosition(error);
  if (position) {
    const path = position.file.startsWith('file:') ? fileURLToPath(position.file) : position.file;
    let frame = '';
    try {
      frame = codeFrame(readFileSync(path, 'utf8'), position.line, position.column);
    } catch {
      // The file went away in between: the position alone still helps.
    }
    const shown = isAbsolute(path) ? relative(repoRoot, path) : path;
    return { code: 'lab_syntax_error', lab, file: shown, line: position.line, column: position.column, detail: position.detail, frame };
  }
  if (!(error instanceof Error)) return { code: 'code_threw_non_error', lab, value: previewValue(error), where: file };
  return { code: 'lab_module_invalid', lab, file, detail: error.message.split('\n')[0] ?? error.message };
}
