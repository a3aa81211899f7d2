/**
 * The items the workshop writes to the source table, and so what its stream carries. The load generator
 * (AWS target) and the engine's event builder (local target) both make them here, so a lab's handler
 * sees the same shapes on both targets. Every DynamoDB attribute type appears at least once.
 */
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
/** What the item weighs without its padding, roughly: the padding makes up the rest of the requested size. */
const BASE_BYTES = 200;

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
/** The padding: `paddingLengthOf(sizeBytes)` bytes, every one `paddingByteOf(index)`. */
export const paddingLengthOf = (sizeBytes: number): number => Math.max(1, sizeBytes - BASE_BYTES);
export const paddingByteOf = (index: number): number => index % 251;

/**
 * What a poison record carries as its amount: text where a number belongs (a pt-BR upstream that formatted the
 * price), so `Number()` gives NaN. Written as a DynamoDB string (`S`) by the engine and the load generator.
 */
export const POISON_TOTAL = '12,50';

/** A malformed order (see `LoadSpec.poisonRecords`): the same order with its amount as text. */
export type PoisonedOrder = Omit<SourceOrder, 'totalCents'> & { readonly totalCents: string };

/** `order` with its amount replaced by `POISON_TOTAL`. */
export function poisonOrder(order: SourceOrder): PoisonedOrder {
  return { ...order, totalCents: POISON_TOTAL };
}

/**
 * A deterministic order: the same (index, keyIndex, sizeBytes, epochMs) always gives the same item.
 * `sizeBytes` is approximate (DynamoDB counts names and values); at least ~200 bytes.
 */
export function makeSourceOrder(index: number, keyIndex: number, sizeBytes: number, epochMs: number): SourceOrder {
  const lines = Array.from({ length: lineCountOf(index) }, (_, i) => ({
    sku: lineSkuOf(index, i),
    qty: lineQtyOf(index, i),
    priceCents: linePriceCentsOf(index, i),
  }));
  const totalCents = lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0);
  const status = statusOf(index);
  return {
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
    padding: new Uint8Array(paddingLengthOf(sizeBytes)).fill(paddingByteOf(index)),
    updatedAt: new Date(epochMs).toISOString(),
  };
}
