// The on-failure queue over the real @aws-sdk/client-sqs client, against SQS mocked on 127.0.0.1 (its JSON protocol).
import { createHash } from 'node:crypto';
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../errors/format-issue.js';
import { isWorkshopError } from '../../errors/workshop-error.js';
import { mockedClientOptions, type JsonAnswer, type JsonCall } from '../../testing/aws-json-server.js';
import { mockedAwsJsonServerPerTest } from '../../testing/mocked-aws-per-test.js';
import { createSqsFailureQueue, SQS_RECEIVE } from './sqs-failure-queue.js';

/** A message as SQS sends it: the SDK checks MD5OfBody, as against AWS. */
const sqsMessage = (id: string, body: string) => ({ MessageId: id, ReceiptHandle: `r-${id}`, Body: body, MD5OfBody: createHash('md5').update(body).digest('hex') });
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/111122223333/IteratorAgeWorkshop-09-redrive-FailedBatches';
const startServer = mockedAwsJsonServerPerTest(afterEach);
async function queueAnswering(answer: (call: JsonCall) => JsonAnswer) {
  const server = await startServer(answer);
  return { queue: createSqsFailureQueue({ client: new SQSClient(mockedClientOptions(server.endpoint)), queueUrl: QUEUE_URL }), calls: server.calls };
}
async function rejection(work: Promise<unknown>) {
  const error = await work.then(() => undefined, (e: unknown) => e);
  if (!isWorkshopError(error)) throw new Error(`expected a WorkshopError, got ${String(error)}`);
  return error;
}

describe('createSqsFailureQueue — SQS mocked on loopback, real SDK client', () => {
  it('GIVEN two messages WHEN received THEN one long-polled ReceiveMessage with the visibility timeout, and id/receipt/body per message', async () => {
    const { queue, calls } = await queueAnswering(() => ({ body: { Messages: [
sqsMessage('m-1', '{"version":"1.0"}'), sqsMessage('m-2', 'not json')] } }));
    const messages = await queue.receive(10);
    expect(messages).toEqual([{ id: 'm-1', receipt: 'r-m-1', body: '{"version":"1.0"}' }, { id: 'm-2', receipt: 'r-m-2', body: 'not json' }]);
    expect(calls).toEqual([{ operation: 'ReceiveMessage', input: { QueueUrl: QUEUE_URL, MaxNumberOfMessages: 10, WaitTimeSeconds: SQS_RECEIVE.waitTimeSeconds, VisibilityTimeout: SQS_RECEIVE.visibilityTimeoutSeconds } }]);
    expect(SQS_RECEIVE.waitTimeSeconds).toBeGreaterThanOrEqual(1); // long polling: an empty answer is a real one
    expect(SQS_RECEIVE.visibilityTimeoutSeconds).toBeGreaterThan(60);
  });

  it('GIVEN an empty queue WHEN received THEN no message; WHEN deleting THEN DeleteMessage carries the receipt', async () => {
    const { queue, calls } = await queueAnswering(() => ({ body: {} }));
    expect(await queue.receive(10)).toEqual([]);
    await queue.delete('r-9');
    expect(calls[1]).toEqual({ operation: 'DeleteMessage', input: { QueueUrl: QUEUE_URL, ReceiptHandle: 'r-9' } });
  });

  it('GIVEN a queue with 1 visible and 2 in-flight messages WHEN its depth is read THEN GetQueueAttributes gives both counts', async () => {
    const { queue, calls } = await queueAnswering(() => ({ body: { Attributes: { ApproximateNumberOfMessages: '1', ApproximateNumberOfMessagesNotVisible: '2' } } }));
    expect(await queue.depth()).toEqual({ visible: 1, inFlight: 2 });
    expect(calls[0]?.input).toEqual({ QueueUrl: QUEUE_URL, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] });
  });

  it('GIVEN a queue that does not exist WHEN received THEN queue_not_found names the URL, in both languages', async () => {
    const { queue } = await queueAnswering(() => ({ error: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'The specified queue does not exist.', queryError: 'AWS.SimpleQueueService.NonExistentQueue;Sender' }));
    const error = await rejection(queue.receive(10));
    expect(error.issue).toEqual({ code: 'queue_not_found', queueUrl: QUEUE_URL });
    expect(formatIssue(error.issue, 'pt-BR').message).toBe(`A fila SQS ${QUEUE_URL} não existe.`);
  });

  it('GIVEN credentials without sqs:ReceiveMessage WHEN received THEN aws_access_denied names the action to allow', async () => {
    const { queue } = await queueAnswering(() => ({ error: 'com.amazon.coral.service#AccessDeniedException', message: 'User: arn:aws:iam::111122223333:user/learner is not authorized to perform: sqs:receivemessage', queryError: 'AccessDenied;Sender' }));
    const error = await rejection(queue.receive(10));
    expect(error.issue).toEqual({ code: 'aws_access_denied', service: 'SQS', action: 'sqs:ReceiveMessage', resource: QUEUE_URL });
    expect(formatIssue(error.issue, 'en').hint).toContain('allow sqs:ReceiveMessage');
  });

  it('GIVEN a receipt that expired WHEN deleting THEN aws_call_failed keeps the service\'s words', async () => {
    const { queue } = await queueAnswering(() => ({ error: 'com.amazonaws.sqs#ReceiptHandleIsInvalid', message: 'The receipt handle has expired.' }));
    const error = await rejection(queue.delete('old'));
    expect(error.issue).toEqual({ code: 'aws_call_failed', service: 'SQS', operation: 'DeleteMessage', detail: 'The receipt handle has expired.' });
  });
});

describe("lab 09's pages and the redrive's SQS settings", () => {
  it('GIVEN the visibility timeout the redrive asks for WHEN both lab 09 pages state how long a kept message stays hidden THEN they state that number', async () => {
    const { readFile } = await import('node:fs/promises');
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const minutes = SQS_RECEIVE.visibilityTimeoutSeconds / 60;
    const en = await readFile(`${root}site/i18n/en/docusaurus-plugin-content-docs/current/labs/09-redrive.mdx`, 'utf8');
    const pt = await readFile(`${root}site/docs/labs/09-redrive.mdx`, 'utf8');
    expect(en).toContain(`hidden for ${minutes} minutes`);
    expect(pt).toContain(`escondida por ${minutes} minutos`);
  });
});
