import type { StreamRecordView } from '../function-runner.js';
import { sequenceNumberOf, shardIdOf } from '../lane-stream.js';
import { createStreamEventBuilder, type StreamEventContext } from './stream-event-builder.js';
import { utf8Bytes } from '../../runtime/dynamodb-item-size.js';

/** The largest stream record a run's load writes, measured on records the event builder makes. */
export interface RecordSizes {
  /** Largest `SizeBytes` (item size of Keys + the images the view type carries, aws-facts §G). */
  readonly maxSizeBytes: number;
  /** Largest record as UTF-8 JSON in the invocation payload (type wrappers, base64 padding, metadata). */
  readonly maxJsonBytes: number;
}

/** `{"Records":[` + `]}`: the bytes of the event around its records (one comma between two records). */
export const EVENT_ENVELOPE_BYTES = '{"Records":[]}'.length;

/** Orders cycle through every shape they take (status, lines, note, currency, city, tags) in 60 numbers. */
const SHAPES = 60;
const EVENT_NAMES: readonly StreamRecordView['eventName'][] = ['INSERT', 'MODIFY', 'REMOVE'];

/**
 * Builds each shape of record the load writes (60 orders × INSERT, MODIFY, REMOVE, under the run's view type,
 * with the widest partition key of `keys` and a late timestamp) and measures the largest: its `SizeBytes` and
 * its JSON. Engine's assumption: these bound every record of the run (a poison record's amount as text and a
 * longer note change its JSON by a few bytes, absorbed in the item size by the padding).
 */
export function measureRecordSizes(itemSizeBytes: number, keys: number, context: StreamEventContext = {}): RecordSizes {
  const build = createStreamEventBuilder({ ...context, poisonRecords: [] });
  const arrivalMs = 7 * 86_400_000; // 7 days: the longest run, the widest sequence number and timestamp
  const views: StreamRecordView[] = [];
  for (let index = 0; index < SHAPES; index++) {
    for (const eventName of EVENT_NAMES) {
      views.push({ sequenceNumber: sequenceNumberOf(arrivalMs, 1_023), shardId: shardIdOf(99), keyIndex: Math.max(0, keys - 1), index, eventName, arrivalMs, sizeBytes: itemSizeBytes });
    }
  }
  let maxSizeBytes = 0;
  let maxJsonBytes = 0;
  for (const record of build(views).Records) {
    const change = record.dynamodb!;
    maxSizeBytes = Math.max(maxSizeBytes, change.SizeBytes!);
    // The padding's base64 is plain ASCII: counted by its length, not stringified (it can be 546 KB per image).
    let padding = 0;
    for (const image of [change.NewImage, change.OldImage]) {
      if (!image) continue;
      padding += image['padding']!.B!.length;
      image['padding'] = { B: '' };
    }
    maxJsonBytes = Math.max(maxJsonBytes, utf8Bytes(JSON.stringify(record)) + padding);
  }
  return { maxSizeBytes, maxJsonBytes };
}
