/**
 * When a lane polls. Each shard is polled on a regular schedule, `pollMs` apart from the start of the run
 * (4 times a second); a lane with nothing to do sleeps until the first regular poll that will see a record.
 */

/** The first regular poll strictly after `now` that comes at or after `timeMs`; Infinity when `timeMs` is. */
export function nextPollAfter(now: number, timeMs: number, pollMs: number): number {
  if (timeMs === Infinity) return Infinity;
  const next = Math.ceil(timeMs / pollMs) * pollMs;
  return next > now ? next : (Math.floor(now / pollMs) + 1) * pollMs;
}

/** The next regular poll at or after `now` (equal to `now` when a poll falls exactly then). */
export function regularPollAtOrAfter(now: number, pollMs: number): number {
  return Math.ceil(now / pollMs) * pollMs;
}
