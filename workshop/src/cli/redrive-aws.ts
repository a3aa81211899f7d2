// `redrive --target aws`: drains the deployed lab 09 stack's on-failure queue through the learner's redrive.ts —
// the redrive kit (redrive/redrive-queue.ts) over the real SQS queue and DynamoDB Streams (redrive/aws/), the
// lab's fixed handler writing to the real results table (runtime/dynamo-consumer-io.ts). Everything is found
// and checked (credentials, stack, outputs, queue) before the first message is received: nothing half-done.
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { WorkshopError } from '../errors/workshop-error.js';
import { translator } from '../i18n/bilingual.js';
import { numberText } from '../i18n/value-text.js';
import { LAB_OUTPUTS } from '../infra/lab-outputs.js';
import { REDRIVE_GIVE_UP_SECONDS, SQS_RECEIVE, createSqsFailureQueue, type SqsSdkClient } from '../redrive/aws/sqs-failure-queue.js';
import { createStreamsReadClient, type StreamsSdkClient } from '../redrive/aws/streams-read-client.js';
import type { RedriveFailure } from '../redrive/redrive-contract.js';
import { redriveQueue } from '../redrive/redrive-queue.js';
import { redriveReportLines } from '../redrive/redrive-report-text.js';
import type { CreateHandler } from '../runtime/consumer-io.js';
import { dynamoConsumerIO } from '../runtime/dynamo-consumer-io.js';
import { sdkClientOptions, type SdkClientOptions } from './aws-client-options.js';
import type { CliContext } from './cli-context.js';
import type { ConfirmAnswer } from './confirm-prompt.js';
import { readStackOutputs } from './lab-stack-outputs.js';

/** The AWS side of `redrive --target aws`; tests pass mocked clients (the real ones are imported when used). */
export interface RedriveAwsDeps {
  readonly cloudFormation: (options: SdkClientOptions) => Pick<CloudFormationClient, 'send'> | Promise<Pick<CloudFormationClient, 'send'>>;
  readonly sqs: (options: SdkClientOptions) => SqsSdkClient | Promise<SqsSdkClient>;
  readonly streams: (options: SdkClientOptions) => StreamsSdkClient | Promise<StreamsSdkClient>;
  /** The client the fixed handler writes the results table with. */
  readonly dynamo: (options: SdkClientOptions) => DynamoDBClient | Promise<DynamoDBClient>;
  /** The Region the SDK would use (the profile's) when neither --region nor AWS_REGION gives one. */
  readonly defaultRegion: (options: SdkClientOptions) => Promise<string | undefined>;
  readonly confirm: (question: string) => Promise<ConfirmAnswer>;
  /** How long the kit waits for one message's redrive. @default REDRIVE_GIVE_UP_SECONDS */
  readonly giveUpMs?: number;
}

/** The learner's code a redrive runs: lab 09's `redriveFailure` and the lab's fixed handler, loaded by the lab loader. */
export interface RedriveLabCode {
  /** Two digits, e.g. `09`: the lab `deploy` took. */
  readonly id: string;
  /** The stack `deploy` created for it (`IteratorAgeWorkshop-<slug>`). */
  readonly stackName: string;
  /** Where redrive.ts is, as the learner sees it (e.g. `labs/09-redrive/redrive.ts`). */
  readonly redriveFile: string;
  readonly redriveFailure: RedriveFailure;
  readonly createHandler: CreateHandler;
}

export interface RedriveAwsOptions {
  readonly region?: string;
  readonly profile?: string;
  readonly yes?: boolean;
}

export async function redriveOnAws(ctx: CliContext, deps: RedriveAwsDeps, lab: RedriveLabCode, options: RedriveAwsOptions): Promise<void> {
  const made: unknown[] = [];
  const track = async <T>(client: T | Promise<T>): Promise<T> => {
    const value = await client;
    made.push(value);
    return value;
  };
  try {
    await redrive(ctx, deps, lab, options, track);
  } finally {
    // The SDK clients keep sockets open for reuse: closed here, so the command ends when its work does.
    for (const client of made) (client as { destroy?: () => void }).destroy?.();
  }
}

