import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { SOURCE_ORDER_MIN_BYTES } from '../runtime/source-order.js';
import { AWS_FACTS } from './aws-limits.js';
import { checkInteger, type ValueRange } from './range-check.js';

/**
 * The item sizes the workshop writes, for the engine's scenarios and `load --item-size` alike: from the
 * smallest size every order can be padded to (its own attributes + 1 padding byte, `SOURCE_ORDER_MIN_BYTES`;
 * the workshop's choice of item) up to DynamoDB's 400 KB item limit (AWS fact, aws-facts §C [DDB-Q]).
 * Every size in between comes out exact: the item's DynamoDB item size is the size asked.
 */
export const ITEM_SIZE_RANGE: ValueRange = { min: SOURCE_ORDER_MIN_BYTES, max: AWS_FACTS.itemMaxBytes, unit: 'bytes' };

/**
 * `checkInteger` against `ITEM_SIZE_RANGE`, except that a whole size too small for an order says why
 * (`item_size_below_order`: the order's attributes alone take that much) rather than only giving the bounds.
 */
export function checkItemSize(issues: WorkshopIssue[], field: string, value: number | undefined): void {
  const { min, max } = ITEM_SIZE_RANGE;
  if (typeof value === 'number' && Number.isInteger(value) && value < min) {
    issues.push({ code: 'item_size_below_order', field, min, max, got: value });
  } else {
    checkInteger(issues, field, value, ITEM_SIZE_RANGE);
  }
}
