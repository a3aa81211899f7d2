/** Time as the load generator sees it; tests pass a fake one, so no test waits for real time. */
export interface Clock {
  /** Milliseconds from an arbitrary origin, never going back. */
  now(): number;
  /** Resolves after `ms` (or as soon as `signal` aborts — it never rejects). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `performance.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (ms <= 0 || signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/**
 * Paces writes at `ratePerSecond` tokens (items) per second, allowing bursts of up to `capacity`.
 * `reserve(n)` books `n` tokens at once and says how long to wait before using them: the balance may
 * go negative, so callers that reserve one after another get consecutive slots and never race.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly clock: Pick<Clock, 'now'>,
  ) {
    if (!(ratePerSecond > 0) || !(capacity > 0)) throw new RangeError('TokenBucket needs a positive rate and capacity');
    this.tokens = capacity;
    this.last = clock.now();
  }

  /** Books `n` tokens; returns the milliseconds to wait before spending them (0 when they are there now). */
  reserve(n: number): number {
    const now = this.clock.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
    this.last = now;
    this.tokens -= n;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.ratePerSecond;
  }
}
