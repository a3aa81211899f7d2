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

const STATUSES = ['PLACED', 'PAID', 'SHIPPED', 'CANCELLED'] as const;
const CITIES = ['São Paulo', 'Recife', 'Porto Alegre', 'Seattle', 'Dublin', 'Lisboa'] as const;

/** The partition key of customer number `keyIndex` (0-based). */
export function customerKey(keyIndex: number): string {
  return `customer#${String(keyIndex).padStart(5, '0')}`;
}

/**
 * A deterministic order: the same (index, keyIndex, sizeBytes, epochMs) always gives the same item.
 * `sizeBytes` is approximate (DynamoDB counts names and values); at least ~200 bytes.
 */
export function makeSourceOrder(index: number, keyIndex: number, sizeBytes: number, epochMs: number): SourceOrder {
  const lineCount = 1 + (index % 3);
  const lines = Array.from({ length: lineCount }, (_, i) => ({
    sku: `sku-${(index * 7 + i * 13) % 997}`,
    qty: 1 + ((index + i) % 4),
    priceCents: 500 + ((index * 31 + i * 17) % 9_500),
  }));
  const totalCents = lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0);
  const status = STATUSES[index % STATUSES.length]!;
  const baseBytes = 200;
  return {
    pk: customerKey(keyIndex),
    sk: `order#${String(index).padStart(12, '0')}`,
    status,
    totalCents,
    currency: index % 5 === 0 ? 'USD' : 'BRL',
    paid: status !== 'PLACED' && status !== 'CANCELLED',
    note: index % 4 === 0 ? `gift for order ${index}` : null,
    lines,
    shipping: { city: CITIES[index % CITIES.length]!, express: index % 2 === 0 },
    tags: new Set(index % 2 === 0 ? ['web', 'promo'] : ['app']),
    lineQuantities: new Set(lines.map((l) => l.qty)),
    padding: new Uint8Array(Math.max(1, sizeBytes - baseBytes)).fill(index % 251),
    updatedAt: new Date(epochMs).toISOString(),
  };
}
