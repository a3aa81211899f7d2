import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { makeSourceOrder } from '../../runtime/source-order.js';
import type { StreamRecordView } from '../function-runner.js';
import { STREAM_VIEW_TYPES, type StreamViewType } from '../scenario.js';
import { buildStreamEvent, previousVersion, SIMULATION_EPOCH_MS, streamArn } from './stream-event-builder.js';
import { itemSizeBytes } from '../../runtime/dynamodb-item-size.js';

// The reference: the first edition's builder (generic `marshall` of the plain order, then every binary to base64).
// The direct builder must give the very same records — same values, same key order — for every shape.
type Image = Record<string, AttributeValue>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function delivered(value: Record<string, unknown>): void {
  if (value.B instanceof Uint8Array) value.B = toBase64(value.B);
  else if (Array.isArray(value.L)) value.L.forEach(delivered);
  else if (value.M) for (const name in value.M) delivered((value.M as Record<string, Record<string, unknown>>)[name]!);
}

function referenceImage(item: object): Image {
  const image = marshall(item as Record<string, unknown>, { removeUndefinedValues: true }) as unknown as Record<string, Record<string, unknown>>;
  for (const name in image) delivered(image[name]!);
  return image as Image;
}

function referenceRecord(view: StreamRecordView, eventID: string, viewType: StreamViewType): DynamoDBRecord {
  const writtenAtMs = SIMULATION_EPOCH_MS + view.arrivalMs;
  const order = makeSourceOrder(view.index, view.keyIndex, view.sizeBytes, writtenAtMs);
  const withNew = viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES';
  const withOld = viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES';
  const keys = referenceImage({ pk: order.pk, sk: order.sk });
  const newImage = withNew && view.eventName !== 'REMOVE' ? referenceImage(order) : undefined;
  const oldImage = withOld && view.eventName !== 'INSERT' ? referenceImage(view.eventName === 'MODIFY' ? previousVersion(order, writtenAtMs, view.sizeBytes) : order) : undefined;
  return {
    eventID,
    eventName: view.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    eventSourceARN: streamArn(),
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(writtenAtMs / 1000),
      Keys: keys,
      ...(newImage ? { NewImage: newImage } : {}),
      ...(oldImage ? { OldImage: oldImage } : {}),
      SequenceNumber: view.sequenceNumber,
      SizeBytes: itemSizeBytes(keys) + itemSizeBytes(newImage) + itemSizeBytes(oldImage),
      StreamViewType: viewType,
    },
  };
}

/** The first edition's eventID: FNV-1a over `shard|sequence`, seeded, then four finalizer rounds. */
function referenceEventId(seed: number, shardId: string, sequenceNumber: string): string {
  const text = `${shardId}|${sequenceNumber}`;
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  let out = '';
  for (let word = 1; word <= 4; word++) {
    let h = Math.imul(hash ^ word, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    out += ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const EVENT_NAMES = ['INSERT', 'MODIFY', 'REMOVE'] as const;
// 1 → padding of 1 byte; 201–203 → every base64 tail (0, 1, 2 bytes left over); 8,193 → past the padding cache.
const SIZES = [1, 200, 201, 202, 203, 300, 800, 8_193];

function views(sizeBytes: number): StreamRecordView[] {
  // 120 orders: the order's fields cycle every 60 (lines 3, status 4, currency 5, cities 6), twice over.
  return Array.from({ length: 120 }, (_, i) => ({
    sequenceNumber: String(1_000 + i).padStart(21, '0'),
    shardId: 'shardId-00000001700000000000-00000000',
    keyIndex: (i * 37) % 1_000,
    index: i * 3 + 1,
    eventName: EVENT_NAMES[i % 3]!,
    arrivalMs: 61_999 + i * 1_234.5,
    sizeBytes,
  }));
}

describe('the direct event builder against the marshall-based reference', () => {
  for (const viewType of STREAM_VIEW_TYPES) {
    it(`GIVEN ${viewType}, every event name and item sizes 1 B–8 KB WHEN built THEN each record deep-equals the reference, in the same key order`, () => {
      for (const size of SIZES) {
        const batch = views(size);
        const built = buildStreamEvent(batch, { seed: 7, streamViewType: viewType }).Records;
        const expected = batch.map((view) => referenceRecord(view, referenceEventId(7, view.shardId, view.sequenceNumber), viewType));
        expect(built).toEqual(expected);
        expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
      }
    });
  }

  it('GIVEN a 400 KB item WHEN built THEN its padding is the reference base64 text (no stack overflow, no cache)', () => {
    const [view] = views(409_600);
    const [record] = buildStreamEvent([view!]).Records;
    expect(record).toEqual(referenceRecord(view!, record!.eventID!, 'NEW_AND_OLD_IMAGES'));
  });

  it('GIVEN a handler that changes its event WHEN the next event is built THEN it is untouched (no shared objects)', () => {
    const batch = views(300).slice(0, 3);
    const first = buildStreamEvent(batch).Records;
    first[0]!.dynamodb!.NewImage!.lines!.L!.push({ S: 'changed' });
    first[0]!.dynamodb!.NewImage!.tags!.SS!.push('changed');
    const second = buildStreamEvent(batch).Records;
    expect(second[0]).toEqual(referenceRecord(batch[0]!, second[0]!.eventID!, 'NEW_AND_OLD_IMAGES'));
  });
});
