// Lab 07 — a handler that cannot process one order: its amount is not a number. Correct for every other
// record, and still it stops the shard. `npx workshop hint 07` helps if you get stuck.
import type { CreateHandler } from '../../workshop/src/lambda.js';
import { toCheckedResult } from '../../workshop/src/lambda.js';

export const createHandler: CreateHandler = (io) => async (event) => {
  // A handful of records per batch at this load: one PutItem each, in stream order.
  for (const record of event.Records) {
    // toCheckedResult throws on an order whose amount is not a number, and a throw fails the WHOLE batch:
    // Lambda delivers the same records again, and again, and nothing behind them moves.
    // TODO: pt-BR: processe cada registro por conta própria e reporte só os que falharam, com o Powertools
    //   batch (@aws-lambda-powertools/batch: BatchProcessor, EventType.DynamoDBStreams, processPartialResponse).
    //   en: process each record on its own and report only the ones that failed, with Powertools batch
    //   (@aws-lambda-powertools/batch: BatchProcessor, EventType.DynamoDBStreams, processPartialResponse).
    await io.putResult(toCheckedResult(record));
  }
};
