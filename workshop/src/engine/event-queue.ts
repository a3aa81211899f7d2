import { BinaryHeap } from './binary-heap.js';

/**
 * The simulator's scheduled events in a `BinaryHeap`, keyed (time, priority, sequence) as in SimPy:
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
  private readonly heap = new BinaryHeap<ScheduledEvent<T>>(before);
  private nextSequence = 0;

  get size(): number {
    return this.heap.size;
  }

  /** Adds `value` at (`time`, `priority`); returns the event with its sequence number. */
  push(time: number, priority: number, value: T): ScheduledEvent<T> {
    const event: ScheduledEvent<T> = { time, priority, sequence: this.nextSequence++, value };
    this.heap.push(event);
    return event;
  }

  /** The next event without removing it, or undefined when empty. */
  peek(): ScheduledEvent<T> | undefined {
    return this.heap.peek();
  }

  /** Removes and returns the next event if it comes before `timeMs`; otherwise (or when empty) undefined. */
  popBefore(timeMs: number): ScheduledEvent<T> | undefined {
    const next = this.heap.peek();
    return next !== undefined && next.time < timeMs ? this.heap.pop() : undefined;
  }

  /** Removes and returns the next event, or undefined when empty. */
  pop(): ScheduledEvent<T> | undefined {
    return this.heap.pop();
  }

  /** Forgets every event (the sequence keeps counting, so later events still order after earlier ones). */
  clear(): void {
    this.heap.clear();
  }
}

function before<T>(a: ScheduledEvent<T>, b: ScheduledEvent<T>): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.sequence < b.sequence;
}
