import type { AttributeValue } from 'aws-lambda';
import { utf8Bytes } from '../../runtime/dynamodb-item-size.js';
import {
  cityOf, currencyOf, customerKey, isExpress, isPaidStatus, lineCountOf, linePriceCentsOf, lineQtyOf, lineSkuOf,
  integerBytes, noteOf, orderKey, paddingByteOf, paddingLengthFor, type SourceOrder, statusOf, tagsOf,
} from '../../runtime/source-order.js';

type Image = Record<string, AttributeValue>;

/**
 * The source order of `makeSourceOrder` rendered straight into the AttributeValue map a stream record
 * carries (numbers as `N` strings, the binary as base64 `B` text), in the attribute order `marshall` gives —
 * without building the plain object first or walking it generically. Each call returns fresh objects (a
 * handler may change its event); only immutable strings are shared. The test proves it deep-equal to
 * `marshall(makeSourceOrder(...))` with binaries as base64, for every shape the order cycles through.
 */
export function sourceOrderImage(index: number, keyIndex: number, sizeBytes: number, writtenAtMs: number): Image {
  return orderImage(index, keyIndex, sizeBytes, statusOf(index), writtenAtMs);
}

/** What the order looked like before a MODIFY: one step earlier in its life, written one minute earlier. */
export const PREVIOUS_STATUS: Readonly<Record<SourceOrder['status'], SourceOrder['status']>> = {
  PLACED: 'PLACED',
  PAID: 'PLACED',
  SHIPPED: 'PAID',
  CANCELLED: 'PLACED',
};

/** The image of the order's previous version (see `PREVIOUS_STATUS`): a MODIFY's OldImage. */
export function previousOrderImage(index: number, keyIndex: number, sizeBytes: number, writtenAtMs: number): Image {
  return orderImage(index, keyIndex, sizeBytes, PREVIOUS_STATUS[statusOf(index)], writtenAtMs - 60_000);
}

/** The record's `Keys`: the table's partition and sort keys. */
export function orderKeysImage(index: number, keyIndex: number): Image {
  return { pk: { S: customerKey(keyIndex) }, sk: { S: orderKey(index) } };
}

function orderImage(index: number, keyIndex: number, sizeBytes: number, status: SourceOrder['status'], updatedAtMs: number): Image {
  const count = lineCountOf(index);
  const lines: AttributeValue[] = new Array<AttributeValue>(count);
  const quantities: string[] = [];
  let totalCents = 0;
  for (let i = 0; i < count; i++) {
    const qty = lineQtyOf(index, i);
    const priceCents = linePriceCentsOf(index, i);
    totalCents += qty * priceCents;
    const text = String(qty);
    if (!quantities.includes(text)) quantities.push(text); // a Set of numbers, in first-seen order
    lines[i] = { M: { sku: { S: lineSkuOf(index, i) }, qty: { N: text }, priceCents: { N: String(priceCents) } } };
  }
  const note = noteOf(index);
  const updatedAt = isoTimestamp(updatedAtMs);
  const padding = paddingLengthFor(sizeBytes, orderFieldBytes(index, keyIndex, status, updatedAt));
  return {
    pk: { S: customerKey(keyIndex) },
    sk: { S: orderKey(index) },
    status: { S: status },
    totalCents: { N: String(totalCents) },
    currency: { S: currencyOf(index) },
    paid: { BOOL: isPaidStatus(status) },
    note: note === null ? { NULL: true } : { S: note },
    lines: { L: lines },
    shipping: { M: { city: { S: cityOf(index) }, express: { BOOL: isExpress(index) } } },
    tags: { SS: tagsOf(index) as string[] }, // a new array on every call
    lineQuantities: { NS: quantities },
    padding: { B: paddingBase64(padding, paddingByteOf(index)) },
    updatedAt: { S: updatedAt },
  };
}

/**
 * The DynamoDB item size (`runtime/dynamodb-item-size.ts` rules) of the image `sourceOrderImage` /
 * `previousOrderImage` / `orderKeysImage` would build, worked out from the order's fields without walking
 * the image: the attribute names are fixed, so only the values' lengths vary. The equivalence test checks
 * it against the generic `itemSizeBytes` of the built image.
 */
