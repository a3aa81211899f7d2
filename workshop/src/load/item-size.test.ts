import { describe, expect, it } from 'vitest';
import { dynamoItemBytes, largestSourceOrderBytes } from './item-size.js';

describe('dynamoItemBytes', () => {
  it('GIVEN names, a string, a number, a boolean and null WHEN sized THEN names + values are counted', () => {
    // "pk"(2) + "customer#1"(10) + "n"(1) + 12345 (3 digits pairs → 3+1=4) + "ok"(2) + 1 + "x"(1) + 1
    expect(dynamoItemBytes({ pk: { S: 'customer#1' }, n: { N: '12345' }, ok: { BOOL: true }, x: { NULL: true } })).toBe(22);
  });

  it('GIVEN a map holding a list WHEN sized THEN each container adds 3 bytes plus 1 per element', () => {
    // "m"(1) + map: 3 + [1 + "l"(1) + list: 3 + (1 + "ab"(2))]
    expect(dynamoItemBytes({ m: { M: { l: { L: [{ S: 'ab' }] } } } })).toBe(12);
  });

  it('GIVEN multi-byte text WHEN sized THEN UTF-8 bytes are counted, not characters', () => {
    expect(dynamoItemBytes({ c: { S: 'São' } })).toBe(1 + 4);
  });
});

describe('largestSourceOrderBytes', () => {
  it('GIVEN 1,024 or 1,025 bytes requested WHEN measured THEN the items weigh exactly that (1 and 2 WRU; they used to be up to 122 bytes over)', () => {
    expect(largestSourceOrderBytes(1_024, 100)).toBe(1_024);
    expect(largestSourceOrderBytes(1_025, 100)).toBe(1_025);
  });

  it('GIVEN numbers with even digit pairs WHEN sized THEN pairs are aligned on the decimal point, as dynalite (DynamoDB) counts', () => {
    expect(dynamoItemBytes({ n: { N: '120' } })).toBe(1 + 3);
    expect(dynamoItemBytes({ n: { N: '1500' } })).toBe(1 + 2);
  });
});
