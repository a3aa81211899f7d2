import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { toResult as kitToResult } from '../runtime/order-result.js';
import { makeSourceOrder } from '../runtime/source-order.js';
import { RESULT_ROW_MAX_BYTES, estimateLoadCost } from './cost-estimate.js';
import { dynamoItemBytes } from '../load/item-size.js';

describe('estimateLoadCost', () => {
  it('GIVEN the facts sheet example (200 writes/s for 10 min, ≤ 1 KB) WHEN estimated THEN 120,000 source WRU ≈ $0.075 plus 120,000 results WRU ≈ $0.075: $0.15', () => {
    const estimate = estimateLoadCost({ items: 200 * 600, itemSizeBytes: 1_024 });
    expect(estimate.writeRequestUnits).toBe(120_000);
    expect(estimate.resultWriteRequestUnits).toBe(120_000);
    expect(estimate.sourceUsd).toBeCloseTo(0.075, 10);
    expect(estimate.resultsUsd).toBeCloseTo(0.075, 10);
    expect(estimate.usd).toBeCloseTo(0.15, 10);
    expect(estimate.priceSince).toBe('2024-11-01');
  });

  it('GIVEN the labs\' load (120,000 items of 322 bytes) WHEN estimated THEN PITR on both tables costs about $0.0004 per day ($0.20 per GB-month, 730 h a month)', () => {
    const estimate = estimateLoadCost({ items: 120_000, itemSizeBytes: 322 });
    // (120,000 × (322 + 300) bytes) / 1024³ GB × $0.20 × 24 / 730
    expect(estimate.pitrUsdPerDay).toBeCloseTo(((120_000 * 622) / 1024 ** 3) * 0.2 * (24 / 730), 12);
    expect(estimate.pitrUsdPerDay).toBeLessThan(0.001);
  });

  it.each([
    [1, 1],
    [1_024, 1],
    [1_025, 2],
    [409_600, 400],
  ])('GIVEN items of %d bytes WHEN estimated THEN each uses %d WRU (1 per started KB), and each results row still 1', (bytes, wru) => {
    const estimate = estimateLoadCost({ items: 10, itemSizeBytes: bytes });
    expect(estimate.wruPerItem).toBe(wru);
    expect(estimate.resultWriteRequestUnits).toBe(10);
  });

  it('GIVEN zero items WHEN estimated THEN it costs nothing', () => {
    expect(estimateLoadCost({ items: 0, itemSizeBytes: 200 }).usd).toBe(0);
  });
});

describe('RESULT_ROW_MAX_BYTES (real solution handlers, no AWS)', () => {
  it.each([200, 1_000, 409_600])('GIVEN source orders of %d bytes WHEN the solutions turn them into results rows THEN every row fits RESULT_ROW_MAX_BYTES (so 1 WRU)', (size) => {
    let largest = 0;
    for (let index = 0; index < 60; index += 1) {
      const image = marshall(makeSourceOrder(index, index % 1_000, size, 0));
      const record = {
        eventID: 'e', eventName: 'MODIFY',
        dynamodb: { Keys: { pk: image.pk, sk: image.sk }, NewImage: image, OldImage: image, SequenceNumber: '8'.repeat(40), ApproximateCreationDateTime: 1_764_600_000 },
      } as unknown as DynamoDBRecord;
      for (const toResult of [kitToResult]) { // lab 01's answer; labs 02+ use it through workshop/src/lambda.ts
        largest = Math.max(largest, dynamoItemBytes(marshall(toResult(record), { removeUndefinedValues: true })));
      }
    }
    expect(largest).toBeGreaterThan(100);
    expect(largest).toBeLessThanOrEqual(RESULT_ROW_MAX_BYTES);
  });
});
