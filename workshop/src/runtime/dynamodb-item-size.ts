import type { AttributeValue } from 'aws-lambda';

/**
 * DynamoDB's item size of an image as a stream record carries it (binaries as base64 text), by the rules of
 * AWS's "DynamoDB item sizes and formats" page (docs.aws.amazon.com/amazondynamodb/latest/developerguide/
 * CapacityUnitCalculations.html): each attribute's name in UTF-8 bytes plus its value — a string by its
 * UTF-8 bytes; a number by `numberBytes` (1 byte per two significant digits + 1, the pairs aligned); a binary
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

/**
 * A number's size: 1 byte, plus 1 per pair of significant digits with the pairs aligned on the decimal point
 * (DynamoDB keeps numbers as base-100 digits), plus 1 for a negative sign. AWS's page gives the approximation
 * "1 byte per two significant digits + 1" (leading and trailing zeros trimmed); the alignment is the exact
 * rule DynamoDB applies (dynalite, built to match DynamoDB, refuses items by it: `120` is 3 bytes, `12` 2), and
 * both agree on AWS's stream example (`101`: 3 bytes).
 */
export function numberBytes(text: string): number {
  const mark = text.search(/[eE]/);
  const mantissa = mark < 0 ? text : text.slice(0, mark);
  const power = mark < 0 ? 0 : Number(text.slice(mark + 1));
  const negative = mantissa.charCodeAt(0) === 0x2d;
  const unsigned = negative || mantissa.charCodeAt(0) === 0x2b ? mantissa.slice(1) : mantissa;
  const point = unsigned.indexOf('.');
  const digits = point < 0 ? unsigned : unsigned.slice(0, point) + unsigned.slice(point + 1);
  let first = 0;
  while (first < digits.length && !isNonZeroDigit(digits.charCodeAt(first))) first++;
  if (first === digits.length) return 1; // zero
  let last = digits.length - 1;
  while (!isNonZeroDigit(digits.charCodeAt(last))) last--;
  const significant = last - first + 1;
  const exponent = (point < 0 ? unsigned.length : point) - 1 - first + power; // power of ten of the first significant digit
  return 1 + Math.ceil(significant / 2) + (significant % 2 === 0 && exponent % 2 === 0 ? 1 : 0) + (negative ? 1 : 0);
}

const isNonZeroDigit = (code: number): boolean => code >= 0x31 && code <= 0x39;

/** Raw bytes behind a base64 text: 3 per 4 characters, less the padding. */
function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
