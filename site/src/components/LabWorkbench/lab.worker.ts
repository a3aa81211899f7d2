// The in-browser lab panel's Web Worker: the learner's code runs here, off the page's thread. Like the CLI's
// supervised worker (workshop/src/supervise/node-worker-entry.ts) it sends a heartbeat, turns what the code does
// to its thread into the kit's verdicts, and answers exactly once. An endless loop stops the heartbeat: the page
// then terminates this worker (use-lab-worker.ts).
import { handlerNeverReturned, setLearnerFaultSink, type LearnerFault } from '../../../../workshop/src/supervise/learner-faults.js';
import { describeThrown, previewValue, type SupervisorVerdict } from '../../../../workshop/src/supervise/verdicts.js';
import { isWorkshopError } from '../../../../workshop/src/errors/workshop-error.js';
import { labEntry } from '../../../../workshop/src/labs/core/lab-catalog.js';
import { bundledModules } from './bundled-modules';
import { createIdleWatch } from './idle-watch';
import type { BrowserJobMessage, BrowserLabJob, BrowserWorkerMessage } from './lab-protocol';
import { LabLoadError, learnerFrames } from './learner-modules';
import { runBrowserLab, warmUpEngine } from './run-browser-lab';

/** Heartbeat period, as the CLI's worker. */
export const ALIVE_EVERY_MS = 250;

const scope = self as unknown as {
  postMessage(message: BrowserWorkerMessage): void;
  setTimeout: typeof setTimeout;
  setInterval: typeof setInterval;
  clearTimeout: typeof clearTimeout;
  clearInterval: typeof clearInterval;
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

// Real timers never fire in virtual time: one started by a lab file is a verdict, as in the CLI. Every timer
// and every port message is also what the idle watch hears (the heartbeat below uses the real setInterval).
const realSetInterval = scope.setInterval.bind(self);
const idle = createIdleWatch();
for (const api of ['setTimeout', 'setInterval'] as const) {
  const real = scope[api].bind(self) as (...a: unknown[]) => ReturnType<typeof setTimeout>;
  (scope as Record<string, unknown>)[api] = (callback: unknown, delay?: number, ...args: unknown[]) => {
    const ms = Number(delay);
    if (ms > 0) {
      const frame = where(new Error().stack);
      if (frame.where) fault({ code: 'code_used_real_timer', timer: api, delayMs: ms, ...frame });
    }
    if (typeof callback !== 'function') return real(callback, delay, ...args);
    const id = real((...given: unknown[]) => {
      if (api === 'setTimeout') idle.timerEnded(id);
      else idle.activity();
      return (callback as (...a: unknown[]) => unknown)(...given);
    }, delay, ...args);
    idle.timerScheduled(id);
    return id;
  };
}
for (const api of ['clearTimeout', 'clearInterval'] as const) {
  const real = scope[api].bind(self) as (id: unknown) => void;
  (scope as Record<string, unknown>)[api] = (id: unknown) => {
    idle.timerEnded(id);
    real(id);
  };
}
const postOnPort = MessagePort.prototype.postMessage;
MessagePort.prototype.postMessage = function postMessage(this: MessagePort, ...args: unknown[]) {
  idle.activity();
  return (postOnPort as (...a: unknown[]) => void).apply(this, args);
} as MessagePort['postMessage'];
scope.addEventListener('unhandledrejection', (event) => {
  fault({ code: 'code_unhandled_rejection', detail: describeThrown(event.reason), ...(event.reason instanceof Error ? where(event.reason.stack) : {}) });
});
scope.addEventListener('error', (event) => {
  fault({ code: 'code_crashed', detail: event.error instanceof Error ? describeThrown(event.error) : String(event.message), ...(event.error instanceof Error ? where(event.error.stack) : {}) });
});
setLearnerFaultSink(fault);
// The lab checks import the engine (and lab 08's and 09's own modules) lazily, so the CLI's start-up stays light;
// the bundler turns each into a chunk fetched when first needed. Take every path once now, while the panel
// opens (workshop/src/labs/core/lazy-modules.ts, and a one-second run of an empty handler), so a Run or Check
// never fetches anything and the panel works offline for every lab once it is open. Then the page hears so.
const engineLoaded = warmUpEngine().then(() => scope.postMessage({ kind: 'engine-loaded' }), () => undefined);
// The heartbeat; while a job runs it also asks the idle watch whether the job waits on nothing (see idle-watch.ts):
// the verdict the CLI's worker gives on `beforeExit`, given here within about a second instead of at the budget.
realSetInterval(() => {
  scope.postMessage({ kind: 'alive' });
  if (!answered && idle.heartbeat(handlerNeverReturned)) fault({ code: 'code_never_returned' });
}, ALIVE_EVERY_MS);

scope.addEventListener('message', (event) => {
  const job = (event as unknown as MessageEvent<BrowserLabJob>).data;
  labName = labEntry(job.labId)?.slug ?? job.labId;
  answered = false;
  setLearnerFaultSink(fault); // a new job: the handlers' tallies start again
  idle.reset();
  scope.postMessage({ kind: 'alive' });
  engineLoaded.then(() => runBrowserLab(job, bundledModules, { onProgress: (fractionDone) => scope.postMessage({ kind: 'progress', fractionDone }) }))
    .then((value) => answer({ kind: 'done', value }))
    .catch((error: unknown) => {
      if (error instanceof LabLoadError || isWorkshopError(error)) answer({ kind: 'refused', issue: error.issue });
      else if (!(error instanceof Error)) fault({ code: 'code_threw_non_error', value: previewValue(error) });
      else answer({ kind: 'failed', detail: error.message, ...(error.stack ? { stack: error.stack } : {}) });
    });
});
