import { describe, expect, it } from 'vitest';
import { itemSizeBytes, utf8Bytes } from './dynamodb-item-size.js';

describe('itemSizeBytes (DynamoDB item size, aws-facts §G)', () => {
  it("GIVEN AWS's stream example WHEN sized THEN Keys {Id: N 101} is 5 and the NewImage 21, so SizeBytes is 26", () => {
    const keys = { Id: { N: '101' } };
    const newImage = { Message: { S: 'New item!' }, Id: { N: '101' } };
    expect(itemSizeBytes(keys)).toBe(5);
    expect(itemSizeBytes(newImage)).toBe(21);
  });

  it('GIVEN numbers WHEN sized THEN 1 byte + 1 per pair of significant digits aligned on the decimal point (+1 if negative), as dynalite counts', () => {
    const size = (n: string) => itemSizeBytes({ n: { N: n } }) - 1;
    expect([size('7'), size('12'), size('120'), size('123'), size('1500'), size('12000'), size('-0.0050'), size('100.5'), size('1.5e3'), size('0')])
      .toEqual([2, 2, 3, 3, 2, 3, 3, 4, 2, 1]);
  });

  it('GIVEN strings, binaries, booleans and null WHEN sized THEN UTF-8 bytes, raw bytes (not base64), 1 and 1', () => {
    expect(itemSizeBytes({ city: { S: 'São Paulo' } })).toBe(4 + 10);
    expect(itemSizeBytes({ b: { B: btoa('\u0001\u0002\u0003\u0004') } })).toBe(1 + 4);
    expect(itemSizeBytes({ b: { B: btoa('\u0001\u0002') } })).toBe(1 + 2);
    expect(itemSizeBytes({ ok: { BOOL: false }, no: { NULL: true } })).toBe(3 + 3);
    expect(utf8Bytes('😀a')).toBe(5);
  });

  it('GIVEN sets, a list and a map WHEN sized THEN sets sum their members; lists and maps add 3 + 1 per element', () => {
    expect(itemSizeBytes({ t: { SS: ['web', 'promo'] }, q: { NS: ['1', '22'] } })).toBe(1 + 8 + 1 + 4);
    expect(itemSizeBytes({ l: { L: [{ S: 'ab' }, { N: '1' }] } })).toBe(1 + 3 + (1 + 2) + (1 + 2));
    expect(itemSizeBytes({ m: { M: { city: { S: 'Recife' }, express: { BOOL: true } } } })).toBe(1 + 3 + (1 + 4 + 6) + (1 + 7 + 1));
    expect(itemSizeBytes({ e: { L: [] } })).toBe(1 + 3);
  });
});
