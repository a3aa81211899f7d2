import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { makeSourceOrder } from '../../runtime/source-order.js';
import type { StreamRecordView } from '../function-runner.js';
import { buildStreamEvent, previousVersion, SIMULATION_EPOCH_MS, streamArn } from './stream-event-builder.js';
import { itemSizeBytes } from '../../runtime/dynamodb-item-size.js';

const view = (over: Partial<StreamRecordView> = {}): StreamRecordView => ({
  sequenceNumber: '000000000000000000042',
  shardId: 'shardId-00000000000000000000-00000000',
  keyIndex: 7,
  index: 42,
  eventName: 'INSERT',
  arrivalMs: 61_999,
  sizeBytes: 300,
  ...over,
});

type Image = Record<string, AttributeValue>;
/** What a handler gets from `unmarshall(image)`; the Lambda typings spell binaries as strings, the SDK's as bytes. */
const unmarshallImage = (image: Image) => unmarshall(image as Parameters<typeof unmarshall>[0]);

/** On AWS `unmarshall` gives binaries back as the base64 text of the JSON payload; decode it to compare. */
function decoded(image: Image) {
  const item = unmarshallImage(image);
  return { ...item, padding: Uint8Array.from(atob(item.padding as string), (c) => c.charCodeAt(0)) };
}

describe('buildStreamEvent — a poison record', () => {
  it('GIVEN record 42 marked poison WHEN a MODIFY is built THEN both images carry totalCents as the text "12,50" and SizeBytes counts the text', () => {
    const [plain] = buildStreamEvent([view({ eventName: 'MODIFY' })]).Records;
    const [poisoned] = buildStreamEvent([view({ eventName: 'MODIFY' })], { poisonRecords: [42] }).Records;
    const change = poisoned!.dynamodb!;
    expect(change.NewImage!['totalCents']).toEqual({ S: '12,50' });
    expect(change.OldImage!['totalCents']).toEqual({ S: '12,50' });
    expect(change.SizeBytes).toBe(itemSizeBytes(change.Keys) + itemSizeBytes(change.NewImage) + itemSizeBytes(change.OldImage));
    expect(plain!.dynamodb!.NewImage!['totalCents']!.N).toMatch(/^\d+$/);
    expect({ ...poisoned, dynamodb: undefined }).toEqual({ ...plain, dynamodb: undefined });
  });

  it('GIVEN record 7 marked poison WHEN record 42 is built THEN it is untouched', () => {
    expect(buildStreamEvent([view()], { poisonRecords: [7] })).toEqual(buildStreamEvent([view()]));
  });
});

