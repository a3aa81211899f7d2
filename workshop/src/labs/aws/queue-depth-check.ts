// Lab 09's AWS expectation: after `workshop redrive`, the deployed mapping's on-failure queue is empty — no message
// waiting (ApproximateNumberOfMessages) and none in flight (ApproximateNumberOfMessagesNotVisible: received by a
// redrive and neither deleted nor back yet). The queue is found from the mapping itself (its destination's ARN).
import type { EventSourceMappingConfiguration } from '@aws-sdk/client-lambda';
import { GetQueueAttributesCommand, GetQueueUrlCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { WorkshopError } from '../../errors/workshop-error.js';
import { expectation, fmt, type ExpectationResult } from '../core/check-kit.js';

const DESCRIPTION = {
  en: 'the on-failure queue of the deployed mapping is empty after the redrive: no message waiting, none in flight',
  'pt-BR': 'a fila de falhas do mapping implantado está vazia depois do redrive: nenhuma mensagem esperando, nenhuma em processamento',
};

export async function onFailureQueueEmpty(mapping: EventSourceMappingConfiguration, sqs: Pick<SQSClient, 'send'> | undefined): Promise<ExpectationResult> {
  const arn = mapping.DestinationConfig?.OnFailure?.Destination ?? '';
  const parts = /^arn:aws[a-z-]*:sqs:[^:]+:(\d{12}):(.+)$/.exec(arn);
  if (!parts) {
    return expectation('aws-queue-empty', DESCRIPTION, false, { en: `the mapping has no SQS on-failure destination (${arn || 'none'})`, 'pt-BR': `o mapping não tem destino de falha SQS (${arn || 'nenhum'})` });
  }
  if (!sqs) throw new WorkshopError({ code: 'internal', detail: 'the AWS check of the on-failure queue needs an SQS client' });
  const call = async <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new WorkshopError({ code: 'aws_call_failed', service: 'SQS', operation, detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const { QueueUrl } = await call('GetQueueUrl', () => sqs.send(new GetQueueUrlCommand({ QueueName: parts[2]!, QueueOwnerAWSAccountId: parts[1]! })));
  const { Attributes } = await call('GetQueueAttributes', () => sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] })));
  const visible = Number(Attributes?.ApproximateNumberOfMessages ?? 'NaN');
  const inFlight = Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 'NaN');
  return expectation('aws-queue-empty', DESCRIPTION, visible === 0 && inFlight === 0, {
    en: `${fmt(visible).en} message(s) waiting, ${fmt(inFlight).en} in flight in ${parts[2]} (SQS counts are approximate: run the check again a minute after the redrive)`,
    'pt-BR': `${fmt(visible)['pt-BR']} mensagem(ns) esperando, ${fmt(inFlight)['pt-BR']} em processamento em ${parts[2]} (as contagens do SQS são aproximadas: rode a verificação de novo um minuto depois do redrive)`,
  });
}
