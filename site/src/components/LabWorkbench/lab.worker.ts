// The in-browser lab panel's Web Worker: the learner's code runs here, off the page's thread. Like the CLI's
// supervised worker (workshop/src/supervise/node-worker-entry.ts) it sends a heartbeat, turns what the code does
// to its thread into the kit's verdicts, and answers exactly once. An endless loop stops the heartbeat: the page
// then terminates this worker (use-lab-worker.ts).
import { setLearnerFaultSink, type LearnerFault } from '../../../../workshop/src/supervise/learner-faults.js';
import { describeThrown, previewValue, type SupervisorVerdict } from '../../../../workshop/src/supervise/verdicts.js';
import { labEntry } from '../../../../workshop/src/labs/core/lab-catalog.js';
import { bundledModules } from './bundled-modules';
import type { BrowserJobMessage, BrowserLabJob, BrowserWorkerMessage } from './lab-protocol';
import { LabLoadError, learnerFrames } from './learner-modules';
import { runBrowserLab, warmUpEngine } from './run-browser-lab';

/** Heartbeat period, as the CLI's worker. */
export const ALIVE_EVERY_MS = 250;

const scope = self as unknown as {
  postMessage(message: BrowserWorkerMessage): void;
  setTimeout: typeof setTimeout;
  setInterval: typeof setInterval;
  addEventListener(type: string, listener: (event: Event & { reason?: unknown; error?: unknown; message?: string }) => void): void;
};
let labName = '';
let answered = true;

const answer = (message: BrowserJobMessage): void => {
  if (answered) return;
  answered = true;
  scope.postMessage(message);
};
const fault = (found: LearnerFault): void => answer({ kind: 'verdict', verdict: { ...found, lab: labName } as SupervisorVerdict });
const where = (stack: string | undefined): { where?: string } => {
  const frame = learnerFrames(stack, 1)[0]?.replace(/^at (?:.+ \()?(.+?)\)?$/, '$1');
  return frame ? { where: frame } : {};
};

// Real timers never fire in virtual time: one started by a lab file is a verdict, as in the CLI.
for (const api of ['setTimeout', 'setInterval'] as const) {
  const real = scope[api].bind(self) as (callback: () => void, delay?: number) => ReturnType<typeof setTimeout>;
  (scope as Record<string, unknown>)[api] = (callback: () => void, delay?: number, ...args: unknown[]) => {
    const ms = Number(delay);
    if (ms > 0) {
      const frame = where(new Error().stack);
      if (frame.where) fault({ code: 'code_used_real_timer', timer: api, delayMs: ms, ...frame });
    }
    return (real as (...a: unknown[]) => ReturnType<typeof setTimeout>)(callback, delay, ...args);
  };
}
scope.addEventListener('unhandledrejection', (event) => {
  fault({ code: 'code_unhandled_rejection', detail: describeThrown(event.reason), ...(event.reason instanceof Error ? where(event.reason.stack) : {}) });
});
scope.addEventListener('error', (event) => {
  fault({ code: 'code_crashed', detail: event.error instanceof Error ? describeThrown(event.error) : String(event.message), ...(event.error instanceof Error ? where(event.error.stack) : {}) });
});
setLearnerFaultSink(fault);
// The check kit imports the engine lazily (the CLI's start-up stays light), which the bundler turns into a chunk
// fetched on the first check. Take that path once now, while the panel opens (a one-second run of an empty
// handler), so a Run or Check never fetches anything and the panel works offline once it is open.
// Once it has run to the end, the page hears that the engine is loaded (and the panel then works offline).
const engineLoaded = warmUpEngine().then(() => scope.postMessage({ kind: 'engine-loaded' }), () => undefined);
scope.setInterval(() => scope.postMessage({ kind: 'alive' }), ALIVE_EVERY_MS);

scope.addEventListener('message', (event) => {
  const job = (event as unknown as MessageEvent<BrowserLabJob>).data;
  labName = labEntry(job.labId)?.slug ?? job.labId;
  answered = false;
  scope.postMessage({ kind: 'alive' });
  engineLoaded.then(() => runBrowserLab(job, bundledModules, { onProgress: (fractionDone) => scope.postMessage({ kind: 'progress', fractionDone }) }))
    .then((value) => answer({ kind: 'done', value }))
    .catch((error: unknown) => {
      if (error instanceof LabLoadError) answer({ kind: 'refused', issue: error.issue });
      else if (!(error instanceof Error)) fault({ code: 'code_threw_non_error', value: previewValue(error) });
      else answer({ kind: 'failed', detail: error.message, ...(error.stack ? { stack: error.stack } : {}) });
    });
});
