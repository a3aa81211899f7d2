// The modules a lab file may import in the browser, bundled with the site (see learner-modules.ts). The
// Lambda entry's DynamoDB-backed I/O and Powertools logger have no place in the browser: its record mappings
// and constants do. The environment Powertools reads comes first (ES modules run in import order).
import './lambda-env';
import * as powertoolsBatch from '@aws-lambda-powertools/batch';
import pLimit from 'p-limit';
import * as utilDynamodb from '@aws-sdk/util-dynamodb';
import * as kit from '../../../../workshop/src/index.js';
import { toCheckedResult } from '../../../../workshop/src/runtime/checked-result.js';
import { toResult } from '../../../../workshop/src/runtime/order-result.js';
import { AWS_FACTS } from '../../../../workshop/src/settings/aws-limits.js';
import { KIT_ENTRY, LAMBDA_ENTRY, type BundledModules } from './learner-modules';

// sucrase's CommonJS output reads a default import as `.default` of a module marked `__esModule`.
export const bundledModules: BundledModules = {
  'p-limit': { __esModule: true, default: pLimit },
  '@aws-sdk/util-dynamodb': utilDynamodb,
  '@aws-lambda-powertools/batch': powertoolsBatch,
  [KIT_ENTRY]: kit,
  [LAMBDA_ENTRY]: { toResult, toCheckedResult, BATCH_WRITE_MAX_ITEMS: AWS_FACTS.batchWriteMaxItems },
};
