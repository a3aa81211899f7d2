import { describe, expect, it } from 'vitest';
import { BinaryHeap } from './binary-heap.js';
import { mulberry32 } from './random.js';

interface Item { readonly key: number; readonly seq: number }
const before = (a: Item, b: Item) => a.key < b.key || (a.key === b.key && a.seq < b.seq);

describe('BinaryHeap (the one heap of the event queue and the virtual timeline)', () => {
  it('GIVEN 5,000 random pushes interleaved with pops WHEN drained THEN items come out in sorted order, ties by sequence', () => {
    const random = mulberry32(42);
    const heap = new BinaryHeap<Item>(before);
    const popped: Item[] = [];
    const pushed: Item[] = [];
    for (let seq = 0; seq < 5_000; seq++) {
      const item = { key: Math.floor(random() * 100), seq };
      heap.push(item);
      pushed.push(item);
      if (random() < 0.3) popped.push(heap.pop()!);
    }
    // Every pop returns the smallest item present at that moment; replay that with a sorted list.
    const present: Item[] = [];
    let p = 0;
    const random2 = mulberry32(42);
    for (let seq = 0; seq < 5_000; seq++) {
      random2();
      present.push(pushed[seq]!);
      if (random2() < 0.3) {
        present.sort((a, b) => (before(a, b) ? -1 : 1));
        expect(popped[p++]).toBe(present.shift());
      }
    }
    const rest: Item[] = [];
    for (let item = heap.pop(); item !== undefined; item = heap.pop()) rest.push(item);
    expect(rest).toEqual(present.sort((a, b) => (before(a, b) ? -1 : 1)));
    expect(popped.length + rest.length).toBe(5_000);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });

  it('GIVEN a heap with items WHEN cleared THEN it is empty and usable again', () => {
    const heap = new BinaryHeap<Item>(before);
    heap.push({ key: 2, seq: 0 });
    heap.clear();
    expect(heap.peek()).toBeUndefined();
    heap.push({ key: 1, seq: 1 });
    expect(heap.pop()).toEqual({ key: 1, seq: 1 });
  });
});
