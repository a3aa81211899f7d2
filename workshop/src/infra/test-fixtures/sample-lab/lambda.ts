// Test fixture: the AWS Lambda entry, bundled by esbuild — only the handler and the runtime I/O.
import { dynamoConsumerIO } from '../../../runtime/index.js';
import { createHandler } from './handler.js';

export const handler = createHandler(dynamoConsumerIO());
