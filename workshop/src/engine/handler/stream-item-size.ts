import type { AttributeValue } from 'aws-lambda';

/**
 * DynamoDB's item size of an image as a stream record carries it (binaries as base64 text), by the rules of
 * AWS's "DynamoDB item sizes and formats" page (docs.aws.amazon.com/amazondynamodb/latest/developerguide/
 * CapacityUnitCalculations.html): each attribute's name in UTF-8 bytes plus its value — a string by its
 * UTF-8 bytes; a number 1 byte per two significant digits (leading and trailing zeros trimmed) + 1; a binary
 * by its raw bytes (not its base64 text); BOOL and NULL 1 byte; a set the sum of its members; a list or map
 * 3 bytes + 1 byte per element + its elements (a map's elements with their names).
 * A stream record's `SizeBytes` is this for Keys + NewImage + OldImage (aws-facts §G).
 */
export function itemSizeBytes(image: Readonly<Record<string, AttributeValue>> | undefined): number {
  if (image === undefined) return 0;
  let size = 0;
  for (const name in image) size += utf8Bytes(name) + valueBytes(image[name]!);
  return size;
}

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Bytes(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return base64Bytes(value.B);
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return sum(value.SS, utf8Bytes);
  if (value.NS !== undefined) return sum(value.NS, numberBytes);
  if (value.BS !== undefined) return sum(value.BS, base64Bytes);
  if (value.L !== undefined) return 3 + sum(value.L, (element) => 1 + valueBytes(element));
  if (value.M !== undefined) {
    let size = 3;
    for (const name in value.M) size += 1 + utf8Bytes(name) + valueBytes(value.M[name]!);
    return size;
  }
  return 0;
}

function sum<T>(list: readonly T[], size: (element: T) => number): number {
  let total = 0;
  for (const element of list) total += size(element);
  return total;
}

/** UTF-8 length without allocating: 1 byte below U+0080, 2 below U+0800, 4 for a surrogate pair, else 3. */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 2; // the pair is 2 UTF-16 units and 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** 1 byte per two significant digits, + 1; the sign, the decimal point and leading/trailing zeros do not count. */
function numberBytes(text: string): number {
  let first = 0;
  let last = text.length - 1;
  const exponent = text.search(/[eE]/);
  if (exponent >= 0) last = exponent - 1;
  while (first <= last && !isNonZeroDigit(text.charCodeAt(first))) first++;
  while (last >= first && !isNonZeroDigit(text.charCodeAt(last))) last--;
  let digits = 0;
  for (let i = first; i <= last; i++) if (text.charCodeAt(i) !== 0x2e) digits++;
  return Math.ceil(digits / 2) + 1;
}

const isNonZeroDigit = (code: number): boolean => code >= 0x31 && code <= 0x39;

/** Raw bytes behind a base64 text: 3 per 4 characters, less the padding. */
function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
