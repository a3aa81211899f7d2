import { EventQueue } from './event-queue.js';

/** What runs when an event fires. It may return a promise (a real handler); the simulator then waits for it. */
export type EventAction = () => void | Promise<void>;

/**
 * The discrete-event core, SimPy-small: a virtual clock `now` (ms) and a heap of actions.
 * `step()` jumps `now` to the next event and runs it. Nothing here reads the wall clock.
 */
export class Simulator {
  private readonly queue = new EventQueue<EventAction>();
  private current = 0;

  /** Virtual time in milliseconds since the start of the run. */
  get now(): number {
    return this.current;
  }

  /** Events waiting to run. */
  get pending(): number {
    return this.queue.size;
  }

  /**
   * Runs `action` `delayMs` from now. At equal times, lower `priority` runs first, then scheduling order.
   * @throws RangeError when the delay is negative or not a number (time never goes backwards).
   */
  schedule(delayMs: number, priority: number, action: EventAction): void {
    if (!(delayMs >= 0)) throw new RangeError(`delay must be >= 0 ms, got ${delayMs}`);
    this.queue.push(this.current + delayMs, priority, action);
  }

  /** Time of the next event, or Infinity when none is waiting. */
  peekTime(): number {
    return this.queue.peek()?.time ?? Infinity;
  }

  /** Runs the next event. Returns false when there was none. */
  step(): boolean | Promise<boolean> {
    const event = this.queue.pop();
    if (event === undefined) return false;
    this.current = event.time;
    const result = event.value();
    return result === undefined ? true : Promise.resolve(result).then(() => true);
  }

  /**
   * Runs every event scheduled before `untilMs`, then sets `now` to `untilMs`.
   * Awaits only actions that return a promise, so a fully synchronous model runs without a single await.
   * @throws RangeError when `untilMs <= now`.
   */
  async runUntil(untilMs: number, onStep?: (nowMs: number) => void | Promise<void>): Promise<void> {
    if (!(untilMs > this.current)) throw new RangeError(`until must be > now (${this.current} ms), got ${untilMs}`);
    const queue = this.queue;
    for (let next = queue.popBefore(untilMs); next !== undefined; next = queue.popBefore(untilMs)) {
      this.current = next.time;
      const result = next.value();
      if (result !== undefined) await result;
      if (onStep !== undefined) {
        const hook = onStep(this.current);
        if (hook !== undefined) await hook;
      }
    }
    this.current = untilMs;
  }
}
