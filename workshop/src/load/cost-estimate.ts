import { AWS_PRICES, WRU_BYTES } from '../settings/aws-prices.js';

/** What a load run is expected to cost on the write side (on-demand table, US East). */
export interface LoadCostEstimate {
  readonly items: number;
  /** Write request units per item: 1 per started KB. */
  readonly wruPerItem: number;
  readonly writeRequestUnits: number;
  readonly usd: number;
  /** The date the price used took effect, e.g. `2024-11-01`. */
  readonly priceSince: string | undefined;
}

/**
 * Estimates the DynamoDB write cost of writing `items` items of about `itemSizeBytes` each.
 * Stream reads by Lambda are free; the consumer's own Lambda cost is usually within the free tier
 * and is not included. Example: 120,000 items ≤ 1 KB → 120,000 WRU ≈ $0.075.
 */
export function estimateLoadCost(input: { readonly items: number; readonly itemSizeBytes: number }): LoadCostEstimate {
  const price = AWS_PRICES.dynamoWriteRequestUnit;
  const wruPerItem = Math.max(1, Math.ceil(input.itemSizeBytes / WRU_BYTES));
  const writeRequestUnits = input.items * wruPerItem;
  return {
    items: input.items,
    wruPerItem,
    writeRequestUnits,
    usd: (writeRequestUnits * price.usd) / price.per,
    priceSince: price.since,
  };
}
