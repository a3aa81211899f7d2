// The runtime entry: what a lab's `lambda.ts` imports. Only the consumer's contract and its DynamoDB-backed
// I/O live here, so the Lambda bundle holds the handler and the AWS SDK, never the rest of the kit.
export { BATCH_WRITE_MAX_ITEMS, dynamoConsumerIO } from './dynamo-consumer-io.js';
export type { DynamoConsumerIOOptions } from './dynamo-consumer-io.js';
export type { ConsumerIO, CreateHandler, ResultItem, StreamHandler } from './consumer-io.js';
export { customerKey, makeSourceOrder } from './source-order.js';
export type { SourceOrder } from './source-order.js';
