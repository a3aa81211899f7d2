/**
 * The prices the workshop uses for cost estimates, each with the date it took effect and its source.
 * All prices are US East (N. Virginia), in US dollars. Check the official pages before trusting a
 * large run: prices change (DynamoDB on-demand was halved on 1 Nov 2024).
 */
export interface Price {
  /** US dollars per `per` units. */
  readonly usd: number;
  readonly per: number;
  readonly unit: string;
  /** ISO date the price took effect, when known. */
  readonly since?: string;
  /** When (or whether) the workshop checked it on the official page (aws-facts.md, section F). */
  readonly checked: string;
  readonly source: string;
}

export const AWS_PRICES = {
  /** On-demand write request units: $0.625 per million (was $1.25 before 1 Nov 2024). */
  dynamoWriteRequestUnit: {
    usd: 0.625,
    per: 1_000_000,
    unit: 'WRU',
    since: '2024-11-01',
    // From aws-facts.md section F, which took it from 2025 secondary sources: verify on the official page.
    checked: 'not yet verified on the official pricing page (aws-facts.md F: secondary sources, 2025)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  /**
   * Point-in-time recovery (continuous backups): billed by the table's size (data + local secondary indexes)
   * for as long as PITR is on, whatever the recovery window [PITR-HOW]. $0.20 per GB-month in us-east-1.
   */
  dynamoPitrGbMonth: {
    usd: 0.2,
    per: 1,
    unit: 'GB-month',
    // The billing rule is official (PointInTimeRecovery_Howitworks); the rate is from 2026 secondary sources.
    checked: 'rate not yet verified on the official pricing page (secondary sources, 2026); billing rule checked 2026-late',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  /** Lambda requests: $0.20 per million. */
  lambdaRequest: { usd: 0.2, per: 1_000_000, unit: 'request', checked: '2026-late', source: 'https://aws.amazon.com/lambda/pricing/' },
  /** Lambda compute on x86: $0.0000166667 per GB-second. */
  lambdaGbSecondX86: { usd: 0.0000166667, per: 1, unit: 'GB-s', checked: '2026-late', source: 'https://aws.amazon.com/lambda/pricing/' },
  /** Lambda compute on Arm: $0.0000133334 per GB-second. */
  lambdaGbSecondArm: { usd: 0.0000133334, per: 1, unit: 'GB-s', checked: '2026-late', source: 'https://aws.amazon.com/lambda/pricing/' },
  /**
   * SQS standard-queue requests (SendMessage, ReceiveMessage, DeleteMessage, each 64 KB chunk): $0.40 per million,
   * after 1 million free requests a month. Labs 07 and 09 send a handful: inside the free tier.
   */
  sqsRequest: {
    usd: 0.4,
    per: 1_000_000,
    unit: 'request',
    // Secondary sources (2026 pricing guides); the official page was not read here: verify before relying on it.
    checked: 'not yet verified on the official pricing page (secondary sources, 2026)',
    source: 'https://aws.amazon.com/sqs/pricing/',
  },
} as const satisfies Record<string, Price>;

/** SQS's monthly free tier: 1 million requests (standard and FIFO together). Secondary sources, 2026. */
export const SQS_FREE_REQUESTS_PER_MONTH = 1_000_000;

/** Lambda's monthly free tier: 1 million requests and 400,000 GB-seconds. */
export const LAMBDA_FREE_TIER = { requestsPerMonth: 1_000_000, gbSecondsPerMonth: 400_000 } as const;

/** Hours in a billing month, as AWS prorates monthly prices. */
export const HOURS_PER_MONTH = 730;

/** Each written item uses 1 WRU per started KB (1,024 bytes). */
export const WRU_BYTES = 1_024;
