import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { dynamoItemBytes } from '../load/item-size.js';
import { AWS_FACTS } from '../settings/aws-limits.js';
import { makeSourceOrder, orderFieldBytes, poisonOrder, SOURCE_ORDER_MIN_BYTES } from './source-order.js';

/** Orders of every shape: the first 1,200 numbers (all cycles of status, lines, note, city…), and wide keys and numbers. */
const SAMPLE: readonly (readonly [index: number, keyIndex: number])[] = [
  ...Array.from({ length: 1_200 }, (_, i) => [i, i % 1_000] as const),
  [27_000_000, 99_999], [60_480_000_000, 999_999], [999_999_999_996, 999_999], [12_345_678_903, 100_000],
];
const sizeOf = (item: object) => dynamoItemBytes(marshall(item));

describe('makeSourceOrder — the item weighs exactly the size asked (DynamoDB item size, aws-facts §G)', () => {
  it.each([SOURCE_ORDER_MIN_BYTES, 400, 1_024, 4_096, AWS_FACTS.itemMaxBytes])('GIVEN %d bytes asked WHEN every shape of order is made THEN each item is exactly that size', (asked) => {
    for (const [index, keyIndex] of SAMPLE) {
      const order = makeSourceOrder(index, keyIndex, asked, Date.UTC(2026, 0, 1) + index);
      expect(sizeOf(order)).toBe(asked);
      expect(sizeOf(poisonOrder(order))).toBe(asked); // the amount as text, the padding 1–3 bytes shorter
    }
  });

  it('GIVEN 400 KB asked WHEN made THEN the item is at DynamoDB\'s limit, not above it (it used to be up to 122 bytes over)', () => {
    const largest = Math.max(...SAMPLE.map(([index, keyIndex]) => sizeOf(makeSourceOrder(index, keyIndex, 409_600, 0))));
    expect(largest).toBe(409_600);
  });

  it('GIVEN any order WHEN its fields are sized THEN they stay below SOURCE_ORDER_MIN_BYTES, which the widest order reaches', () => {
    expect(SOURCE_ORDER_MIN_BYTES).toBe(337);
    let widest = 0;
    for (const [index, keyIndex] of SAMPLE) widest = Math.max(widest, orderFieldBytes(poisonOrder(makeSourceOrder(index, keyIndex, 1, 0))));
    expect(widest).toBeLessThan(SOURCE_ORDER_MIN_BYTES);
    expect(widest).toBeGreaterThan(SOURCE_ORDER_MIN_BYTES - 15); // the bound is each field at its widest at once
  });

  it('GIVEN a size below what the order itself takes WHEN made THEN 1 padding byte and the natural size (validation refuses such sizes)', () => {
    const order = makeSourceOrder(7, 7, 1, 0);
    expect(order.padding.length).toBe(1);
    expect(sizeOf(order)).toBe(orderFieldBytes(order) + 1);
  });
});
