// The lab worker's idle watch (site/src/components/LabWorkbench/idle-watch.ts), driven by hand: which heartbeats
// see a job waiting on nothing. The worker and its verdict in a real browser are covered by browser.test.ts.
import { describe, expect, it } from 'vitest';
import { createIdleWatch } from '../src/components/LabWorkbench/idle-watch';

const beats = (watch: ReturnType<typeof createIdleWatch>, n: number, waiting = () => true): boolean[] =>
  Array.from({ length: n }, () => watch.heartbeat(waiting));

describe('the lab worker\'s idle watch (the browser\'s beforeExit)', () => {
  it('GIVEN nothing runs and the handler waits on nothing WHEN the heartbeats go by THEN the third still one after the first says idle', () => {
    // The first heartbeat only takes a reading; then 3 still ones.
    expect(beats(createIdleWatch(3), 5)).toEqual([false, false, false, true, true]);
  });

  it('GIVEN activity between heartbeats (the engine posting its macrotasks) WHEN they go by THEN never idle', () => {
    const watch = createIdleWatch(3);
    const seen = Array.from({ length: 8 }, () => {
      watch.activity();
      return watch.heartbeat(() => true);
    });
    expect(seen).not.toContain(true);
  });

  it('GIVEN a pending timer WHEN still heartbeats go by THEN not idle until it ends; then idle again after the still ones', () => {
    const watch = createIdleWatch(2);
    watch.timerScheduled(7);
    expect(beats(watch, 4)).toEqual([false, false, false, false]);
    watch.timerEnded(7);
    expect(beats(watch, 4)).toEqual([false, false, true, true]);
  });

  it('GIVEN a still job whose handler is not waiting on nothing (an I/O call pending, or no handler running) WHEN heartbeats go by THEN not idle', () => {
    expect(beats(createIdleWatch(2), 5, () => false)).not.toContain(true);
  });

  it('GIVEN an idle job WHEN a new job starts (reset) THEN it needs its own still heartbeats', () => {
    const watch = createIdleWatch(2);
    expect(beats(watch, 3).at(-1)).toBe(true);
    watch.reset();
    expect(beats(watch, 3)).toEqual([false, false, true]);
  });
});