async function redrive(ctx: CliContext, deps: RedriveAwsDeps, lab: RedriveLabCode, options: RedriveAwsOptions, made: <T>(client: T | Promise<T>) => Promise<T>): Promise<void> {
  const t = translator(ctx.language);
  const num = (n: number) => numberText(n, ctx.language);
  const profile = options.profile === undefined ? {} : { profile: options.profile };
  const base = sdkClientOptions({ region: options.region, ...profile }, ctx.env);
  const region = base.region ?? (await deps.defaultRegion(base));
  if (!region) throw new WorkshopError({ code: 'missing_region' });
  // The SDK retries throttled and failed calls here (3 attempts, its default): a redrive is not a load test.
  const client: SdkClientOptions = { ...base, region, maxAttempts: 3 };

  const outputs = await readStackOutputs(await made(deps.cloudFormation(client)), { stackName: lab.stackName, lab: lab.id, region, ...profile },
    [LAB_OUTPUTS.failureQueueUrl, LAB_OUTPUTS.streamArn, LAB_OUTPUTS.resultsTableName, LAB_OUTPUTS.functionName]);
  const queueUrl = outputs[LAB_OUTPUTS.failureQueueUrl];
  const queue = createSqsFailureQueue({ client: await made(deps.sqs(client)), queueUrl, ...profile });
  const depth = await queue.depth();
  const queueName = queueUrl.split('/').pop() ?? queueUrl;
  ctx.out(t(`On-failure queue ${queueName} (${region}): ≈ ${num(depth.visible)} message(s) waiting, ${num(depth.inFlight)} in flight.`,
    `Fila de falhas ${queueName} (${region}): ≈ ${num(depth.visible)} mensagem(ns) esperando, ${num(depth.inFlight)} em processamento.`));
  if (depth.visible === 0) {
    for (const line of redriveReportLines({ messages: [], empty: { code: 'redrive_queue_empty' }, redriven: 0, records: 0, kept: 0 }, ctx.language)) ctx.out(line);
    if (depth.inFlight > 0) {
      ctx.out(t(`  ${num(depth.inFlight)} message(s) were received by a redrive less than ${SQS_RECEIVE.visibilityTimeoutSeconds / 60} minutes ago and not deleted: they come back once that time has passed; run the redrive again then.`,
        `  ${num(depth.inFlight)} mensagem(ns) foram recebidas por um redrive há menos de ${SQS_RECEIVE.visibilityTimeoutSeconds / 60} minutos e não foram apagadas: elas voltam quando esse tempo passar; rode o redrive de novo então.`));
    }
    process.exitCode = 1;
    return;
  }
  const table = outputs[LAB_OUTPUTS.resultsTableName];
  if (options.yes !== true) {
    const answer = await deps.confirm(t(
      `Redrive them with ${lab.redriveFile}? Each message redriven is deleted, and the handler writes its records to ${table}. [y/N] `,
      `Reprocessar com ${lab.redriveFile}? Cada mensagem reprocessada é apagada, e o handler grava os registros dela em ${table}. [s/N] `));
    if (answer !== 'yes') throw new WorkshopError({ code: 'not_confirmed', action: `redrive ${queueName}`, reason: answer === 'no' ? 'declined' : answer });
  }

  const giveUpMs = deps.giveUpMs ?? REDRIVE_GIVE_UP_SECONDS * 1000;
  const report = await redriveQueue({
    queue,
    streams: createStreamsReadClient({ client: await made(deps.streams(client)), streamArn: outputs[LAB_OUTPUTS.streamArn] }),
    handler: lab.createHandler(dynamoConsumerIO({ tableName: table, client: await made(deps.dynamo(client)) })),
    redriveFailure: lab.redriveFailure,
    giveUp: () => new Promise<void>((resolve) => setTimeout(resolve, giveUpMs).unref()),
  });
  for (const line of redriveReportLines(report, ctx.language)) ctx.out(line);
  const fn = outputs[LAB_OUTPUTS.functionName];
  ctx.out(t(`Then: npx workshop check ${lab.id} --target aws --function ${fn} --region ${region}`, `Depois: npx workshop check ${lab.id} --target aws --function ${fn} --region ${region}`));
  if (report.kept > 0 || report.empty) process.exitCode = 1;
}
