// Lab 01 — turns one DynamoDB stream record into the row the consumer writes to the results table.
// Stream records come in three kinds: INSERT (NewImage), MODIFY (NewImage + OldImage), REMOVE (OldImage only).
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { ResultItem } from '../../workshop/src/index.js';

/** One row per order: its latest known state, or a tombstone (`status: 'DELETED'`) once it was removed. */
export function toResult(record: DynamoDBRecord): ResultItem {
  const change = record.dynamodb;
  if (!change?.Keys || !change.SequenceNumber) throw new Error(`Stream record ${record.eventID ?? '?'} has no Keys or SequenceNumber.`);
  // TODO: pt-BR: um registro REMOVE não tem NewImage. Use o OldImage (e, em último caso, Keys), para que
  //   pedidos apagados também tenham a sua linha. O OldImage existe porque o stream usa NEW_AND_OLD_IMAGES.
  //   en: a REMOVE record has no NewImage. Fall back to OldImage (and to Keys as a last resort), so
  //   deleted orders still get their row. OldImage is there because the stream uses NEW_AND_OLD_IMAGES.
  const image = change.NewImage ?? {};
  // unmarshall reads every attribute type (S, N, BOOL, NULL, L, M, SS, NS, B) into plain values. The
  // aws-lambda and AWS SDK packages each declare their own AttributeValue type, hence the cast.
  const order = unmarshall(image as Record<string, AttributeValue>);
  const lines: readonly { qty?: unknown }[] = Array.isArray(order.lines) ? order.lines : []; // L of M
  return {
    pk: String(order.pk),
    sk: String(order.sk),
    lastEvent: record.eventName ?? 'UNKNOWN',
    sequenceNumber: change.SequenceNumber,
    // TODO: pt-BR: quando o registro é um REMOVE, o status precisa ser 'DELETED'.
    //   en: when the record is a REMOVE, the status must be 'DELETED'.
    status: String(order.status ?? 'UNKNOWN'),
    totalCents: Number(order.totalCents ?? 0), // N arrives as a string in the event; unmarshall makes it a number
    paid: order.paid === true, // BOOL
    hasNote: typeof order.note === 'string', // NULL becomes null
    itemCount: lines.reduce((sum, line) => sum + Number(line.qty ?? 0), 0),
    city: typeof order.shipping?.city === 'string' ? order.shipping.city : 'unknown', // M
    tags: order.tags instanceof Set ? [...order.tags].map(String).sort() : [], // SS becomes a Set
    distinctQuantities: order.lineQuantities instanceof Set ? order.lineQuantities.size : 0, // NS becomes a Set
    paddingBytes: byteLength(order.padding), // B: base64 text in a Lambda event, bytes elsewhere
    changedAtEpochSeconds: change.ApproximateCreationDateTime ?? 0,
  };
}

function byteLength(value: unknown): number {
  if (value instanceof Uint8Array) return value.length;
  if (typeof value !== 'string') return 0;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length * 3) / 4 - padding;
}
