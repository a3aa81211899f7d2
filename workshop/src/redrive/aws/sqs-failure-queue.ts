// The redrive kit's `OnFailureQueue` over a real SQS queue (@aws-sdk/client-sqs): ReceiveMessage and DeleteMessage.
// What can go wrong in front of the learner (no such queue, no permission, no credentials) becomes a
// WorkshopError with its own words; the kit never sees an SDK stack trace.
import { DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, type Message } from '@aws-sdk/client-sqs';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { OnFailureQueue, QueueMessage } from '../on-failure-queue.js';
import { awsCallError } from '../../errors/aws-call-error.js';

/** What the adapter needs of an `SQSClient` (tests point a real one at a mocked server, or pass a mocked `send`). */
export interface SqsSdkClient {
  send(command: ReceiveMessageCommand | DeleteMessageCommand | GetQueueAttributesCommand): Promise<unknown>;
}

export const SQS_RECEIVE = {
  /**
   * Long polling (WaitTimeSeconds > 0) asks every SQS server, so an empty answer means the queue has no visible
   * message; short polling (0) samples a subset and can answer empty while messages wait ("false empty
   * responses", SQS Developer Guide, best-practices-setting-up-long-polling). The on-failure messages were sent
   * long before the redrive starts, so there is nothing to wait *for*: 2 s (1 s is the minimum) only makes the
   * last, empty receive that ends a drain reliable, and a drain ends 2 s after its last message.
   */
  waitTimeSeconds: 2,
  /**
   * How long a received message stays hidden from other readers. It must outlast one message's redrive (a
   * GetShardIterator, a few GetRecords, the handler's writes: seconds; the kit gives up at
   * `REDRIVE_GIVE_UP_SECONDS`), so a second `workshop redrive` started meanwhile cannot redrive it twice. A
   * message the redrive keeps (records gone, an error) stays hidden this long, then comes back for the next try.
   */
  visibilityTimeoutSeconds: 300,
} as const;

/** The kit stops waiting for one message's redrive after this long, well inside the visibility timeout. */
export const REDRIVE_GIVE_UP_SECONDS = 240;

/** The queue's depth as SQS counts it (approximate, aws docs: eventually consistent, about a minute). */
export interface QueueDepth {
  /** ApproximateNumberOfMessages: visible, waiting to be received. */
  readonly visible: number;
  /** ApproximateNumberOfMessagesNotVisible: received and not deleted yet (in flight, hidden). */
  readonly inFlight: number;
}

export interface SqsFailureQueue extends OnFailureQueue {
  readonly queueUrl: string;
  depth(): Promise<QueueDepth>;
}

/** The on-failure queue at `queueUrl`. */
export function createSqsFailureQueue(options: { readonly client: SqsSdkClient; readonly queueUrl: string; readonly profile?: string }): SqsFailureQueue {
  const { client, queueUrl } = options;
  const fail = (operation: string, error: unknown) => awsCallError(error, { service: 'SQS', operation, resource: queueUrl, ...(options.profile === undefined ? {} : { profile: options.profile }) });
  return {
    queueUrl,
    async receive(max) {
      let output: { Messages?: Message[] };
      try {
        output = (await client.send(new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: max,
          WaitTimeSeconds: SQS_RECEIVE.waitTimeSeconds,
          VisibilityTimeout: SQS_RECEIVE.visibilityTimeoutSeconds,
        }))) as { Messages?: Message[] };
      } catch (error) {
        throw fail('ReceiveMessage', error);
      }
      return (output.Messages ?? []).map(toQueueMessage);
    },
    async delete(receipt) {
      try {
        await client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: receipt }));
      } catch (error) {
        throw fail('DeleteMessage', error);
      }
    },
    async depth() {
      let output: { Attributes?: Record<string, string> };
      try {
        output = (await client.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }))) as { Attributes?: Record<string, string> };
      } catch (error) {
        throw fail('GetQueueAttributes', error);
      }
      const count = (name: string) => Number(output.Attributes?.[name] ?? '0');
      return { visible: count('ApproximateNumberOfMessages'), inFlight: count('ApproximateNumberOfMessagesNotVisible') };
    },
  };
}

function toQueueMessage(message: Message): QueueMessage {
  if (message.MessageId === undefined || message.ReceiptHandle === undefined) {
    throw new WorkshopError({ code: 'aws_call_failed', service: 'SQS', operation: 'ReceiveMessage', detail: 'a message came back without MessageId or ReceiptHandle' });
  }
  return { id: message.MessageId, receipt: message.ReceiptHandle, body: message.Body ?? '' };
}
