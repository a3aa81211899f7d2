// `check NN --target aws`: after a real run, asserts the lab's outcome from CloudWatch (IteratorAge, Maximum
// per minute; Throttles, Sum, for lab 08), from the deployed event source mapping (ListEventSourceMappings), the
// function's reserved concurrency against the stream's open shards (GetFunctionConcurrency and DescribeStream,
// lab 08) and the on-failure queue's depth (lab 09).
import { ListEventSourceMappingsCommand, type EventSourceMappingConfiguration, type LambdaClient } from '@aws-sdk/client-lambda';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { WorkshopError } from '../../errors/workshop-error.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import { readConsumerMetrics } from '../../observe/metric-reader.js';
import { expectation, fmt, type ExpectationResult } from '../core/check-kit.js';
import { labEntry } from '../core/lab-catalog.js';
import { onFailureQueueEmpty } from './queue-depth-check.js';
import { reservedCoversLanes } from './reserved-concurrency-check.js';

export interface AwsCheckInput {
  readonly labId: string;
  readonly functionName: string;
  /** Start of the window to read (the run's start). */
  readonly since: Date;
  readonly until?: Date;
  readonly cloudWatch: Pick<CloudWatchClient, 'send'>;
  readonly lambda: Pick<LambdaClient, 'send'>;
  /** Needed by a lab whose expectations read the on-failure queue (`onFailureQueueEmpty`). */
  readonly sqs?: Pick<SQSClient, 'send'>;
  /** Needed by a lab that counts the stream's open shards (`reservedConcurrencyCoversLanes`, DescribeStream). */
  readonly streams?: Pick<DynamoDBStreamsClient, 'send'>;
}

/** The deployed lab's outcome, as expectations (same shape as the local check's), against its definition's `aws`. */
export async function runAwsLabCheck(input: AwsCheckInput): Promise<ExpectationResult[]> {
  const wanted = labEntry(input.labId)?.aws;
  if (!wanted) throw new WorkshopError({ code: 'lab_has_no_check', lab: input.labId });
  const mapping = await findMapping(input);
  const results: ExpectationResult[] = [];
  const settings = (name: string, got: number | undefined, want: number): ExpectationResult =>
    expectation(`aws-${name}`, { en: `the deployed event source mapping has ${name} ${want}`, 'pt-BR': `o event source mapping implantado tem ${name} ${want}` },
      got === want, { en: `${name} is ${got ?? 'not set'}`, 'pt-BR': `${name} está como ${got ?? 'não definido'}` });
  if (wanted.batchSize !== undefined) results.push(settings('BatchSize', mapping.BatchSize, wanted.batchSize));
  if (wanted.parallelizationFactor !== undefined) results.push(settings('ParallelizationFactor', mapping.ParallelizationFactor ?? 1, wanted.parallelizationFactor));

  if (wanted.failureBounded) results.push(failureBounded(mapping));
  if (wanted.reservedConcurrencyCoversLanes) results.push(await reservedCoversLanes({ functionName: input.functionName, lambda: input.lambda, streams: input.streams }, mapping));
  if (wanted.onFailureQueueEmpty) results.push(await onFailureQueueEmpty(mapping, input.sqs));

  const metrics = await readConsumerMetrics({ functionName: input.functionName, since: input.since, until: input.until, client: input.cloudWatch });
  const ages = metrics.iteratorAgeMs.filter((v): v is number => v !== null);
  const peak = ages.length === 0 ? undefined : Math.max(...ages);
  const last = ages.at(-1);
  const measured: Bilingual = peak === undefined
    ? { en: 'no IteratorAge datapoint in the window: was the load running?', 'pt-BR': 'nenhum ponto de IteratorAge na janela: a carga estava rodando?' }
    : { en: `peak ${fmt(peak / 1000).en} s, last minute ${fmt((last ?? 0) / 1000).en} s`, 'pt-BR': `pico ${fmt(peak / 1000)['pt-BR']} s, último minuto ${fmt((last ?? 0) / 1000)['pt-BR']} s` };
  if (wanted.ageAboveMs !== undefined) {
    results.push(expectation('aws-lag-grew', { en: `CloudWatch shows IteratorAge (Maximum) above ${wanted.ageAboveMs / 1000} s`, 'pt-BR': `o CloudWatch mostra IteratorAge (Maximum) acima de ${wanted.ageAboveMs / 1000} s` },
      peak !== undefined && peak > wanted.ageAboveMs, measured));
  }
  if (wanted.ageBelowMs !== undefined) {
    results.push(expectation('aws-lag-low', { en: `CloudWatch shows IteratorAge (Maximum) of the last minute below ${wanted.ageBelowMs / 1000} s`, 'pt-BR': `o CloudWatch mostra IteratorAge (Maximum) do último minuto abaixo de ${wanted.ageBelowMs / 1000} s` },
      last !== undefined && last < wanted.ageBelowMs, measured));
  }
  if (wanted.noThrottles === true) {
    const throttles = metrics.throttles.reduce<number>((total, v) => total + (v ?? 0), 0);
    results.push(expectation('aws-no-throttles', { en: 'CloudWatch shows 0 Throttles (Sum) in every minute of the run', 'pt-BR': 'o CloudWatch mostra 0 Throttles (Sum) em todos os minutos da execução' },
      ages.length > 0 && throttles === 0,
      { en: `${fmt(throttles).en} throttles in the window`, 'pt-BR': `${fmt(throttles)['pt-BR']} throttles na janela` }));
  }
  if (wanted.ageAboveMs === undefined && wanted.ageBelowMs === undefined) {
    results.push(expectation('aws-invoked', { en: 'the consumer was invoked by the stream', 'pt-BR': 'o consumidor foi invocado pelo stream' },
      metrics.invocations.some((v) => (v ?? 0) > 0), measured));
  }
  return results;
}

