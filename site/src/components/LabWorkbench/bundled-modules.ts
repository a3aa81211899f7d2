// The modules a lab file may import in the browser, bundled with the site (see learner-modules.ts). The
// Lambda entry's DynamoDB-backed I/O has no place in the browser: its record mapping and constants do.
import pLimit from 'p-limit';
import * as utilDynamodb from '@aws-sdk/util-dynamodb';
import * as kit from '../../../../workshop/src/index.js';
import { toResult } from '../../../../workshop/src/runtime/order-result.js';
import { AWS_FACTS } from '../../../../workshop/src/settings/aws-limits.js';
import { KIT_ENTRY, LAMBDA_ENTRY, type BundledModules } from './learner-modules';

// sucrase's CommonJS output reads a default import as `.default` of a module marked `__esModule`.
export const bundledModules: BundledModules = {
  'p-limit': { __esModule: true, default: pLimit },
  '@aws-sdk/util-dynamodb': utilDynamodb,
  [KIT_ENTRY]: kit,
  [LAMBDA_ENTRY]: { toResult, BATCH_WRITE_MAX_ITEMS: AWS_FACTS.batchWriteMaxItems },
};
