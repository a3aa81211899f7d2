// A job in the lab worker that waits on nothing: the browser's counterpart of the CLI worker's `beforeExit`
// (workshop/src/supervise/learner-guards.ts). Node fires `beforeExit` when its event loop has nothing left to
// run, so a handler awaiting a promise nobody settles gets `code_never_returned` at once; a Web Worker has no
// such event (and its own heartbeat keeps it busy), so without this the page would wait out the whole budget.
//
// The worker tells this watch what can still make the job move — a timer it scheduled, a message posted on a
// MessagePort (the engine's macrotask boundary in the browser, virtual-time-bridge.ts) — and asks it on each
// heartbeat. Idle means: for `IDLE_HEARTBEATS` heartbeats in a row nothing ran or was scheduled, no timer is
// pending, and an invocation of the learner's handler is unsettled with none of its I/O calls pending
// (`handlerNeverReturned`, the same judgement the CLI makes after a run). Browser-safe, no DOM.

/** Heartbeats in a row with nothing moving before a job is judged idle (≈ 1 s at the worker's 250 ms). */
export const IDLE_HEARTBEATS = 4;

export interface IdleWatch {
  /** Something ran or was queued (a timer fired, a port message was posted). */
  activity(): void;
  timerScheduled(id: unknown): void;
  /** A timer fired (a timeout) or was cleared. */
  timerEnded(id: unknown): void;
  /** A new job starts: nothing seen yet. */
  reset(): void;
  /** Called on each heartbeat while a job runs; true once the job is idle and `waitingOnNothing()` holds. */
  heartbeat(waitingOnNothing: () => boolean): boolean;
}

export function createIdleWatch(heartbeats: number = IDLE_HEARTBEATS): IdleWatch {
  const timers = new Set<unknown>();
  let activity = 0;
  let seen = -1;
  let still = 0;
  return {
    activity() {
      activity += 1;
    },
    timerScheduled(id) {
      activity += 1;
      timers.add(id);
    },
    timerEnded(id) {
      activity += 1;
      timers.delete(id);
    },
    reset() {
      seen = -1;
      still = 0;
    },
    heartbeat(waitingOnNothing) {
      const moved = activity !== seen || timers.size > 0;
      seen = activity;
      still = moved ? 0 : still + 1;
      return still >= heartbeats && waitingOnNothing();
    },
  };
}
