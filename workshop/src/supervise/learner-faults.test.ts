import { afterEach, describe, expect, it } from 'vitest';
import type { ConsumerIO } from '../runtime/consumer-io.js';
import { handlerNeverReturned, reportIfNonError, setLearnerFaultSink, superviseCreateHandler, type LearnerFault } from './learner-faults.js';

const event = { Records: [] };
/** An I/O whose calls answer when the test says so. */
function heldIO(): { readonly io: ConsumerIO; readonly release: () => void } {
  const waiting: (() => void)[] = [];
  const hold = () => new Promise<never[]>((resolve) => waiting.push(() => resolve([])));
  return { io: { putResult: async () => { await hold(); }, putResults: hold, sleep: async () => { await hold(); } }, release: () => waiting.splice(0).forEach((r) => r()) };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => setLearnerFaultSink(undefined));

describe('learner faults', () => {
  it('GIVEN no supervisor WHEN a handler is watched or a plain object thrown THEN nothing changes and nothing is reported', () => {
    const create = () => async () => undefined;
    expect(superviseCreateHandler(create)).toBe(create);
    expect(() => reportIfNonError({ code: 1 })).not.toThrow();
  });

  it('GIVEN a supervisor WHEN the handler throws a plain object THEN it is reported and still reaches the caller; an Error is not reported', async () => {
    const faults: LearnerFault[] = [];
    setLearnerFaultSink((fault) => faults.push(fault));
    const throwing = superviseCreateHandler(() => async () => { throw { code: 42 }; })(heldIO().io);
    await expect(throwing(event)).rejects.toEqual({ code: 42 });
    const failing = superviseCreateHandler(() => async () => { throw new Error('ordinary'); })(heldIO().io);
    await expect(failing(event)).rejects.toThrow('ordinary');
    expect(faults).toEqual([{ code: 'code_threw_non_error', value: '{"code":42}' }]);
  });

  it('GIVEN an invocation awaiting a promise nobody settles WHEN the run ends THEN the handler never returned', async () => {
    setLearnerFaultSink(() => {});
    void superviseCreateHandler(() => () => new Promise(() => {}))(heldIO().io)(event);
    await turn();
    expect(handlerNeverReturned()).toBe(true);
  });

  it('GIVEN an invocation cut off while its I/O call is pending (a timeout) WHEN the run ends THEN that is not "never returned"', async () => {
    setLearnerFaultSink(() => {});
    const { io, release } = heldIO();
    const invocation = superviseCreateHandler((io) => async () => { await io.putResult({ pk: 'a', sk: 'b' }); })(io)(event);
    await turn();
    expect(handlerNeverReturned()).toBe(false);
    release();
    await invocation;
    expect(handlerNeverReturned()).toBe(false);
  });
});
