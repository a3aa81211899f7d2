import { ProvisionedThroughputExceededException, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableError, type BackoffPolicy } from './retry-backoff.js';

const policy: BackoffPolicy = { baseMs: 25, capMs: 2_000, maxAttempts: 10 };

describe('backoffDelay', () => {
  it.each([
    [1, 25],
    [2, 50],
    [4, 200],
    [7, 1_600],
    [8, 2_000],
    [20, 2_000],
  ])('GIVEN retry %d and random just below 1 WHEN computed THEN the wait is just below the bound %d ms', (retry, bound) => {
    expect(backoffDelay(retry, policy, () => 0.999_999)).toBe(bound - 1);
  });

  it('GIVEN random 0 WHEN computed THEN there is no wait (full jitter starts at 0)', () => {
    expect(backoffDelay(5, policy, () => 0)).toBe(0);
  });

  it('GIVEN random 0.5 on retry 3 WHEN computed THEN half of 100 ms', () => {
    expect(backoffDelay(3, policy, () => 0.5)).toBe(50);
  });
});

describe('isRetryableError', () => {
  it.each([
    ['ProvisionedThroughputExceededException', new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} })],
    ['ThrottlingException', Object.assign(new Error('x'), { name: 'ThrottlingException' })],
    ['RequestLimitExceeded', Object.assign(new Error('x'), { name: 'RequestLimitExceeded' })],
    ['HTTP 503', Object.assign(new Error('x'), { name: 'Whatever', $metadata: { httpStatusCode: 503 } })],
  ])('GIVEN %s WHEN classified THEN it is retried', (_, error) => {
    expect(isRetryableError(error)).toBe(true);
  });

  it.each([
    ['ResourceNotFoundException', new ResourceNotFoundException({ message: 'no table', $metadata: { httpStatusCode: 400 } })],
    ['ValidationException', Object.assign(new Error('x'), { name: 'ValidationException', $metadata: { httpStatusCode: 400 } })],
    ['a string', 'boom'],
  ])('GIVEN %s WHEN classified THEN it is not retried', (_, error) => {
    expect(isRetryableError(error)).toBe(false);
  });
});
