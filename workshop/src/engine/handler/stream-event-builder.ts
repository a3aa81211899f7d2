import type { DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import { isPaidStatus, orderFieldBytes, paddingByteOf, paddingLengthFor, POISON_TOTAL, type SourceOrder } from '../../runtime/source-order.js';
import { itemSizeBytes } from '../../runtime/dynamodb-item-size.js';
import type { StreamRecordView } from '../function-runner.js';
import type { StreamViewType } from '../scenario.js';
import {
  orderKeysBytes, orderKeysImage, paddingBase64, PREVIOUS_STATUS, previousOrderImage, previousOrderImageBytes, sourceOrderImage, sourceOrderImageBytes,
} from './source-order-image.js';

/** Virtual time 0 of every simulation, as a wall-clock instant: 2026-01-01T00:00:00Z. */
export const SIMULATION_EPOCH_MS = Date.UTC(2026, 0, 1);

/** Where the simulated stream lives; only shapes the ARN and the record metadata. */
export interface StreamEventContext {
  /** Wall-clock instant of virtual time 0. @default SIMULATION_EPOCH_MS */
  readonly epochMs?: number;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '111122223333' (the account id AWS uses in its examples) */
  readonly accountId?: string;
  /** @default 'workshop-orders' */
  readonly tableName?: string;
  /** Mixed into each `eventID`, so two seeds give two sets of ids. @default 0 */
  readonly seed?: number;
  /** The table's stream setting: which images each record carries. @default 'NEW_AND_OLD_IMAGES' */
  readonly streamViewType?: StreamViewType;
  /** Record numbers (`StreamRecordView.index`) written malformed: their amount is text (`LoadSpec.poisonRecords`). */
  readonly poisonRecords?: readonly number[];
}

/** The stream ARN, shaped like a real one: `arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>`. */
export function streamArn(context: StreamEventContext = {}): string {
  const label = new Date(context.epochMs ?? SIMULATION_EPOCH_MS).toISOString().replace(/Z$/, '');
  return `arn:aws:dynamodb:${context.region ?? 'us-east-1'}:${context.accountId ?? '111122223333'}:table/${context.tableName ?? 'workshop-orders'}/stream/${label}`;
}

/** The workshop's source table streams both images (see infra/consumer-pipeline.ts). */
export const DEFAULT_STREAM_VIEW_TYPE: StreamViewType = 'NEW_AND_OLD_IMAGES';

/**
 * Turns the engine's view of a batch into the event Lambda would deliver: a real `DynamoDBStreamEvent`,
 * with images as they arrive in the JSON payload (numbers as `N` strings, binaries as base64 `B` strings),
 * so `unmarshall` in the handler sees exactly what it sees on AWS. The same batch always gives the same event.
 */
export function buildStreamEvent(batch: readonly StreamRecordView[], context: StreamEventContext = {}): DynamoDBStreamEvent {
  return createStreamEventBuilder(context)(batch);
}

/**
 * `buildStreamEvent` for one stream, with what every event shares (ARN, region, view type) worked out once.
 * Records are plain objects made in full (no getters), fields in the order Lambda sends them; images follow
 * the view type: NEW_IMAGE has no OldImage, OLD_IMAGE no NewImage, KEYS_ONLY neither; `SizeBytes` is the
 * item size of Keys + the images present (aws-facts §G, `runtime/dynamodb-item-size.ts`).
 */
export function createStreamEventBuilder(context: StreamEventContext = {}): (batch: readonly StreamRecordView[]) => DynamoDBStreamEvent {
  const epochMs = context.epochMs ?? SIMULATION_EPOCH_MS;
  const awsRegion = context.region ?? 'us-east-1';
  const eventSourceARN = streamArn(context);
  const seed = context.seed ?? 0;
  const viewType = context.streamViewType ?? DEFAULT_STREAM_VIEW_TYPE;
  const shardHashes = new Map<string, number>();
  const shardHash = (shardId: string): number => {
    let hash = shardHashes.get(shardId);
    if (hash === undefined) shardHashes.set(shardId, (hash = fnv1a((0x811c9dc5 ^ seed) >>> 0, `${shardId}|`)));
    return hash;
  };
  const poisoned = new Set(context.poisonRecords ?? []);
  const withNew = viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES';
  const withOld = viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES';

  const buildRecord = (view: StreamRecordView): DynamoDBRecord => {
    const writtenAtMs = epochMs + view.arrivalMs;
    const { index, keyIndex, sizeBytes, eventName } = view;
    const change: StreamRecord = { ApproximateCreationDateTime: Math.floor(writtenAtMs / 1000), Keys: orderKeysImage(index, keyIndex) };
    let size = orderKeysBytes(index, keyIndex);
    if (withNew && eventName !== 'REMOVE') {
      change.NewImage = sourceOrderImage(index, keyIndex, sizeBytes, writtenAtMs);
      size += sourceOrderImageBytes(index, keyIndex, sizeBytes, writtenAtMs);
    }
    if (withOld && eventName === 'MODIFY') {
      change.OldImage = previousOrderImage(index, keyIndex, sizeBytes, writtenAtMs);
      size += previousOrderImageBytes(index, keyIndex, sizeBytes, writtenAtMs);
    } else if (withOld && eventName === 'REMOVE') {
      change.OldImage = sourceOrderImage(index, keyIndex, sizeBytes, writtenAtMs);
      size += sourceOrderImageBytes(index, keyIndex, sizeBytes, writtenAtMs);
    }
    if (poisoned.has(index)) size = poison(change, paddingByteOf(index));
    change.SequenceNumber = view.sequenceNumber;
    change.SizeBytes = size;
    change.StreamViewType = viewType;
    return {
      eventID: eventId(shardHash(view.shardId), view.sequenceNumber),
      eventName,
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion,
      eventSourceARN,
      dynamodb: change,
    };
  };

  return (batch) => {
    const Records = new Array<DynamoDBRecord>(batch.length);
    for (let i = 0; i < batch.length; i++) Records[i] = buildRecord(batch[i]!);
    return { Records };
  };
}

/**
 * Turns a record into a poison record: the amount of each image it carries becomes `POISON_TOTAL` text (an
 * `S` where an `N` belongs) and its padding is resized so the image keeps its size, as the load generator
 * writes it on AWS (`poisonOrder`). Returns the record's new `SizeBytes`.
 */
function poison(change: StreamRecord, paddingByte: number): number {
  for (const image of [change.NewImage, change.OldImage]) {
    if (!image) continue;
    const size = itemSizeBytes(image);
    image['totalCents'] = { S: POISON_TOTAL };
    const padding = itemSizeBytes({ padding: image['padding']! }) - 7;
    image['padding'] = { B: paddingBase64(paddingLengthFor(size, itemSizeBytes(image) - padding), paddingByte) };
  }
  return itemSizeBytes(change.Keys) + itemSizeBytes(change.NewImage) + itemSizeBytes(change.OldImage);
}

/**
 * What the item looked like before a MODIFY (as a plain order): one step earlier in its life, one minute earlier,
 * written at the same asked item size `sizeBytes` (its padding resized for the other status's length).
 */
export function previousVersion(order: SourceOrder, writtenAtMs: number, sizeBytes: number): SourceOrder {
  const status = PREVIOUS_STATUS[order.status];
  const previous = { ...order, status, paid: isPaidStatus(status), updatedAt: new Date(writtenAtMs - 60_000).toISOString() };
  const length = paddingLengthFor(sizeBytes, orderFieldBytes(previous));
  return length === order.padding.length ? previous : { ...previous, padding: new Uint8Array(length).fill(order.padding[0] ?? 0) };
}

/** A 32-hex-digit id, like real stream eventIDs: FNV-1a over `shard|sequence` (seeded), then four finalizer rounds. */
function eventId(shardHash: number, sequenceNumber: string): string {
  const hash = fnv1a(shardHash, sequenceNumber);
  return hex8(finalize(hash ^ 1)) + hex8(finalize(hash ^ 2)) + hex8(finalize(hash ^ 3)) + hex8(finalize(hash ^ 4));
}

function fnv1a(start: number, text: string): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function finalize(value: number): number {
  let h = Math.imul(value, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two lowercase hex digits per byte value (`toString(16)` is several times slower). */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex8(value: number): string {
  return HEX[value >>> 24]! + HEX[(value >>> 16) & 0xff]! + HEX[(value >>> 8) & 0xff]! + HEX[value & 0xff]!;
}
