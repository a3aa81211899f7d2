// Lab 08's AWS expectation: the deployed function's reserved concurrency (GetFunctionConcurrency) covers every
// lane the mapping can run at once, open shards × ParallelizationFactor (facts sheet §A Concurrency, §E). The
// shards are the stream's own, counted with DescribeStream (open-shards.ts): on AWS DynamoDB decides how many there
// are, so the local scenario's 4 would pass a bigger stream with too little and ask 4× too much of a 1-shard one.
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { GetFunctionConcurrencyCommand, type EventSourceMappingConfiguration, type LambdaClient } from '@aws-sdk/client-lambda';
import { WorkshopError } from '../../errors/workshop-error.js';
import { expectation, type ExpectationResult } from '../core/check-kit.js';
import { countOpenShards } from './open-shards.js';

export interface ReservedConcurrencyInput {
  readonly functionName: string;
  readonly lambda: Pick<LambdaClient, 'send'>;
  readonly streams: Pick<DynamoDBStreamsClient, 'send'> | undefined;
}

export async function reservedCoversLanes(input: ReservedConcurrencyInput, mapping: EventSourceMappingConfiguration): Promise<ExpectationResult> {
  if (!input.streams) throw new WorkshopError({ code: 'internal', detail: 'the AWS check of reserved concurrency needs a DynamoDB Streams client' });
  const streamArn = mapping.EventSourceArn ?? '';
  const shards = await countOpenShards(input.streams, streamArn);
  let output;
  try {
    output = await input.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: input.functionName }));
  } catch (error) {
    throw new WorkshopError({ code: 'aws_call_failed', service: 'Lambda', operation: 'GetFunctionConcurrency', detail: error instanceof Error ? error.message : String(error) });
  }
  const factor = mapping.ParallelizationFactor ?? 1;
  const needed = shards.open * factor;
  const reserved = output.ReservedConcurrentExecutions;
  const shardsEn = `${shards.open} open shard${shards.open === 1 ? '' : 's'} (DescribeStream)`;
  const shardsPt = `${shards.open} shard${shards.open === 1 ? '' : 's'} aberto${shards.open === 1 ? '' : 's'} (DescribeStream)`;
  const deployed = reserved === undefined
    ? { en: 'no reserved concurrency (the function shares the account\'s pool)', 'pt-BR': 'sem concorrência reservada (a função divide o pool da conta)' }
    : { en: `reserved concurrency is ${reserved}`, 'pt-BR': `a concorrência reservada é ${reserved}` };
  return expectation('aws-concurrency-covers-lanes',
    { en: `the deployed function's reserved concurrency is at least open shards × ParallelizationFactor = ${shardsEn} × ${factor} = ${needed}`,
      'pt-BR': `a concorrência reservada da função implantada é pelo menos shards abertos × ParallelizationFactor = ${shardsPt} × ${factor} = ${needed}` },
    shards.open > 0 && reserved !== undefined && reserved >= needed,
    shards.open > 0 ? deployed : {
      en: `the stream has no open shard (StreamStatus ${shards.status || 'unknown'}, ${shards.listed} closed): is the table's stream enabled? ${deployed.en}`,
      'pt-BR': `o stream não tem shard aberto (StreamStatus ${shards.status || 'desconhecido'}, ${shards.listed} fechado${shards.listed === 1 ? '' : 's'}): o stream da tabela está habilitado? ${deployed['pt-BR']}`,
    });
}
