// The on-failure destination as the redrive sees it: a queue it receives messages from and deletes them from
// once they are handled (an SQS queue on AWS, `redrive/aws/`; `createMemoryQueue` for local runs and tests).
// Browser-safe.

/** One message of the queue: its body is an on-failure record's JSON (AWS's layout, aws-facts §G). */
export interface QueueMessage {
  /** Stable for the message's life (SQS `MessageId`). */
  readonly id: string;
  /** What `delete` needs; new each time the message is received (SQS `ReceiptHandle`). */
  readonly receipt: string;
  readonly body: string;
}

/**
 * What the redrive needs of a queue. Like SQS, a message received stays in the queue (hidden for a while)
 * until it is deleted; a message never deleted comes back, and a message may come back more than once
 * (at-least-once delivery).
 */
export interface OnFailureQueue {
  /** Up to `max` (1–10) messages, possibly none. */
  receive(max: number): Promise<readonly QueueMessage[]>;
  /** Deletes the message received with `receipt`. */
  delete(receipt: string): Promise<void>;
}

/** A message of the in-memory queue, as `messages()` lists it. */
export interface StoredMessage {
  readonly id: string;
  readonly body: string;
  /** Received and not deleted since (hidden until `returnInFlight()`, as SQS hides it for its visibility timeout). */
  readonly inFlight: boolean;
}

/** The in-memory queue of local runs: deterministic ids (`msg-0001`, ...), in the order messages are sent. */
export interface MemoryQueue extends OnFailureQueue {
  send(body: string): string;
  /** Every message still in the queue, in flight or not, oldest first. */
  messages(): readonly StoredMessage[];
  /** The visibility timeout passes: every received message not deleted can be received again. */
  returnInFlight(): void;
}

/** The largest `max` a receive accepts (SQS's MaxNumberOfMessages, 1–10). */
export const RECEIVE_MAX = 10;

/** An in-memory queue holding `bodies`, oldest first. */
export function createMemoryQueue(bodies: readonly string[] = []): MemoryQueue {
  const stored: { id: string; body: string; receipt?: string; inFlight: boolean }[] = [];
  let sent = 0;
  let receipts = 0;
  const queue: MemoryQueue = {
    send(body) {
      sent += 1;
      const id = `msg-${String(sent).padStart(4, '0')}`;
      stored.push({ id, body, inFlight: false });
      return id;
    },
    async receive(max) {
      if (!Number.isInteger(max) || max < 1 || max > RECEIVE_MAX) throw new RangeError(`receive: max must be an integer from 1 to ${RECEIVE_MAX}, got ${String(max)}.`);
      const out: QueueMessage[] = [];
      for (const message of stored) {
        if (out.length >= max) break;
        if (message.inFlight) continue;
        receipts += 1;
        message.receipt = `${message.id}#${receipts}`;
        message.inFlight = true;
        out.push({ id: message.id, receipt: message.receipt, body: message.body });
      }
      return out;
    },
    async delete(receipt) {
      const at = stored.findIndex((message) => message.receipt === receipt);
      if (at === -1) throw new Error(`delete: no message was received with receipt ${JSON.stringify(receipt)}.`);
      stored.splice(at, 1);
    },
    messages: () => stored.map(({ id, body, inFlight }) => ({ id, body, inFlight })),
    returnInFlight() {
      for (const message of stored) message.inFlight = false;
    },
  };
  for (const body of bodies) queue.send(body);
  return queue;
}