/** The deployed mapping's failure settings, against lab 07's task. */
function failureBounded(mapping: EventSourceMappingConfiguration): ExpectationResult {
  const retries = mapping.MaximumRetryAttempts ?? -1;
  const report = (mapping.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures');
  const bisect = mapping.BisectBatchOnFunctionError === true;
  const destination = mapping.DestinationConfig?.OnFailure?.Destination ?? '';
  const sqs = destination.startsWith('arn:aws:sqs:');
  return expectation('aws-failure-bounded',
    { en: 'the deployed event source mapping bounds a failing record: MaximumRetryAttempts set, ReportBatchItemFailures, BisectBatchOnFunctionError, an SQS on-failure destination',
      'pt-BR': 'o event source mapping implantado limita um registro que falha: MaximumRetryAttempts definido, ReportBatchItemFailures, BisectBatchOnFunctionError, um destino de falha SQS' },
    retries >= 0 && report && bisect && sqs,
    { en: `MaximumRetryAttempts ${retries}, ReportBatchItemFailures ${report ? 'on' : 'off'}, bisect ${bisect ? 'on' : 'off'}, on-failure ${destination || 'none'}`,
      'pt-BR': `MaximumRetryAttempts ${retries}, ReportBatchItemFailures ${report ? 'ligado' : 'desligado'}, bisect ${bisect ? 'ligado' : 'desligado'}, destino de falha ${destination || 'nenhum'}` });
}

async function findMapping(input: AwsCheckInput): Promise<EventSourceMappingConfiguration> {
  let output;
  try {
    output = await input.lambda.send(new ListEventSourceMappingsCommand({ FunctionName: input.functionName }));
  } catch (error) {
    throw new WorkshopError({ code: 'aws_call_failed', service: 'Lambda', operation: 'ListEventSourceMappings', detail: error instanceof Error ? error.message : String(error) });
  }
  const mapping = (output.EventSourceMappings ?? []).find((m) => m.EventSourceArn?.includes(':dynamodb:'));
  if (!mapping) throw new WorkshopError({ code: 'function_not_found', functionName: input.functionName });
  return mapping;
}
