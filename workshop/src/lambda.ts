// The Lambda-side public entry: what a lab's handler may import at run time, and what its AWS entry is
// built from. Only the consumer's contract, its DynamoDB-backed I/O and the shared record mapping live here,
// so a Lambda bundle holds the handler and the AWS SDK, never the rest of the kit (engine, CDK, CLI).

// ── the consumer's contract ──────────────────────────────────────────────────
export type { ConsumerIO, CreateHandler, ResultItem, StreamHandler } from './runtime/consumer-io.js';

// ── I/O backed by the real results table (RESULTS_TABLE_NAME, set by the lab's stack) ──
export { BATCH_WRITE_MAX_ITEMS, dynamoConsumerIO } from './runtime/dynamo-consumer-io.js';
export type { DynamoConsumerIOOptions } from './runtime/dynamo-consumer-io.js';

// ── what every lab from 02 on inherits from lab 01: one stream record → one results row ──
export { toResult } from './runtime/order-result.js';
export { toCheckedResult } from './runtime/checked-result.js';

// ── structured logs for a failed batch (Powertools Logger), used by every lab's Lambda entry ──
export { consumerLogger, withBatchErrorLogs } from './runtime/logged-handler.js';
export type { BatchLogger } from './runtime/logged-handler.js';
