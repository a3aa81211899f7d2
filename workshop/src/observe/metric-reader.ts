import { GetMetricDataCommand, type CloudWatchClient, type MetricDataQuery, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { WorkshopError } from '../errors/workshop-error.js';

const MINUTE_MS = 60_000;

/** The consumer's Lambda metrics, one value per minute; `null` where CloudWatch has no data point. */
export interface ConsumerMetrics {
  readonly functionName: string;
  /** Start of minute 0 (epoch ms, on a whole minute). Index `i` of each series is the minute starting at `startMs + i × 60 s`. */
  readonly startMs: number;
  readonly minutes: number;
  /** IteratorAge, Maximum, in ms. Absent when the function was not invoked (idle stream). */
  readonly iteratorAgeMs: readonly (number | null)[];
  readonly invocations: readonly (number | null)[];
  readonly errors: readonly (number | null)[];
  readonly throttles: readonly (number | null)[];
}

export interface ReadConsumerMetricsInput {
  readonly functionName: string;
  readonly since: Date;
  /** @default now */
  readonly until?: Date;
  readonly client: Pick<CloudWatchClient, 'send'>;
}

const QUERIES = [
  { id: 'iteratorAge', metric: 'IteratorAge', stat: 'Maximum' },
  { id: 'invocations', metric: 'Invocations', stat: 'Sum' },
  { id: 'errors', metric: 'Errors', stat: 'Sum' },
  { id: 'throttles', metric: 'Throttles', stat: 'Sum' },
] as const;
type SeriesId = (typeof QUERIES)[number]['id'];

/**
 * Reads IteratorAge (Maximum) and Invocations, Errors, Throttles (Sum) for `functionName` at 1-minute
 * resolution with one GetMetricData request (following NextToken), namespace AWS/Lambda, dimension FunctionName.
 * The window is widened to whole minutes: [floor(since), ceil(until)).
 * @throws WorkshopError `aws_call_failed` (or `missing_credentials` / `missing_region`) when CloudWatch refuses.
 */
export async function readConsumerMetrics(input: ReadConsumerMetricsInput): Promise<ConsumerMetrics> {
  const startMs = Math.floor(input.since.getTime() / MINUTE_MS) * MINUTE_MS;
  const endMs = Math.max(startMs + MINUTE_MS, Math.ceil((input.until ?? new Date()).getTime() / MINUTE_MS) * MINUTE_MS);
  const minutes = (endMs - startMs) / MINUTE_MS;
  const series: Record<SeriesId, (number | null)[]> = {
    iteratorAge: Array(minutes).fill(null),
    invocations: Array(minutes).fill(null),
    errors: Array(minutes).fill(null),
    throttles: Array(minutes).fill(null),
  };
  const queries: MetricDataQuery[] = QUERIES.map((q) => ({
    Id: q.id,
    MetricStat: {
      Metric: { Namespace: 'AWS/Lambda', MetricName: q.metric, Dimensions: [{ Name: 'FunctionName', Value: input.functionName }] },
      Period: 60,
      Stat: q.stat,
    },
    ReturnData: true,
  }));

  let nextToken: string | undefined;
  do {
    const page = await send(input.client, new GetMetricDataCommand({
      MetricDataQueries: queries,
      StartTime: new Date(startMs),
      EndTime: new Date(endMs),
      ScanBy: 'TimestampAscending',
      NextToken: nextToken,
    }));
    for (const result of page.MetricDataResults ?? []) place(result, series, startMs, minutes);
    nextToken = page.NextToken;
  } while (nextToken);

  return {
    functionName: input.functionName,
    startMs,
    minutes,
    iteratorAgeMs: series.iteratorAge,
    invocations: series.invocations,
    errors: series.errors,
    throttles: series.throttles,
  };
}

/** Puts each returned (timestamp, value) into its minute; points outside the window are ignored. */
function place(result: MetricDataResult, series: Record<SeriesId, (number | null)[]>, startMs: number, minutes: number): void {
  const target = series[result.Id as SeriesId];
  if (!target) return;
  (result.Timestamps ?? []).forEach((timestamp, k) => {
    const value = result.Values?.[k];
    const minute = Math.floor((timestamp.getTime() - startMs) / MINUTE_MS);
    if (value === undefined || minute < 0 || minute >= minutes) return;
    target[minute] = value;
  });
}

async function send(client: Pick<CloudWatchClient, 'send'>, command: GetMetricDataCommand) {
  try {
    return await client.send(command);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'CredentialsProviderError') throw new WorkshopError({ code: 'missing_credentials' }, { cause: error });
    if (/region is missing/i.test(message)) throw new WorkshopError({ code: 'missing_region' }, { cause: error });
    throw new WorkshopError({ code: 'aws_call_failed', service: 'CloudWatch', operation: 'GetMetricData', detail: message || name }, { cause: error });
  }
}
