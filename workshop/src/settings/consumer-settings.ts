import { WorkshopError } from '../errors/workshop-error.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { AWS_LIMITS } from './aws-limits.js';
import type { WorkshopDuration } from './duration.js';
import { checkInteger, type ValueRange } from './range-check.js';

/** Where a DynamoDB Streams ESM starts reading. (`AT_TIMESTAMP` is Kinesis-only.) */
export type StartingPosition = 'TRIM_HORIZON' | 'LATEST';
export const STARTING_POSITIONS: readonly StartingPosition[] = ['TRIM_HORIZON', 'LATEST'];

/** Where batches that exhaust their retries are reported (SQS, SNS: batch metadata only; S3: the records too). */
export type OnFailureDestination = 'none' | 'sqs' | 'sns' | 's3';
export const ON_FAILURE_DESTINATIONS: readonly OnFailureDestination[] = ['none', 'sqs', 'sns', 's3'];

/**
 * How the consumer reads the stream and runs: the event source mapping plus the function.
 * Names and meanings follow CDK's `DynamoEventSource` props, so a lab's settings map straight onto it.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html
 */
export interface ConsumerSettingsInput {
  /** Where reading starts. Required, as in CDK. */
  readonly startingPosition: StartingPosition;
  /** Records per batch, 1–10,000. @default 100 */
  readonly batchSize?: number;
  /** Batches processed at once per shard, 1–10. Order is kept per partition key. @default 1 */
  readonly parallelizationFactor?: number;
  /** Wait up to this long to fill a batch, 0–300 s. @default - no wait (0 s) */
  readonly maxBatchingWindow?: WorkshopDuration;
  /** Retries of a failed batch, 0–10,000. @default - retry until the records expire (-1) */
  readonly retryAttempts?: number;
  /** Drop records older than this, 60 s – 7 days. @default - no limit (-1) */
  readonly maxRecordAge?: WorkshopDuration;
  /** Split a failed batch in two and retry each half. @default false */
  readonly bisectBatchOnError?: boolean;
  /** The handler may return `batchItemFailures` to checkpoint part of a batch. @default false */
  readonly reportBatchItemFailures?: boolean;
  /** Where metadata of discarded batches goes. @default 'none' */
  readonly onFailure?: OnFailureDestination;
  /** Reserved concurrency for the function, 0–1,000. @default - unreserved (account pool) */
  readonly reservedConcurrency?: number;
  /** Function memory, 128–10,240 MB. @default 256 */
  readonly memorySize?: number;
  /** Function timeout, 1–900 s. @default 30 s */
  readonly timeout?: WorkshopDuration;
}

/** Settings with every default filled in and every range checked. */
export interface ConsumerSettings {
  readonly startingPosition: StartingPosition;
  readonly batchSize: number;
  readonly parallelizationFactor: number;
  readonly maxBatchingWindow: WorkshopDuration;
  /** `undefined` = retry until the records expire. */
  readonly retryAttempts: number | undefined;
  /** `undefined` = no age limit. */
  readonly maxRecordAge: WorkshopDuration | undefined;
  readonly bisectBatchOnError: boolean;
  readonly reportBatchItemFailures: boolean;
  readonly onFailure: OnFailureDestination;
  /** `undefined` = no reservation. */
  readonly reservedConcurrency: number | undefined;
  readonly memorySize: number;
  readonly timeout: WorkshopDuration;
}

export const CONSUMER_DEFAULTS = {
  batchSize: 100,
  parallelizationFactor: 1,
  maxBatchingWindow: { seconds: 0 },
  bisectBatchOnError: false,
  reportBatchItemFailures: false,
  onFailure: 'none',
  memorySize: 256,
  timeout: { seconds: 30 },
} as const satisfies Partial<ConsumerSettings>;

const KNOWN_FIELDS = [
  'startingPosition', 'batchSize', 'parallelizationFactor', 'maxBatchingWindow', 'retryAttempts', 'maxRecordAge',
  'bisectBatchOnError', 'reportBatchItemFailures', 'onFailure', 'reservedConcurrency', 'memorySize', 'timeout',
] as const;

