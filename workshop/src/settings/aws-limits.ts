/**
 * The AWS ranges the workshop enforces, written once. The CDK construct, the local engine and the CLI
 * all validate through `resolveConsumerSettings`, which reads this table — so a value refused in one
 * place is refused everywhere, with the same words.
 *
 * Sources (late 2026; see site page "Limits and sources"):
 * - ESM ranges: Lambda API reference, CreateEventSourceMapping
 *   https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html
 *   and the DynamoDB Streams parameters page https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html
 * - Function memory, timeout and concurrency: https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export interface IntegerRange {
  readonly min: number;
  readonly max: number;
  /** Printed after the bounds in messages, e.g. "seconds". */
  readonly unit?: string;
}

export const AWS_LIMITS = {
  /** BatchSize for DynamoDB Streams: 1–10,000, default 100. (The maximum was 1,000 until early 2021.) */
  batchSize: { min: 1, max: 10_000 },
  /** ParallelizationFactor: concurrent batches per shard, 1–10, default 1. */
  parallelizationFactor: { min: 1, max: 10 },
  /** MaximumBatchingWindowInSeconds: 0–300 s, default 0. */
  maxBatchingWindow: { min: 0, max: 300, unit: 'seconds' },
  /** MaximumRetryAttempts as CDK exposes it: 0–10,000; leaving it unset means -1 (retry until the record expires). */
  retryAttempts: { min: 0, max: 10_000 },
  /** MaximumRecordAgeInSeconds as CDK exposes it: 60 s – 7 days; unset means -1 (no limit). */
  maxRecordAge: { min: 60, max: 604_800, unit: 'seconds' },
  /** TumblingWindowInSeconds: 0–900 s. */
  tumblingWindow: { min: 0, max: 900, unit: 'seconds' },
  /**
   * Reserved concurrency for the consumer. 0 stops it; the default account quota is 1,000 per Region. AWS keeps
   * 100 of the account's concurrency unreserved, so at the default quota about 900 is the most a function can
   * reserve; the workshop accepts up to the quota and lets CloudFormation refuse more.
   * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
   */
  reservedConcurrency: { min: 0, max: 1_000 },
  /** Function memory: 128–10,240 MB. */
  memorySize: { min: 128, max: 10_240, unit: 'MB' },
  /** Function timeout: 1–900 s. */
  timeout: { min: 1, max: 900, unit: 'seconds' },
  /**
   * CloudWatch alarm Period: 10 or 30 s (high resolution) or a multiple of 60 s, up to one day.
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
   */
  alarmPeriod: { min: 10, max: 86_400, unit: 'seconds' },
  /** Alarm EvaluationPeriods (N) ≥ 1; the real maximum is 86,400 s ÷ Period (8,640 at 10 s, 1,440 at 60 s). */
  alarmEvaluationPeriods: { min: 1, max: 8_640 },
  /** Alarm DatapointsToAlarm (M) ≥ 1; the real maximum is EvaluationPeriods. */
  alarmDatapointsToAlarm: { min: 1, max: 8_640 },
} as const satisfies Record<string, IntegerRange>;

/** Fixed facts (not settings) the engine and the docs rely on. */
export const AWS_FACTS = {
  /** DynamoDB Streams keeps records for 24 hours; older records can be trimmed at any moment. */
  streamRetentionHours: 24,
  /** The ESM polls each shard 4 times per second when it has nothing in flight. */
  pollsPerSecond: 4,
  /** GetRecords returns at most 1,000 records or 1 MB per call. */
  getRecordsMaxRecords: 1_000,
  getRecordsMaxBytes: 1_048_576,
  /** Synchronous invocation payload cap: 6 MB. */
  invocationPayloadMaxBytes: 6_291_456,
  /** ApproximateCreationDateTime is rounded down to the second. */
  creationTimeResolutionMs: 1_000,
  /** BatchWriteItem takes up to 25 put/delete requests. */
  batchWriteMaxItems: 25,
  /** The longest a function invocation may run: the timeout's maximum, 900 s (see AWS_LIMITS.timeout). */
  invocationMaxMs: 900_000,
  /** A DynamoDB item is at most 400 KB. */
  itemMaxBytes: 409_600,
  /** CloudWatch alarms: EvaluationPeriods × Period must be at most one day. */
  alarmMaxEvaluationSeconds: 86_400,
  /** High-resolution alarm periods; any other Period must be a multiple of 60 s. */
  alarmHighResolutionPeriodsSeconds: [10, 30],
  alarmStandardPeriodMultipleSeconds: 60,
  /** Best-practice IteratorAge alarm threshold (written for Kinesis), in ms, on the Maximum statistic. */
  iteratorAgeRecommendedThresholdMs: 30_000,
} as const;
