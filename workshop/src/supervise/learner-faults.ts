// Where kit code that calls the learner's code (check probes, the engine's handler) reports a fault the
// supervisor must stop the run for. Without a supervisor (a test calling the kit directly) nothing is
// installed and callers keep their own handling. Browser-safe.
import type { ConsumerIO, CreateHandler } from '../runtime/consumer-io.js';
import type { SupervisorVerdict } from './verdicts.js';
import { previewValue } from './verdicts.js';

type WithoutLab<T> = T extends unknown ? Omit<T, 'lab'> : never;

/** A verdict before the supervisor names the lab. */
export type LearnerFault = WithoutLab<SupervisorVerdict>;

let sink: ((fault: LearnerFault) => void) | undefined;

/** Installs (or, with undefined, removes) the supervisor's receiver of faults; either way a new job starts. */
export function setLearnerFaultSink(receiver: ((fault: LearnerFault) => void) | undefined): void {
  sink = receiver;
  tallies.length = 0;
}

/** Hands `fault` to the supervisor; false when none is listening. */
export function reportLearnerFault(fault: LearnerFault): boolean {
  if (!sink) return false;
  sink(fault);
  return true;
}

/** Reports `thrown` when it is not an Error (`throw 'x'`, `throw { … }`); Errors are ordinary failures. */
export function reportIfNonError(thrown: unknown): void {
  if (!(thrown instanceof Error)) reportLearnerFault({ code: 'code_threw_non_error', value: previewValue(thrown) });
}

/** One execution environment's handler: invocations not settled yet, and I/O calls not answered yet. */
interface Tally {
  unsettled: number;
  ioInFlight: number;
}

const tallies: Tally[] = [];

/**
 * `createHandler` as the supervisor watches it (unchanged when no supervisor listens): its handler's non-Error
 * throws are reported, and each environment counts its unsettled invocations and unanswered I/O calls, so
 * {@link handlerNeverReturned} can tell a handler waiting on nothing (the engine's "stalled") from one cut off
 * by its timeout while an I/O call was still pending. The throw still reaches the engine, which records the
 * failed invocation as before.
 */
export function superviseCreateHandler(createHandler: CreateHandler): CreateHandler {
  if (!sink) return createHandler;
  return (io) => {
    const tally: Tally = { unsettled: 0, ioInFlight: 0 };
    tallies.push(tally);
    const answered = () => {
      tally.ioInFlight -= 1;
    };
    // The handler awaits the original promise (no extra step in its chain); the count follows it on the side.
    const counted = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => (...args: A): Promise<R> => {
      const pending = call(...args);
      tally.ioInFlight += 1;
      pending.then(answered, answered);
      return pending;
    };
    const watched: ConsumerIO = Object.assign(Object.create(io) as ConsumerIO, {
      putResult: counted(io.putResult.bind(io)),
      putResults: counted(io.putResults.bind(io)),
      sleep: counted(io.sleep.bind(io)),
    });
    const handler = createHandler(watched);
    if (typeof handler !== 'function') return handler;
    return async (event) => {
      tally.unsettled += 1;
      try {
        return await handler(event);
      } catch (error) {
        reportIfNonError(error);
        throw error;
      } finally {
        tally.unsettled -= 1;
      }
    };
  };
}

/**
 * After a run: true when some invocation of a watched handler never settled although none of its I/O calls
 * was pending — it waits on a promise nothing will settle (a timeout leaves an I/O call pending instead).
 */
export function handlerNeverReturned(): boolean {
  return tallies.some((t) => t.unsettled > 0 && t.ioInFlight === 0);
}
