import { AWS_PRICES, WRU_BYTES } from './aws-prices.js';
import { RESULT_ROW_MAX_BYTES, type LoadCostEstimate } from './cost-estimate.js';

/**
 * The SQS requests of one lab 09 run on AWS besides one SendMessage (by Lambda), one ReceiveMessage share and
 * one DeleteMessage per message: `workshop redrive` reads the queue's depth (GetQueueAttributes) and ends its
 * drain on an empty ReceiveMessage; `check 09 --target aws` finds the queue (GetQueueUrl) and reads its depth.
 */
export const REDRIVE_FIXED_SQS_REQUESTS = 4;

export interface RedriveRunCostEstimate {
  /** The lab's load and the consumer's results rows (what `run --target aws` prices). */
  readonly load: LoadCostEstimate;
  /** SQS requests of the run: per message SendMessage, ReceiveMessage, DeleteMessage, plus the fixed ones. */
  readonly sqsRequests: number;
  /** Before the free tier (1 million requests a month, which a learner's account rarely uses up). */
  readonly sqsUsd: number;
  /** Rows the fixed handler writes again during the redrive: 1 WRU each. */
  readonly redriveWriteRequestUnits: number;
  readonly redriveUsd: number;
  /** Everything above, in US dollars (DynamoDB Streams reads by the CLI are not in it: see the page). */
  readonly usd: number;
  /** The date the DynamoDB write price took effect. */
  readonly priceSince: string | undefined;
}

/**
 * What one run of lab 09 on AWS costs: its load as `run --target aws` prices it (`planLabLoad(...).cost`: source
 * writes and results rows; lab 09 inherits lab 07's load), the SQS
 * requests around `messages` on-failure messages, and the rows the redrive writes for `redrivenRecords`.
 * Not included: DynamoDB Streams GetShardIterator/GetRecords made by the CLI (a few per message; their price is
 * not on the workshop's facts sheet), the Lambda invocations (free tier), PITR and CloudWatch (see `_aws-cost`).
 */
export function estimateRedriveRunCost(input: { readonly load: LoadCostEstimate; readonly messages: number; readonly redrivenRecords: number }): RedriveRunCostEstimate {
  const { load } = input;
  const sqsRequests = input.messages * 3 + REDRIVE_FIXED_SQS_REQUESTS;
  const sqs = AWS_PRICES.sqsRequest;
  const sqsUsd = (sqsRequests * sqs.usd) / sqs.per;
  const wru = AWS_PRICES.dynamoWriteRequestUnit;
  const redriveWriteRequestUnits = input.redrivenRecords * Math.ceil(RESULT_ROW_MAX_BYTES / WRU_BYTES);
  const redriveUsd = (redriveWriteRequestUnits * wru.usd) / wru.per;
  return { load, sqsRequests, sqsUsd, redriveWriteRequestUnits, redriveUsd, usd: load.usd + sqsUsd + redriveUsd, priceSince: wru.since };
}

