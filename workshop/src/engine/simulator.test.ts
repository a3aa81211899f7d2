import { describe, expect, it } from 'vitest';
import { Simulator } from './simulator.js';

describe('Simulator — virtual clock', () => {
  it('GIVEN actions at 30, 10 and 20 ms WHEN run until 100 ms THEN they run in time order, each seeing its own now', async () => {
    const sim = new Simulator();
    const seen: number[] = [];
    for (const d of [30, 10, 20]) sim.schedule(d, 0, () => void seen.push(sim.now));
    await sim.runUntil(100);
    expect(seen).toEqual([10, 20, 30]);
    expect(sim.now).toBe(100);
  });

  it('GIVEN an action that schedules another WHEN run THEN the second one runs relative to the first one\'s time', async () => {
    const sim = new Simulator();
    const seen: number[] = [];
    sim.schedule(5, 0, () => sim.schedule(7, 0, () => void seen.push(sim.now)));
    await sim.runUntil(50);
    expect(seen).toEqual([12]);
  });

  it('GIVEN an event exactly at the until time WHEN run THEN it is left for later (until is exclusive)', async () => {
    const sim = new Simulator();
    let ran = false;
    sim.schedule(10, 0, () => void (ran = true));
    await sim.runUntil(10);
    expect(ran).toBe(false);
    expect(sim.pending).toBe(1);
    await sim.runUntil(11);
    expect(ran).toBe(true);
  });

  it('GIVEN an async action WHEN run THEN the simulator waits for it before the next event', async () => {
    const sim = new Simulator();
    const order: string[] = [];
    sim.schedule(1, 0, async () => {
      await Promise.resolve();
      order.push('async done');
    });
    sim.schedule(2, 0, () => void order.push('next'));
    await sim.runUntil(10);
    expect(order).toEqual(['async done', 'next']);
  });

  it('GIVEN step() WHEN events exist THEN one runs per step and false when none are left', async () => {
    const sim = new Simulator();
    sim.schedule(4, 0, () => undefined);
    expect(await sim.step()).toBe(true);
    expect(sim.now).toBe(4);
    expect(await sim.step()).toBe(false);
  });

  it('GIVEN a negative delay WHEN scheduled THEN refused with the value', () => {
    const sim = new Simulator();
    expect(() => sim.schedule(-1, 0, () => undefined)).toThrow('delay must be >= 0 ms, got -1');
  });

  it('GIVEN until equal to or before now WHEN run THEN refused', async () => {
    const sim = new Simulator();
    await sim.runUntil(10);
    await expect(sim.runUntil(10)).rejects.toThrow('until must be > now (10 ms), got 10');
    await expect(sim.runUntil(5)).rejects.toThrow(RangeError);
  });
});
