import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { numberBytes, utf8Bytes as utf8 } from '../runtime/dynamodb-item-size.js';
import { makeSourceOrder } from '../runtime/source-order.js';

/**
 * The size DynamoDB bills for an item: attribute names plus values — strings and binary by their bytes,
 * numbers 1 byte per 2 significant digits + 1 (leading and trailing zeros trimmed), booleans and null 1 byte,
 * lists and maps 3 bytes plus 1 per element: the same rules as the stream's `SizeBytes` (`runtime/dynamodb-item-size.ts`),
 * for the SDK's shapes (binaries as bytes, not base64).
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 */
export function dynamoItemBytes(item: Readonly<Record<string, AttributeValue>>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueBytes(value), 0);
}

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((s, x) => s + utf8(x), 0);
  if (value.NS !== undefined) return value.NS.reduce((s, x) => s + numberBytes(x), 0);
  if (value.BS !== undefined) return value.BS.reduce((s, x) => s + x.length, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((s, x) => s + 1 + valueBytes(x), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((s, [k, v]) => s + 1 + utf8(k) + valueBytes(v), 0);
  return 0;
}


/**
 * The largest billed size among the source orders a run of `itemSizeBytes` writes, measured on 60 of them:
 * exactly `itemSizeBytes` from `SOURCE_ORDER_MIN_BYTES` up (the padding makes up the rest of every order).
 */
export function largestSourceOrderBytes(itemSizeBytes: number, keys: number): number {
  let largest = 0;
  for (let index = 0; index < 60; index += 1) {
    const item = marshall(makeSourceOrder(index, index % keys, itemSizeBytes, 0));
    largest = Math.max(largest, dynamoItemBytes(item));
  }
  return largest;
}
