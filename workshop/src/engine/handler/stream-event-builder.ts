import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import { makeSourceOrder, type SourceOrder } from '../../runtime/source-order.js';
import type { StreamRecordView } from '../function-runner.js';

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
}

/** The stream ARN, shaped like a real one: `arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>`. */
export function streamArn(context: StreamEventContext = {}): string {
  const label = new Date(context.epochMs ?? SIMULATION_EPOCH_MS).toISOString().replace(/Z$/, '');
  return `arn:aws:dynamodb:${context.region ?? 'us-east-1'}:${context.accountId ?? '111122223333'}:table/${context.tableName ?? 'workshop-orders'}/stream/${label}`;
}

/**
 * Turns the engine's view of a batch into the event Lambda would deliver: a real `DynamoDBStreamEvent`,
 * with images as they arrive in the JSON payload (numbers as `N` strings, binaries as base64 `B` strings),
 * so `unmarshall` in the handler sees exactly what it sees on AWS. The same batch always gives the same event.
 */
export function buildStreamEvent(batch: readonly StreamRecordView[], context: StreamEventContext = {}): DynamoDBStreamEvent {
  const epochMs = context.epochMs ?? SIMULATION_EPOCH_MS;
  const region = context.region ?? 'us-east-1';
  const arn = streamArn(context);
  return { Records: batch.map((view) => buildRecord(view, epochMs, region, arn, context.seed ?? 0)) };
}

function buildRecord(view: StreamRecordView, epochMs: number, region: string, arn: string, seed: number): DynamoDBRecord {
  const writtenAtMs = epochMs + view.arrivalMs;
  const order = makeSourceOrder(view.index, view.keyIndex, view.sizeBytes, writtenAtMs);
  const change: StreamRecord = {
    ApproximateCreationDateTime: Math.floor(writtenAtMs / 1000),
    Keys: toImage({ pk: order.pk, sk: order.sk }),
  };
  // Images (and the eventID) are made on first read: a handler that only needs Keys does not pay for them.
  if (view.eventName !== 'REMOVE') lazy(change, 'NewImage', () => toImage(order));
  if (view.eventName !== 'INSERT') lazy(change, 'OldImage', () => toImage(view.eventName === 'MODIFY' ? previousVersion(order, writtenAtMs) : order));
  change.SequenceNumber = view.sequenceNumber;
  change.SizeBytes = view.sizeBytes;
  change.StreamViewType = 'NEW_AND_OLD_IMAGES';
  const record: DynamoDBRecord = {};
  lazy(record, 'eventID', () => eventId(seed, view.shardId, view.sequenceNumber));
  return Object.assign(record, {
    eventName: view.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: arn,
    dynamodb: change,
  });
}

/** An ordinary enumerable, writable property (JSON, spread and equality see it) whose value is made on first read. */
function lazy<T extends object, K extends keyof T>(target: T, name: K, make: () => T[K]): void {
  let value: T[K] | undefined;
  let made = false;
  Object.defineProperty(target, name, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
    set: (replacement: T[K]) => {
      value = replacement;
      made = true;
    },
  });
}

const PREVIOUS_STATUS: Readonly<Record<SourceOrder['status'], SourceOrder['status']>> = {
  PLACED: 'PLACED',
  PAID: 'PLACED',
  SHIPPED: 'PAID',
  CANCELLED: 'PLACED',
};

/** What the item looked like before a MODIFY: one step earlier in its life, one minute earlier. */
export function previousVersion(order: SourceOrder, writtenAtMs: number): SourceOrder {
  const status = PREVIOUS_STATUS[order.status];
  return { ...order, status, paid: status === 'PAID' || status === 'SHIPPED', updatedAt: new Date(writtenAtMs - 60_000).toISOString() };
}

/** The SDK's AttributeValue as `marshall` returns it, loosely: binaries are bytes (its type lives in a client package). */
interface SdkAttributeValue {
  B?: Uint8Array | string;
  BS?: (Uint8Array | string)[];
  L?: SdkAttributeValue[];
  M?: Record<string, SdkAttributeValue>;
}

function toImage(item: object): Record<string, AttributeValue> {
  const image: Record<string, SdkAttributeValue> = marshall(item as Record<string, unknown>, { removeUndefinedValues: true });
  for (const name in image) toDelivered(image[name]!);
  return image as Record<string, AttributeValue>;
}

/**
 * Rewrites `marshall`'s output in place into the JSON form Lambda delivers: binaries (`Uint8Array`) become
 * base64 strings, inside lists and maps too; everything else is already what the event carries.
 */
function toDelivered(value: SdkAttributeValue): void {
  if (value.B instanceof Uint8Array) value.B = toBase64(value.B);
  else if (value.BS !== undefined) value.BS = value.BS.map((b) => (b instanceof Uint8Array ? toBase64(b) : b));
  else if (value.L !== undefined) value.L.forEach(toDelivered);
  else if (value.M !== undefined) for (const name in value.M) toDelivered(value.M[name]!);
}

/** Base64 without Node's Buffer (this module also runs in browsers); chunked so big items do not overflow the stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A 32-hex-digit id, like real stream eventIDs, derived from (seed, shard, sequence number). */
function eventId(seed: number, shardId: string, sequenceNumber: string): string {
  const text = `${shardId}|${sequenceNumber}`;
  let hash = (0x811c9dc5 ^ seed) >>> 0; // FNV-1a over the text, then four finalizer rounds for 128 bits
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
