import { AWS_PRICES, HOURS_PER_MONTH, WRU_BYTES } from './aws-prices.js';

/**
 * `--max-cost`'s default for `load` and `run --target aws`, in US dollars: above a lab's ordinary run
 * (200 writes/s for 10 minutes, ≈ $0.15 with the consumer's results rows) and far below a typo's.
 */
export const DEFAULT_MAX_COST = '0.25';

/**
 * The most a lab consumer's results row takes (every lab's `toResult` keeps a fixed set of small attributes
 * and turns the order's padding into a byte count), so each row is 1 WRU whatever the source item's size.
 * A test measures the solutions' real rows against it.
 */
export const RESULT_ROW_MAX_BYTES = 300;

/**
 * What a lab run is expected to cost on DynamoDB (on-demand tables, US East): the load's writes to the
 * source table, plus the rows the lab's consumer writes to the results table — one per stream record at
 * most (lab 04's handler keeps only each order's newest change of a batch, so it writes fewer; a retried
 * batch writes its rows again). Both tables have point-in-time recovery on, billed by size per day kept.
 */
export interface LoadCostEstimate {
  readonly items: number;
  /** Write request units per source item: 1 per started KB. */
  readonly wruPerItem: number;
  /** WRU on the source table. */
  readonly writeRequestUnits: number;
  /** WRU on the results table: one 1-WRU row per record. */
  readonly resultWriteRequestUnits: number;
  /** Source and results writes together, in US dollars: what `--max-cost` is compared with. */
  readonly usd: number;
  readonly sourceUsd: number;
  readonly resultsUsd: number;
  /** PITR on both tables for each day the stack keeps this data (small; not part of `usd`). */
  readonly pitrUsdPerDay: number;
  /** The date the write price used took effect, e.g. `2024-11-01`. */
  readonly priceSince: string | undefined;
}

/**
 * Estimates the DynamoDB cost of writing `items` items of about `itemSizeBytes` each to a lab's source table
 * and of the consumer writing their results. Stream reads by Lambda are free; the consumer's Lambda cost is
 * usually within the free tier and is not included. Example: 120,000 items ≤ 1 KB → 120,000 + 120,000 WRU
 * ≈ $0.075 + $0.075 = $0.15.
 */
export function estimateLoadCost(input: { readonly items: number; readonly itemSizeBytes: number }): LoadCostEstimate {
  const price = AWS_PRICES.dynamoWriteRequestUnit;
  const wruPerItem = Math.max(1, Math.ceil(input.itemSizeBytes / WRU_BYTES));
  const writeRequestUnits = input.items * wruPerItem;
  const resultWriteRequestUnits = input.items * Math.ceil(RESULT_ROW_MAX_BYTES / WRU_BYTES);
  const sourceUsd = (writeRequestUnits * price.usd) / price.per;
  const resultsUsd = (resultWriteRequestUnits * price.usd) / price.per;
  const storedGb = (input.items * (input.itemSizeBytes + RESULT_ROW_MAX_BYTES)) / 1024 ** 3;
  const pitr = AWS_PRICES.dynamoPitrGbMonth;
  return {
    items: input.items,
    wruPerItem,
    writeRequestUnits,
    resultWriteRequestUnits,
    usd: sourceUsd + resultsUsd,
    sourceUsd,
    resultsUsd,
    pitrUsdPerDay: (storedGb * pitr.usd * 24) / HOURS_PER_MONTH,
    priceSince: price.since,
  };
}
