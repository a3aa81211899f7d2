/**
 * The items the workshop writes to the source table, and so what its stream carries. The load generator
 * (AWS target) and the engine's event builder (local target) both make them here, so a lab's handler
 * sees the same shapes on both targets. Every DynamoDB attribute type appears at least once.
 */
import { utf8Bytes } from './dynamodb-item-size.js';

export interface SourceOrder {
  /** Partition key: the customer, e.g. `customer#00042`. All of a customer's changes stay in order. */
  readonly pk: string;
  /** Sort key: the order, e.g. `order#000000000123`. */
  readonly sk: string;
  readonly status: 'PLACED' | 'PAID' | 'SHIPPED' | 'CANCELLED'; // S
  readonly totalCents: number; // N
  readonly currency: 'BRL' | 'USD'; // S
  readonly paid: boolean; // BOOL
  readonly note: string | null; // NULL when there is none
  readonly lines: readonly { readonly sku: string; readonly qty: number; readonly priceCents: number }[]; // L of M
  readonly shipping: { readonly city: string; readonly express: boolean }; // M
  readonly tags: ReadonlySet<string>; // SS
  readonly lineQuantities: ReadonlySet<number>; // NS
  readonly padding: Uint8Array; // B — sized so the item reaches the requested size
  readonly updatedAt: string; // S, ISO-8601
}

/** Every field below is a pure function of the order's number, so two renderings (plain, AttributeValue) agree. */
export const SOURCE_ORDER_STATUSES = ['PLACED', 'PAID', 'SHIPPED', 'CANCELLED'] as const;
export const SOURCE_ORDER_CITIES = ['São Paulo', 'Recife', 'Porto Alegre', 'Seattle', 'Dublin', 'Lisboa'] as const;

/** The partition key of customer number `keyIndex` (0-based). */
export function customerKey(keyIndex: number): string {
  return `customer#${String(keyIndex).padStart(5, '0')}`;
}

/** The sort key of order number `index`. */
export const orderKey = (index: number): string => `order#${String(index).padStart(12, '0')}`;
/** An order has 1–3 lines. */
export const lineCountOf = (index: number): number => 1 + (index % 3);
export const lineSkuOf = (index: number, line: number): string => `sku-${(index * 7 + line * 13) % 997}`;
export const lineQtyOf = (index: number, line: number): number => 1 + ((index + line) % 4);
export const linePriceCentsOf = (index: number, line: number): number => 500 + ((index * 31 + line * 17) % 9_500);
export const statusOf = (index: number): SourceOrder['status'] => SOURCE_ORDER_STATUSES[index % SOURCE_ORDER_STATUSES.length]!;
export const isPaidStatus = (status: SourceOrder['status']): boolean => status === 'PAID' || status === 'SHIPPED';
export const currencyOf = (index: number): SourceOrder['currency'] => (index % 5 === 0 ? 'USD' : 'BRL');
export const noteOf = (index: number): string | null => (index % 4 === 0 ? `gift for order ${index}` : null);
export const cityOf = (index: number): string => SOURCE_ORDER_CITIES[index % SOURCE_ORDER_CITIES.length]!;
export const isExpress = (index: number): boolean => index % 2 === 0;
export const tagsOf = (index: number): readonly string[] => (index % 2 === 0 ? ['web', 'promo'] : ['app']);
/** The padding: `paddingLengthFor(sizeBytes, fieldBytes)` bytes, every one `paddingByteOf(index)`. */
export const paddingByteOf = (index: number): number => index % 251;
/**
 * Padding bytes that make an item of `fieldBytes` (its size without the padding's value, see `orderFieldBytes`)
 * weigh exactly `sizeBytes`; at least 1 (an item asked below `SOURCE_ORDER_MIN_BYTES` keeps its natural size).
 */
export const paddingLengthFor = (sizeBytes: number, fieldBytes: number): number => Math.max(1, sizeBytes - fieldBytes);

/**
 * What a poison record carries as its amount: text where a number belongs (a pt-BR upstream that formatted the
 * price), so `Number()` gives NaN. Written as a DynamoDB string (`S`) by the engine and the load generator.
 */
export const POISON_TOTAL = '12,50';

/** A malformed order (see `LoadSpec.poisonRecords`): the same order with its amount as text. */
export type PoisonedOrder = Omit<SourceOrder, 'totalCents'> & { readonly totalCents: string };

/**
 * `order` with its amount replaced by `POISON_TOTAL`, its padding resized so the item weighs what the order
 * did (the text `12,50` is 5 bytes, the number 2–4): a poisoned item at 400 KB is still a valid item.
 */
export function poisonOrder(order: SourceOrder): PoisonedOrder {
  const poisoned = { ...order, totalCents: POISON_TOTAL };
  const size = orderFieldBytes(order) + order.padding.length;
  const padding = paddingLengthFor(size, orderFieldBytes(poisoned));
  return padding === order.padding.length ? poisoned : { ...poisoned, padding: new Uint8Array(padding).fill(order.padding[0] ?? 0) };
}

/** An order's fields, whatever its amount is: a number, or the poison text. */
type OrderFields = Omit<SourceOrder, 'padding' | 'totalCents'> & { readonly totalCents: number | string };

