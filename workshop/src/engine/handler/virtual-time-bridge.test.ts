import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import { macrotaskFor, runInVirtualTime, VirtualTimeline } from './virtual-time-bridge.js';

function timelineAt(startMs: number): VirtualTimeline {
  const timeline = new VirtualTimeline();
  timeline.reset(startMs);
  return timeline;
}

describe('runInVirtualTime', () => {
  it('GIVEN three sequential 8 ms waits from t=1000 WHEN run THEN it returns at t=1024', async () => {
    const timeline = timelineAt(1000);
    const outcome = await runInVirtualTime(timeline, Infinity, async () => {
      for (let i = 0; i < 3; i++) await timeline.wait(8);
      return 'done';
    });
    expect(outcome).toEqual({ kind: 'returned', value: 'done', endMs: 1024 });
  });

  it('GIVEN waits of 8, 8 and 12 ms in parallel WHEN run THEN they overlap and it returns at +12 ms', async () => {
    const timeline = timelineAt(0);
    const outcome = await runInVirtualTime(timeline, Infinity, () => Promise.all([timeline.wait(8), timeline.wait(8), timeline.wait(12)]));
    expect(outcome.endMs).toBe(12);
  });

  it('GIVEN p-limit(2) over six 10 ms tasks WHEN run THEN three rounds take 30 ms', async () => {
    const timeline = timelineAt(0);
    const limit = pLimit(2);
    const outcome = await runInVirtualTime(timeline, Infinity, () => Promise.all(Array.from({ length: 6 }, () => limit(() => timeline.wait(10)))));
    expect(outcome.endMs).toBe(30);
  });

  it('GIVEN work that chains many promise callbacks between waits WHEN run THEN each wait starts after the chain settled', async () => {
    const timeline = timelineAt(0);
    const starts: number[] = [];
    const outcome = await runInVirtualTime(timeline, Infinity, async () => {
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 100; j++) await Promise.resolve();
        starts.push(timeline.nowMs);
        await timeline.wait(5);
      }
    });
    expect(starts).toEqual([0, 5, 10]);
    expect(outcome.endMs).toBe(15);
  });

  it('GIVEN waits that end at the same instant WHEN fired THEN they resolve in the order they were made', async () => {
    const timeline = timelineAt(0);
    const order: string[] = [];
    await runInVirtualTime(timeline, Infinity, () =>
      Promise.all([timeline.wait(10).then(() => order.push('a')), timeline.wait(4).then(() => order.push('b')), timeline.wait(10).then(() => order.push('c'))]),
    );
    expect(order).toEqual(['b', 'a', 'c']);
  });

  it('GIVEN work that throws after 8 ms WHEN run THEN the outcome is threw at +8 ms with the error', async () => {
    const timeline = timelineAt(100);
    const outcome = await runInVirtualTime(timeline, Infinity, async () => {
      await timeline.wait(8);
      throw new Error('boom');
    });
    expect(outcome).toMatchObject({ kind: 'threw', endMs: 108, error: new Error('boom') });
  });

  it('GIVEN plain (non-async) work that returns or throws WHEN run THEN it is handled like async work', async () => {
    const timeline = timelineAt(3);
    expect(await runInVirtualTime(timeline, Infinity, () => 42)).toEqual({ kind: 'returned', value: 42, endMs: 3 });
    const outcome = await runInVirtualTime(timeline, Infinity, () => {
      throw new TypeError('not a function');
    });
    expect(outcome).toMatchObject({ kind: 'threw', endMs: 3, error: new TypeError('not a function') });
  });

  it('GIVEN a wait ending after the deadline WHEN run THEN it is cut off at the deadline', async () => {
    const timeline = timelineAt(0);
    const outcome = await runInVirtualTime(timeline, 50, async () => {
      await timeline.wait(30);
      await timeline.wait(30);
    });
    expect(outcome).toEqual({ kind: 'deadline', endMs: 50 });
  });

  it('GIVEN a wait ending exactly at the deadline WHEN run THEN the work still returns', async () => {
    const timeline = timelineAt(0);
    const outcome = await runInVirtualTime(timeline, 50, () => timeline.wait(50));
    expect(outcome.kind).toBe('returned');
  });

  it('GIVEN work waiting on a promise nobody settles WHEN run THEN the outcome is stalled', async () => {
    const timeline = timelineAt(7);
    const outcome = await runInVirtualTime(timeline, Infinity, () => new Promise<void>(() => undefined));
    expect(outcome).toEqual({ kind: 'stalled', endMs: 7 });
  });

  it('GIVEN a negative or NaN wait WHEN asked THEN it is refused', () => {
    const timeline = timelineAt(0);
    expect(() => timeline.wait(-1)).toThrow(RangeError);
    expect(() => timeline.wait(Number.NaN)).toThrow(RangeError);
  });
});

describe('macrotaskFor', () => {
  it.each([
    ['setImmediate (Node)', { setImmediate: globalThis.setImmediate }],
    ['MessageChannel (browsers)', {}],
  ])('GIVEN %s WHEN awaited THEN every queued promise callback has already run', async (_name, host) => {
    const boundary = macrotaskFor(host as { setImmediate?: (callback: () => void) => unknown });
    let steps = 0;
    void (async () => {
      for (let i = 0; i < 1000; i++) {
        await Promise.resolve();
        steps += 1;
      }
    })();
    await boundary();
    expect(steps).toBe(1000);
  });
});
