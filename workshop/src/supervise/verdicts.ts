// What the supervisor says when the learner's code does something a run cannot survive. Plain data, so a
// Node worker and a browser Web Worker report the same verdicts and the CLI and the site word them alike.
// Browser-safe: no Node imports.

/** Where in the learner's files something happened: `labs/01-deploy-consumer/handler.ts:12:5`. */
type Where = { readonly where?: string };

/** Every way the supervisor stops the learner's code; `lab` is the lab (or folder) as the learner named it. */
export type SupervisorVerdict =
  /** process.exit(…) called from a lab file (module level or handler). */
  | ({ readonly code: 'code_called_exit'; readonly lab: string; readonly exitCode: number } & Where)
  /** A real timer (setTimeout/setInterval with a delay) started by a lab file: it never fires in virtual time. */
  | ({ readonly code: 'code_used_real_timer'; readonly lab: string; readonly timer: 'setTimeout' | 'setInterval'; readonly delayMs: number } & Where)
  /** The learner's code waits on a promise nothing will ever settle (the job's event loop ran dry). */
  | { readonly code: 'code_never_returned'; readonly lab: string }
  /** Over the wall-clock budget: `blocked` when the event loop never got a turn (a synchronous loop). */
  | { readonly code: 'code_ran_too_long'; readonly lab: string; readonly seconds: number; readonly blocked: boolean }
  /** Over the heap cap of one supervised run. */
  | { readonly code: 'code_out_of_memory'; readonly lab: string; readonly megabytes: number }
  /** `throw 'text'` / `throw { … }`: a value without message or stack. `value` is a short preview. */
  | ({ readonly code: 'code_threw_non_error'; readonly lab: string; readonly value: string } & Where)
  /** A rejected promise nobody awaited or caught. */
  | ({ readonly code: 'code_unhandled_rejection'; readonly lab: string; readonly detail: string } & Where)
  /** A throw outside any call the kit awaits (a timer callback, an event listener). */
  | ({ readonly code: 'code_crashed'; readonly lab: string; readonly detail: string } & Where)
  /** The job ended without a result and without any of the reasons above. */
  | { readonly code: 'code_ended_without_result'; readonly lab: string; readonly exitCode: number }
  /** A lab file does not compile: the compiler's message, its position and a code frame. */
  | { readonly code: 'lab_syntax_error'; readonly lab: string; readonly file: string; readonly line: number; readonly column: number; readonly detail: string; readonly frame: string };

export type SupervisorVerdictCode = SupervisorVerdict['code'];

const CODES: ReadonlySet<string> = new Set<SupervisorVerdictCode>([
  'code_called_exit', 'code_used_real_timer', 'code_never_returned', 'code_ran_too_long', 'code_out_of_memory',
  'code_threw_non_error', 'code_unhandled_rejection', 'code_crashed', 'code_ended_without_result', 'lab_syntax_error',
]);

/** True for an issue the supervisor raised (its words live in verdict-messages-*.ts). */
export function isSupervisorVerdict(issue: { readonly code: string }): issue is SupervisorVerdict {
  return CODES.has(issue.code);
}

/** A short, one-line preview of any thrown value: `"oops"`, `{"code":42}`, `undefined`, `Symbol(x)`. */
export function previewValue(value: unknown, max = 120): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An Error's first line (`TypeError: x is not a function`), or the preview of anything else. */
export function describeThrown(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message.split('\n')[0] ?? ''}`;
  return previewValue(value);
}

/**
 * The first stack frame in the learner's files, shown relative to `repoRoot`: a frame that is neither the kit
 * (under `kitDir`), a dependency (`node_modules`) nor the runtime (`node:`). Undefined when none is.
 */
export function learnerFrame(stack: string | undefined, kitDir: string, repoRoot: string): string | undefined {
  if (!stack) return undefined;
  const root = repoRoot.replace(/\/+$/, '');
  const kit = `${kitDir.replace(/\/+$/, '')}/`;
  for (const line of stack.split('\n').slice(1)) {
    const match = /(?:\(|at )((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/.exec(line.trim());
    if (!match) continue;
    const file = match[1]!.replace(/^file:\/\//, '');
    if (file.includes('/node_modules/') || file.startsWith(kit)) continue;
    const shown = file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
    return `${shown}:${match[2]}:${match[3]}`;
  }
  return undefined;
}