/**
 * DynamoDB's item size (aws-facts §G, `runtime/dynamodb-item-size.ts` rules) of the order's attributes
 * except the padding's value (its name is counted): what the padding must make up to reach the asked size.
 */
export function orderFieldBytes(order: OrderFields): number {
  let lines = 3; // L: 3 + per element 1 + M (3 + per entry 1 + name + value)
  for (const l of order.lines) lines += 1 + 3 + (1 + 3 + utf8Bytes(l.sku)) + (1 + 3 + integerBytes(l.qty)) + (1 + 10 + integerBytes(l.priceCents));
  let tags = 0;
  for (const tag of order.tags) tags += utf8Bytes(tag);
  let quantities = 0;
  for (const qty of order.lineQuantities) quantities += integerBytes(qty);
  const total = typeof order.totalCents === 'string' ? utf8Bytes(order.totalCents) : integerBytes(order.totalCents);
  return (
    2 + utf8Bytes(order.pk) +
    2 + utf8Bytes(order.sk) +
    6 + utf8Bytes(order.status) +
    10 + total +
    8 + utf8Bytes(order.currency) +
    4 + 1 + // paid: BOOL
    4 + (order.note === null ? 1 : utf8Bytes(order.note)) + // note: S or NULL
    5 + lines +
    8 + 3 + (1 + 4 + utf8Bytes(order.shipping.city)) + (1 + 7 + 1) + // shipping: M { city S, express BOOL }
    4 + tags + // tags: SS
    14 + quantities + // lineQuantities: NS
    7 + // padding: B, its value not counted here
    9 + utf8Bytes(order.updatedAt)
  );
}

/**
 * The smallest item size every order can be padded to (bytes): the largest its fields can take in any run the
 * workshop accepts, each at its widest at once — customer 999,999 (at most 1,000,000 keys), order number
 * 999,999,999,999 (the sort key's 12 digits), CANCELLED, the poison amount, a note, three lines of the longest
 * SKU, quantity and price, the longest city, both tags, three distinct quantities — plus 1 padding byte.
 * Asked sizes from here to 400 KB come out exact; below it, an order cannot hold its own attributes.
 */
export const SOURCE_ORDER_MIN_BYTES: number = (() => {
  const widestLine = { sku: 'sku-996', qty: 4, priceCents: 9_999 };
  const widestCity = [...SOURCE_ORDER_CITIES].sort((a, b) => utf8Bytes(b) - utf8Bytes(a))[0]!;
  return orderFieldBytes({
    pk: customerKey(999_999), sk: orderKey(999_999_999_999), status: 'CANCELLED', totalCents: POISON_TOTAL, currency: 'BRL', paid: false,
    note: noteOf(999_999_999_996), lines: [widestLine, widestLine, widestLine], shipping: { city: widestCity, express: true },
    tags: new Set(['web', 'promo']), lineQuantities: new Set([2, 3, 4]), updatedAt: new Date(0).toISOString(),
  }) + 1;
})();

/**
 * A deterministic order: the same (index, keyIndex, sizeBytes, epochMs) always gives the same item.
 * Its DynamoDB item size is exactly `sizeBytes` from `SOURCE_ORDER_MIN_BYTES` up (the padding makes up the
 * rest); below that, the order's natural size with 1 padding byte.
 */
export function makeSourceOrder(index: number, keyIndex: number, sizeBytes: number, epochMs: number): SourceOrder {
  const lines = Array.from({ length: lineCountOf(index) }, (_, i) => ({
    sku: lineSkuOf(index, i),
    qty: lineQtyOf(index, i),
    priceCents: linePriceCentsOf(index, i),
  }));
  const totalCents = lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0);
  const status = statusOf(index);
  const fields = {
    pk: customerKey(keyIndex),
    sk: orderKey(index),
    status,
    totalCents,
    currency: currencyOf(index),
    paid: isPaidStatus(status),
    note: noteOf(index),
    lines,
    shipping: { city: cityOf(index), express: isExpress(index) },
    tags: new Set(tagsOf(index)),
    lineQuantities: new Set(lines.map((l) => l.qty)),
    updatedAt: new Date(epochMs).toISOString(),
  };
  const { updatedAt, ...rest } = fields; // `padding` before `updatedAt`: the attribute order the images have
  return { ...rest, padding: new Uint8Array(paddingLengthFor(sizeBytes, orderFieldBytes(fields))).fill(paddingByteOf(index)), updatedAt };
}

/**
 * A non-negative integer's DynamoDB number size, as `numberBytes` (dynamodb-item-size.ts) counts it: 1 byte plus
 * 1 per base-100 digit (pairs of digits aligned on the decimal point, trailing zero pairs dropped).
 */
export function integerBytes(value: number): number {
  if (value === 0) return 1;
  let digits = 0;
  for (let n = value; n >= 1; n = Math.floor(n / 10)) digits++;
  let trailing = 0;
  for (let n = value; n % 10 === 0; n /= 10) trailing++;
  const significant = digits - trailing;
  return 1 + Math.ceil(significant / 2) + (significant % 2 === 0 && (digits - 1) % 2 === 0 ? 1 : 0);
}