export function sourceOrderImageBytes(index: number, keyIndex: number, sizeBytes: number, writtenAtMs: number): number {
  return orderImageBytes(index, keyIndex, sizeBytes, statusOf(index), writtenAtMs);
}

export function previousOrderImageBytes(index: number, keyIndex: number, sizeBytes: number, writtenAtMs: number): number {
  return orderImageBytes(index, keyIndex, sizeBytes, PREVIOUS_STATUS[statusOf(index)], writtenAtMs - 60_000);
}

export function orderKeysBytes(index: number, keyIndex: number): number {
  return 2 + customerKey(keyIndex).length + 2 + orderKey(index).length;
}

function orderImageBytes(index: number, keyIndex: number, sizeBytes: number, status: SourceOrder['status'], updatedAtMs: number): number {
  const fields = orderFieldBytes(index, keyIndex, status, isoTimestamp(updatedAtMs));
  return fields + paddingLengthFor(sizeBytes, fields);
}

/** `orderFieldBytes` of `runtime/source-order.ts` for the order `index` in `status`, from its fields directly. */
function orderFieldBytes(index: number, keyIndex: number, status: SourceOrder['status'], updatedAt: string): number {
  const count = lineCountOf(index);
  let lines = 3; // lines: L
  let quantities = 0; // lineQuantities: NS of the distinct quantities
  let seen = 0; // bit q set once quantity q was counted
  let totalCents = 0;
  for (let i = 0; i < count; i++) {
    const qty = lineQtyOf(index, i);
    const priceCents = linePriceCentsOf(index, i);
    totalCents += qty * priceCents;
    // each element: 1 + M (3 + per entry 1 + name + value) with sku S, qty N, priceCents N
    lines += 1 + 3 + (1 + 3 + lineSkuOf(index, i).length) + (1 + 3 + integerBytes(qty)) + (1 + 10 + integerBytes(priceCents));
    if ((seen & (1 << qty)) === 0) {
      seen |= 1 << qty;
      quantities += integerBytes(qty);
    }
  }
  const note = noteOf(index);
  let tags = 0;
  for (const tag of tagsOf(index)) tags += tag.length;
  return (
    orderKeysBytes(index, keyIndex) +
    6 + status.length +
    10 + integerBytes(totalCents) +
    8 + currencyOf(index).length +
    4 + 1 + // paid: BOOL
    4 + (note === null ? 1 : utf8Bytes(note)) +
    5 + lines +
    8 + 3 + (1 + 4 + utf8Bytes(cityOf(index))) + (1 + 7 + 1) + // shipping: M { city S, express BOOL }
    4 + tags +
    14 + quantities +
    7 + // padding: B, its value not counted here
    9 + updatedAt.length
  );
}

let isoSecond = Number.NaN;
let isoPrefix = '';

/**
 * `new Date(ms).toISOString()`, with the text of the last second seen kept: records a few ms apart share
 * all but the milliseconds, so most calls only append three digits.
 */
export function isoTimestamp(ms: number): string {
  const whole = Math.trunc(ms);
  const second = Math.floor(whole / 1000);
  if (second !== isoSecond || !(whole >= 0)) {
    const text = new Date(whole).toISOString();
    if (!(whole >= 0) || text.length !== 24) return text;
    isoSecond = second;
    isoPrefix = text.slice(0, 20);
  }
  const millis = whole - second * 1000;
  return `${isoPrefix}${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

/** Paddings up to this length are kept once made (at most 251 per length: one per fill byte). */
const CACHED_PADDING_MAX = 8_192;
const paddingCache = new Map<number, string>();

/**
 * The base64 text of `length` bytes all equal to `byte`. Three equal bytes are always the same four
 * characters, so the text is that quartet repeated plus a tail: no byte array, no per-byte work.
 */
export function paddingBase64(length: number, byte: number): string {
  const key = length * 256 + byte;
  const cached = paddingCache.get(key);
  if (cached !== undefined) return cached;
  const char = String.fromCharCode(byte);
  const rest = length % 3;
  const text = btoa(char + char + char).repeat((length - rest) / 3) + (rest === 0 ? '' : btoa(char.repeat(rest)));
  if (length <= CACHED_PADDING_MAX) paddingCache.set(key, text);
  return text;
}
