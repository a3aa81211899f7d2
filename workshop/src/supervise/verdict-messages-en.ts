import type { IssueText } from '../errors/format-issue.js';
import type { SupervisorVerdict } from './verdicts.js';

const num = (n: number) => n.toLocaleString('en-US');
const at = (where: string | undefined) => (where ? ` (at ${where})` : '');

/** English words for every supervisor verdict: what the code did, and what to do instead. */
export function verdictMessageEn(verdict: SupervisorVerdict): IssueText {
  switch (verdict.code) {
    case 'code_called_exit':
      return {
        message: `Lab ${verdict.lab}: your code called process.exit(${verdict.exitCode})${at(verdict.where)}, so the run stopped without a result.`,
        hint: 'A handler never ends the process: return (or throw an Error to fail the batch) and let Lambda decide.',
      };
    case 'code_used_real_timer':
      return {
        message: `Lab ${verdict.lab}: your handler waited on a real timer (${verdict.timer}, ${num(verdict.delayMs)} ms)${at(verdict.where)}. The workshop runs it in virtual time, where real timers never fire.`,
        hint: 'Use io.sleep in the workshop: `await io.sleep(ms)` waits virtual time locally and real time on AWS.',
      };
    case 'code_never_returned':
      return {
        message: `Lab ${verdict.lab}: your handler never returned: it waits on a promise that nothing will ever resolve or reject.`,
        hint: 'Make every promise you create settle (call resolve or reject on every path) and await the io calls you start.',
      };
    case 'code_ran_too_long':
      return verdict.blocked
        ? {
            message: `Lab ${verdict.lab}: your code ran past ${num(verdict.seconds)} s of real time without ever pausing (an infinite loop?), so it was stopped.`,
            hint: 'Look for a loop whose condition never changes, at module level or in the handler. WORKSHOP_BLOCKED_SECONDS sets this limit.',
          }
        : {
            message: `Lab ${verdict.lab}: the run went past ${num(verdict.seconds)} s of real time (an infinite loop?), so it was stopped.`,
            hint: 'Look for a loop that keeps waiting without making progress. WORKSHOP_WALL_SECONDS sets this limit.',
          };
    case 'code_out_of_memory':
      return {
        message: `Lab ${verdict.lab}: your code used more than ${num(verdict.megabytes)} MB of memory, so the run was stopped.`,
        hint: 'Look for data that only grows (an array or a Map filled per record and never emptied). WORKSHOP_HEAP_MB sets this limit.',
      };
    case 'code_threw_non_error':
      return {
        message: `Lab ${verdict.lab}: your code threw a non-Error value: ${verdict.value}${at(verdict.where)}. Such a value has no message and no stack.`,
        hint: "Throw an Error instead: throw new Error('what went wrong').",
      };
    case 'code_unhandled_rejection':
      return {
        message: `Lab ${verdict.lab}: a promise in your code was rejected and nothing handled it: ${verdict.detail}${at(verdict.where)}. Node ends a process on an unhandled rejection.`,
        hint: 'Await (or return) every promise you start, or give it a .catch(...).',
      };
    case 'code_crashed':
      return {
        message: `Lab ${verdict.lab}: your code threw outside the handler's own call (in a callback or an event): ${verdict.detail}${at(verdict.where)}.`,
        hint: 'Do the work inside the handler and await it, so its errors reach the handler.',
      };
    case 'code_ended_without_result':
      return {
        message: `Lab ${verdict.lab}: the run ended (exit code ${verdict.exitCode}) without a result.`,
        hint: 'Run again with --debug; if it happens again, open an issue with the output.',
      };
    case 'lab_syntax_error':
      return {
        message: `Lab ${verdict.lab}: ${verdict.file}, line ${verdict.line}, column ${verdict.column}: ${verdict.detail}\n${verdict.frame}`,
        hint: 'Fix that line (the ^ marks the column), then run the command again.',
      };
  }
}
