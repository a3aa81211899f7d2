import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.js';
import { mulberry32 } from './random.js';

const drain = <T>(queue: EventQueue<T>): T[] => {
  const out: T[] = [];
  for (let e = queue.pop(); e !== undefined; e = queue.pop()) out.push(e.value);
  return out;
};

describe('EventQueue — (time, priority, sequence) order', () => {
  it('GIVEN events pushed out of time order WHEN drained THEN they come out by time', () => {
    const q = new EventQueue<string>();
    q.push(30, 0, 'c');
    q.push(10, 0, 'a');
    q.push(20, 0, 'b');
    expect(drain(q)).toEqual(['a', 'b', 'c']);
  });

  it('GIVEN two events at the same time WHEN priorities differ THEN the lower priority runs first', () => {
    const q = new EventQueue<string>();
    q.push(5, 1, 'poll');
    q.push(5, 0, 'completion');
    expect(drain(q)).toEqual(['completion', 'poll']);
  });

  it('GIVEN 1,000 events at the same (time, priority) WHEN drained THEN they keep the order they were scheduled in', () => {
    const q = new EventQueue<number>();
    for (let i = 0; i < 1000; i++) q.push(7, 0, i);
    expect(drain(q)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('GIVEN 5,000 random events WHEN drained THEN the order equals a stable sort by (time, priority)', () => {
    const next = mulberry32(3);
    const q = new EventQueue<number>();
    const items = Array.from({ length: 5000 }, (_, i) => ({ time: Math.floor(next() * 100), priority: Math.floor(next() * 3), i }));
    for (const it of items) q.push(it.time, it.priority, it.i);
    const expected = [...items].sort((a, b) => a.time - b.time || a.priority - b.priority || a.i - b.i).map((x) => x.i);
    expect(drain(q)).toEqual(expected);
  });

  it('GIVEN an empty queue WHEN popped or peeked THEN undefined and size 0', () => {
    const q = new EventQueue<number>();
    expect(q.pop()).toBeUndefined();
    expect(q.peek()).toBeUndefined();
    expect(q.size).toBe(0);
  });
});
