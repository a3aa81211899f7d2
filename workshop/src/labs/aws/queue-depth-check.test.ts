// Lab 09's AWS expectation with SQS mocked: the mapping's on-failure queue, found from its ARN, must be empty.
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { onFailureQueueEmpty } from './queue-depth-check.js';

const ARN = 'arn:aws:sqs:us-east-1:111122223333:IteratorAgeWorkshop-09-redrive-FailedBatches1234';
const URL = 'https://sqs.us-east-1.amazonaws.com/111122223333/IteratorAgeWorkshop-09-redrive-FailedBatches1234';
const mapping = (destination?: string) => ({ DestinationConfig: destination === undefined ? {} : { OnFailure: { Destination: destination } } });
/** SQS mocked: GetQueueUrl, then GetQueueAttributes with these counts; the commands are recorded. */
function sqs(visible: string, inFlight: string) {
  const sent: unknown[] = [];
  return {
    sent,
    client: {
      send: async (command: unknown) => {
        sent.push(command);
        if (command instanceof GetQueueUrlCommand) return { QueueUrl: URL };
        if (command instanceof GetQueueAttributesCommand) return { Attributes: { ApproximateNumberOfMessages: visible, ApproximateNumberOfMessagesNotVisible: inFlight } };
        throw new Error('unexpected command');
      },
    } as never,
  };
}

describe('onFailureQueueEmpty (SQS mocked)', () => {
  it('GIVEN the queue drained WHEN checked THEN it passes, having asked for the URL by name and owner, then both counts', async () => {
    const { client, sent } = sqs('0', '0');
    const result = await onFailureQueueEmpty(mapping(ARN), client);
    expect(result.passed).toBe(true);
    expect((sent[0] as GetQueueUrlCommand).input).toEqual({ QueueName: 'IteratorAgeWorkshop-09-redrive-FailedBatches1234', QueueOwnerAWSAccountId: '111122223333' });
    expect((sent[1] as GetQueueAttributesCommand).input).toEqual({ QueueUrl: URL, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] });
  });

  it.each([['1', '0'], ['0', '1']])('GIVEN %s waiting and %s in flight WHEN checked THEN it fails with both counts', async (visible, inFlight) => {
    const result = await onFailureQueueEmpty(mapping(ARN), sqs(visible, inFlight).client);
    expect(result.passed).toBe(false);
    expect(result.detail.en).toContain(`${visible} message(s) waiting, ${inFlight} in flight`);
  });

  it('GIVEN a mapping without an SQS destination WHEN checked THEN it fails, naming what is there, without calling SQS', async () => {
    const { client, sent } = sqs('0', '0');
    const result = await onFailureQueueEmpty(mapping('arn:aws:sns:us-east-1:111122223333:topic'), client);
    expect(result.passed).toBe(false);
    expect(result.detail['pt-BR']).toContain('não tem destino de falha SQS');
    expect(sent).toEqual([]);
  });
});