/** Every problem with `input`, in field order; empty when the settings are valid. */
export function validateConsumerSettings(input: ConsumerSettingsInput): WorkshopIssue[] {
  const issues: WorkshopIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) issues.push({ code: 'unknown_setting', field: key, allowed: KNOWN_FIELDS });
  }
  if (input.startingPosition === undefined) issues.push({ code: 'missing_setting', field: 'startingPosition' });
  else checkChoice(issues, 'startingPosition', input.startingPosition, STARTING_POSITIONS);
  checkInteger(issues, 'batchSize', input.batchSize, AWS_LIMITS.batchSize);
  checkInteger(issues, 'parallelizationFactor', input.parallelizationFactor, AWS_LIMITS.parallelizationFactor);
  checkDuration(issues, 'maxBatchingWindow', input.maxBatchingWindow, AWS_LIMITS.maxBatchingWindow);
  checkInteger(issues, 'retryAttempts', input.retryAttempts, AWS_LIMITS.retryAttempts);
  checkDuration(issues, 'maxRecordAge', input.maxRecordAge, AWS_LIMITS.maxRecordAge);
  if (input.onFailure !== undefined) checkChoice(issues, 'onFailure', input.onFailure, ON_FAILURE_DESTINATIONS);
  // A destination only helps when something ends the retries first (the issue names both settings).
  if (input.onFailure !== undefined && input.onFailure !== 'none' && ON_FAILURE_DESTINATIONS.includes(input.onFailure)
    && input.retryAttempts === undefined && input.maxRecordAge === undefined) {
    issues.push({ code: 'unbounded_on_failure', destination: input.onFailure });
  }
  checkInteger(issues, 'reservedConcurrency', input.reservedConcurrency, AWS_LIMITS.reservedConcurrency);
  checkInteger(issues, 'memorySize', input.memorySize, AWS_LIMITS.memorySize);
  checkDuration(issues, 'timeout', input.timeout, AWS_LIMITS.timeout);
  return issues;
}

/** A duration setting: a `WorkshopDuration` (`hours(1)`) in range. A bare number (the API's `-1`, `3600`) is refused. */
function checkDuration(issues: WorkshopIssue[], field: string, value: WorkshopDuration | undefined, range: ValueRange): void {
  if (value === undefined) return;
  const seconds: unknown = typeof value === 'object' && value !== null ? (value as { seconds?: unknown }).seconds : undefined;
  if (typeof seconds !== 'number') issues.push({ code: 'duration_expected', field, got: JSON.stringify(value) ?? String(value) });
  else checkInteger(issues, field, seconds, range);
}

/**
 * Checks `input` against the AWS ranges and fills in the defaults.
 * @throws WorkshopError for the first problem found (`out_of_range`, `not_integer`, `invalid_choice`, ...).
 */
export function resolveConsumerSettings(input: ConsumerSettingsInput): ConsumerSettings {
  const [first] = validateConsumerSettings(input);
  if (first) throw new WorkshopError(first);
  return {
    startingPosition: input.startingPosition,
    batchSize: input.batchSize ?? CONSUMER_DEFAULTS.batchSize,
    parallelizationFactor: input.parallelizationFactor ?? CONSUMER_DEFAULTS.parallelizationFactor,
    maxBatchingWindow: input.maxBatchingWindow ?? CONSUMER_DEFAULTS.maxBatchingWindow,
    retryAttempts: input.retryAttempts,
    maxRecordAge: input.maxRecordAge,
    bisectBatchOnError: input.bisectBatchOnError ?? CONSUMER_DEFAULTS.bisectBatchOnError,
    reportBatchItemFailures: input.reportBatchItemFailures ?? CONSUMER_DEFAULTS.reportBatchItemFailures,
    onFailure: input.onFailure ?? CONSUMER_DEFAULTS.onFailure,
    reservedConcurrency: input.reservedConcurrency,
    memorySize: input.memorySize ?? CONSUMER_DEFAULTS.memorySize,
    timeout: input.timeout ?? CONSUMER_DEFAULTS.timeout,
  };
}

function checkChoice(issues: WorkshopIssue[], field: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value)) issues.push({ code: 'invalid_choice', field, allowed, got: String(value) });
}
