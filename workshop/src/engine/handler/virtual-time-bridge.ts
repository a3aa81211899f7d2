/**
 * Runs async handler code in virtual time, the @sinonjs/fake-timers way: the code's I/O waits on a
 * virtual clock; after each wake-up, every pending promise callback settles (one macrotask boundary)
 * before the next wake-up fires. So `await`, `Promise.all` and p-limit inside a handler behave as they
 * would in real time, only instantly, and the same code always takes the same virtual time.
 * Browser-safe: no Node imports.
 */
import { EventQueue } from '../event-queue.js';

/**
 * One invocation's clock: pending wake-ups in the engine's `EventQueue` (the simulator's own), ordered by
 * (time, scheduling order). Sharing it keeps the heap's comparison monomorphic, so it stays inlined in both.
 */
export class VirtualTimeline {
  #nowMs = 0;
  readonly #heap = new EventQueue<() => void>();

  /** Starts a new invocation at `startMs`, forgetting wake-ups an abandoned invocation left behind. */
  reset(startMs: number): void {
    this.#nowMs = startMs;
    this.#heap.clear();
  }

  get nowMs(): number {
    return this.#nowMs;
  }

  /** Resolves once `delayMs` (≥ 0) of virtual time has passed. Waits that end together resolve in call order. */
  wait(delayMs: number): Promise<void> {
    if (!(delayMs >= 0) || !Number.isFinite(delayMs)) throw new RangeError(`a virtual wait must be ≥ 0 ms and finite, got ${delayMs}`);
    return new Promise((resolve) => this.#heap.push(this.#nowMs + delayMs, 0, resolve));
  }

  /** When the earliest pending wait ends, or undefined when nothing waits on the clock. */
  nextWakeMs(): number | undefined {
    return this.#heap.peek()?.time;
  }

  /** Jumps to the earliest pending time and resolves every wait that ends then. */
  fireNext(): void {
    const heap = this.#heap;
    const first = heap.peek();
    if (!first) return;
    this.#nowMs = first.time;
    while (heap.size > 0 && heap.peek()!.time === first.time) heap.pop()!.value();
  }
}

/** How a run in virtual time ended; `endMs` is the virtual time then. */
export type BridgeOutcome<T> =
  | { readonly kind: 'returned'; readonly value: T; readonly endMs: number }
  | { readonly kind: 'threw'; readonly error: unknown; readonly endMs: number }
  /** The next wake-up would come after the deadline: the code was cut off at `endMs` = the deadline. */
  | { readonly kind: 'deadline'; readonly endMs: number }
  /** The code waits on something virtual time never resolves (a real timer, a promise nobody settles). */
  | { readonly kind: 'stalled'; readonly endMs: number };

/**
 * Runs `work` on `timeline` (already reset to the start time) until it settles, or until its next wake-up
 * would pass `deadlineMs`. Wake-ups are fired one virtual instant at a time, with a macrotask in between.
 */
export async function runInVirtualTime<T>(timeline: VirtualTimeline, deadlineMs: number, work: () => Promise<T> | T): Promise<BridgeOutcome<T>> {
  let settled: { readonly kind: 'returned'; readonly value: T } | { readonly kind: 'threw'; readonly error: unknown } | undefined;
  // Through a promise, so a handler that throws synchronously or returns a plain value is handled alike.
  Promise.resolve()
    .then(work)
    .then(
      (value) => (settled = { kind: 'returned', value }),
      (error: unknown) => (settled = { kind: 'threw', error }),
    );
  for (;;) {
    await nextMacrotask();
    if (settled) return { ...settled, endMs: timeline.nowMs };
    const next = timeline.nextWakeMs();
    if (next === undefined) return { kind: 'stalled', endMs: timeline.nowMs };
    if (next > deadlineMs) return { kind: 'deadline', endMs: deadlineMs };
    timeline.fireNext();
  }
}

/**
 * A boundary after which every queued promise callback has run: `setImmediate` where it exists (Node),
 * else a `MessageChannel` message (browsers). Exported with the host as a parameter so both paths are tested.
 */
export function macrotaskFor(host: { readonly setImmediate?: (callback: () => void) => unknown }): () => Promise<void> {
  const setImmediate = host.setImmediate;
  if (typeof setImmediate === 'function') return () => new Promise((resolve) => setImmediate(resolve));
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  (channel.port1 as { unref?: () => void }).unref?.();
  return () => new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const nextMacrotask = macrotaskFor(globalThis as { readonly setImmediate?: (callback: () => void) => unknown });
