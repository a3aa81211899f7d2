import { describe, expect, it } from 'vitest';
import type { StreamRecordView } from '../function-runner.js';
import type { StreamViewType } from '../scenario.js';
import { buildStreamEvent } from './stream-event-builder.js';
import { itemSizeBytes } from '../../runtime/dynamodb-item-size.js';

// aws-facts §G: SizeBytes = DynamoDB item size of Keys + NewImage (if present) + OldImage (if present).
const view = (eventName: StreamRecordView['eventName'], index = 45): StreamRecordView => ({
  sequenceNumber: '000000000000000000045', shardId: 'shardId-00000000000000000000-00000000', keyIndex: 7, index, eventName, arrivalMs: 61_999, sizeBytes: 400,
});
const sizeOf = (viewType: StreamViewType, eventName: StreamRecordView['eventName'], poisoned = false) =>
  buildStreamEvent([view(eventName)], { streamViewType: viewType, poisonRecords: poisoned ? [45] : [] }).Records[0]!.dynamodb!.SizeBytes;

describe('SizeBytes — the item size of Keys + the images the view type carries (aws-facts §G)', () => {
  it("GIVEN AWS's stream example (Keys {Id: N 101}, NewImage {Message: S 'New item!', Id: N 101}) WHEN sized by the builder's rule THEN 5 + 21 = 26", () => {
    const keys = { Id: { N: '101' } };
    expect(itemSizeBytes(keys) + itemSizeBytes({ Message: { S: 'New item!' }, ...keys })).toBe(26);
  });

  it('GIVEN 400-byte orders and keys of 36 bytes (pk customer#00007, sk order#000000000045) WHEN built under each view type THEN Keys + 400 per image present', () => {
    const keys = 2 + 'customer#00007'.length + 2 + 'order#000000000045'.length;
    expect(keys).toBe(36);
    const table = (['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'] as const).map((type) => [type, sizeOf(type, 'INSERT'), sizeOf(type, 'MODIFY'), sizeOf(type, 'REMOVE')]);
    expect(table).toEqual([
      ['KEYS_ONLY', 36, 36, 36],
      ['NEW_IMAGE', 436, 436, 36],
      ['OLD_IMAGE', 36, 436, 436],
      ['NEW_AND_OLD_IMAGES', 436, 836, 436],
    ]);
  });

  it('GIVEN the same MODIFY poisoned (its amount as the text "12,50") WHEN built THEN the size is unchanged: the padding absorbs the text', () => {
    expect(sizeOf('NEW_AND_OLD_IMAGES', 'MODIFY', true)).toBe(836);
    const record = buildStreamEvent([view('MODIFY')], { poisonRecords: [45] }).Records[0]!.dynamodb!;
    expect(itemSizeBytes(record.NewImage)).toBe(400);
    expect(itemSizeBytes(record.OldImage)).toBe(400);
  });
});
