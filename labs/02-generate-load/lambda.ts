// The AWS Lambda entry of this lab: the same handler, with its I/O backed by the real results table
// (RESULTS_TABLE_NAME, set by the lab's stack). The local engine calls createHandler with virtual-time I/O.
import { dynamoConsumerIO } from '../../workshop/src/runtime/index.js';
import { createHandler } from './handler.js';

export const handler = createHandler(dynamoConsumerIO());