describe('buildStreamEvent', () => {
  it('GIVEN an INSERT WHEN built THEN it carries the record metadata a real DynamoDB stream record has', () => {
    const [record] = buildStreamEvent([view()]).Records;
    expect(record).toMatchObject({
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:111122223333:table/workshop-orders/stream/2026-01-01T00:00:00.000',
      dynamodb: { SequenceNumber: '000000000000000000042', StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    const change = record!.dynamodb!;
    expect(change.SizeBytes).toBe(itemSizeBytes(change.Keys) + itemSizeBytes(change.NewImage));
    expect(record!.eventID).toMatch(/^[0-9a-f]{32}$/);
  });

  it('GIVEN arrival at 61.999 s WHEN built THEN ApproximateCreationDateTime is epoch seconds rounded down (61)', () => {
    const [record] = buildStreamEvent([view({ arrivalMs: 61_999 })]).Records;
    expect(record!.dynamodb!.ApproximateCreationDateTime).toBe(SIMULATION_EPOCH_MS / 1000 + 61);
  });

  it('GIVEN an INSERT WHEN its NewImage is unmarshalled THEN it is the source order, every attribute type included', () => {
    const [record] = buildStreamEvent([view()]).Records;
    const image = record!.dynamodb!.NewImage!;
    expect(Object.values(image).flatMap((v) => Object.keys(v)).sort()).toEqual(
      expect.arrayContaining(['B', 'BOOL', 'L', 'M', 'N', 'NS', 'S', 'SS']),
    );
    expect(typeof image.padding!.B).toBe('string');
    expect(record!.dynamodb!.OldImage).toBeUndefined();
    expect(decoded(image)).toEqual(makeSourceOrder(42, 7, 300, SIMULATION_EPOCH_MS + 61_999));
  });

  it('GIVEN an order without a note WHEN built THEN the note is a NULL attribute and unmarshalls to null', () => {
    const [record] = buildStreamEvent([view({ index: 41 })]).Records;
    expect(record!.dynamodb!.NewImage!.note).toEqual({ NULL: true });
    expect(decoded(record!.dynamodb!.NewImage!)).toEqual(makeSourceOrder(41, 7, 300, SIMULATION_EPOCH_MS + 61_999));
  });

  it('GIVEN a MODIFY WHEN built THEN NewImage is the order and OldImage its previous version, same keys', () => {
    const [record] = buildStreamEvent([view({ eventName: 'MODIFY', index: 45 })]).Records;
    const order = makeSourceOrder(45, 7, 300, SIMULATION_EPOCH_MS + 61_999);
    expect(decoded(record!.dynamodb!.NewImage!)).toEqual(order);
    expect(decoded(record!.dynamodb!.OldImage!)).toEqual(previousVersion(order, SIMULATION_EPOCH_MS + 61_999, 300));
    expect(unmarshallImage(record!.dynamodb!.Keys!)).toEqual({ pk: 'customer#00007', sk: 'order#000000000045' });
  });

  it('GIVEN a REMOVE WHEN built THEN only OldImage is present and it is the deleted order', () => {
    const [record] = buildStreamEvent([view({ eventName: 'REMOVE' })]).Records;
    expect(record!.dynamodb!.NewImage).toBeUndefined();
    expect(decoded(record!.dynamodb!.OldImage!)).toEqual(makeSourceOrder(42, 7, 300, SIMULATION_EPOCH_MS + 61_999));
  });

  it('GIVEN the same batch twice WHEN built THEN the events are identical; another seed changes only the eventIDs', () => {
    const batch = [view(), view({ sequenceNumber: '000000000000000000043', index: 43 })];
    expect(JSON.stringify(buildStreamEvent(batch))).toBe(JSON.stringify(buildStreamEvent(batch)));
    const a = buildStreamEvent(batch, { seed: 1 }).Records;
    const b = buildStreamEvent(batch, { seed: 2 }).Records;
    expect(a[0]!.eventID).not.toBe(b[0]!.eventID);
    expect(a[0]!.eventID).not.toBe(a[1]!.eventID);
    expect(a[0]!.dynamodb).toEqual(b[0]!.dynamodb);
  });

  it('GIVEN a record WHEN serialized or changed THEN its fields are plain properties, in Lambda order', () => {
    const [record] = buildStreamEvent([view({ eventName: 'MODIFY' })]).Records;
    expect(Object.keys(record!)).toEqual(['eventID', 'eventName', 'eventVersion', 'eventSource', 'awsRegion', 'eventSourceARN', 'dynamodb']);
    expect(Object.keys(JSON.parse(JSON.stringify(record!.dynamodb)))).toEqual([
      'ApproximateCreationDateTime', 'Keys', 'NewImage', 'OldImage', 'SequenceNumber', 'SizeBytes', 'StreamViewType',
    ]);
    record!.dynamodb!.NewImage = { pk: { S: 'replaced' } };
    expect(record!.dynamodb!.NewImage).toEqual({ pk: { S: 'replaced' } });
  });

  it('GIVEN a 400 KB item WHEN built THEN the image weighs exactly 409,600 bytes and its binary survives base64 without overflowing the stack', () => {
    const [record] = buildStreamEvent([view({ sizeBytes: 409_600 })]).Records;
    const image = record!.dynamodb!.NewImage!;
    expect(itemSizeBytes(image)).toBe(409_600);
    expect(decoded(image).padding.length).toBe(409_600 - (itemSizeBytes(image) - itemSizeBytes({ padding: image['padding']! }) + 7));
  });

  it('GIVEN another region and table WHEN the ARN is built THEN it names them', () => {
    expect(streamArn({ region: 'sa-east-1', tableName: 'orders', accountId: '123456789012' })).toBe(
      'arn:aws:dynamodb:sa-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000',
    );
  });
});
