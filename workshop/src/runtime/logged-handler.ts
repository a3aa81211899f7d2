// Structured logs for a lab's Lambda, with Powertools Logger (the library learners meet in their jobs): a
// batch that fails is logged as one JSON line with its size and sequence-number range, then rethrown so the
// event source mapping retries it as it would without the log. Nothing is logged for a batch that succeeds:
// CloudWatch Logs is billed per GB, and the metrics already count invocations.
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import type { StreamHandler } from './consumer-io.js';

/** The part of Powertools' Logger this uses (tests pass a recording one). */
export type BatchLogger = Pick<Logger, 'error' | 'addContext'>;

/** The logger of the lab Lambdas (service name `iteratorage-consumer`; level from POWERTOOLS_LOG_LEVEL). */
export function consumerLogger(): Logger {
  return new Logger({ serviceName: 'iteratorage-consumer' });
}

/** `handler`, with a structured error line for a batch that throws (then the same throw). */
export function withBatchErrorLogs(handler: StreamHandler, logger: BatchLogger = consumerLogger()): (event: DynamoDBStreamEvent, context?: Context) => ReturnType<StreamHandler> {
  return async (event, context) => {
    if (context) logger.addContext(context);
    try {
      return await handler(event);
    } catch (error) {
      const records = event.Records;
      logger.error('batch failed; Lambda will retry it', {
        records: records.length,
        firstSequenceNumber: records[0]?.dynamodb?.SequenceNumber,
        lastSequenceNumber: records.at(-1)?.dynamodb?.SequenceNumber,
        error: error instanceof Error ? error : String(error),
      });
      throw error;
    }
  };
}
