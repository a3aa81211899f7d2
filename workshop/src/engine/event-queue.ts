/**
 * A binary min-heap of scheduled events, keyed (time, priority, sequence) as in SimPy:
 * earlier time first; at the same time, lower priority first; then the order they were scheduled in.
 * The sequence tie-break is what makes every run with the same inputs identical.
 */
export interface ScheduledEvent<T> {
  readonly time: number;
  readonly priority: number;
  readonly sequence: number;
  readonly value: T;
}

export class EventQueue<T> {
  private readonly heap: ScheduledEvent<T>[] = [];
  private nextSequence = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Adds `value` at (`time`, `priority`); returns the event with its sequence number. */
  push(time: number, priority: number, value: T): ScheduledEvent<T> {
    const event: ScheduledEvent<T> = { time, priority, sequence: this.nextSequence++, value };
    const heap = this.heap;
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(event, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = event;
    return event;
  }

  /** The next event without removing it, or undefined when empty. */
  peek(): ScheduledEvent<T> | undefined {
    return this.heap[0];
  }

  /** Removes and returns the next event, or undefined when empty. */
  pop(): ScheduledEvent<T> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    const size = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

function before<T>(a: ScheduledEvent<T>, b: ScheduledEvent<T>): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.sequence < b.sequence;
}
