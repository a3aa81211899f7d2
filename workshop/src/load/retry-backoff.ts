/**
 * When to retry a DynamoDB write and how long to wait first: exponential backoff with full jitter
 * (a random wait between 0 and min(cap, base × 2^attempt)), as the BatchWriteItem guide asks for
 * `UnprocessedItems`. The random source is passed in, so tests are exact.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
 */
export interface BackoffPolicy {
  /** Wait bound of the first retry, in ms. */
  readonly baseMs: number;
  /** Largest wait bound, in ms. */
  readonly capMs: number;
  /** Calls per batch at most, the first one included; then what is left counts as failed. */
  readonly maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 25, capMs: 2_000, maxAttempts: 10 };

/** The wait before retry number `retry` (1 = first retry): uniform in [0, min(cap, base × 2^(retry−1))). */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const bound = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * bound);
}

const RETRYABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
]);

/** True for throttling, server-side (5xx) and time-out errors; false for mistakes a retry cannot fix. */
export function isRetryableError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { readonly name?: unknown; readonly $metadata?: { readonly httpStatusCode?: number }; readonly $retryable?: unknown };
  if (typeof e.name === 'string' && RETRYABLE_NAMES.has(e.name)) return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return Boolean(e.$retryable);
}
