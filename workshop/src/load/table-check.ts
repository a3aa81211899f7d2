import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { WorkshopError } from '../errors/workshop-error.js';

/**
 * Checks the table exists before the first write, so a typo gives one clear message instead of
 * thousands of failed writes. Returns the table status (e.g. `ACTIVE`).
 * @throws WorkshopError `table_not_found`, `missing_credentials`, `missing_region` or `aws_call_failed`.
 */
export async function checkTableExists(
  client: Pick<DynamoDBClient, 'send'>,
  table: string,
  endpoint?: string,
): Promise<{ readonly status: string }> {
  try {
    const out = await client.send(new DescribeTableCommand({ TableName: table }));
    return { status: out.Table?.TableStatus ?? 'UNKNOWN' };
  } catch (error) {
    throw new WorkshopError(issueFor(error, table, endpoint), { cause: error });
  }
}

function issueFor(error: unknown, table: string, endpoint: string | undefined) {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'ResourceNotFoundException') return { code: 'table_not_found', table, ...(endpoint ? { endpoint } : {}) } as const;
  if (name === 'CredentialsProviderError') return { code: 'missing_credentials' } as const;
  if (/region is missing/i.test(message)) return { code: 'missing_region' } as const;
  const network = networkFailure(error);
  if (network) return { code: 'endpoint_unreachable', ...(endpoint ? { endpoint } : {}), detail: network } as const;
  return { code: 'aws_call_failed', service: 'DynamoDB', operation: 'DescribeTable', detail: message || name } as const;
}

/** Connection errors (refused, unknown host, timeout, reset) say where nothing answered, not "check your credentials". */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);

function networkFailure(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'RequestTimeout') return 'timeout';
  const message = error instanceof Error ? error.message : '';
  return [...NETWORK_CODES].find((c) => message.includes(c));
}
