import { GetFunctionConfigurationCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { WorkshopError } from '../errors/workshop-error.js';

/**
 * Checks the function exists before reading its metrics: CloudWatch answers "no data" for a name that
 * does not exist, which would look exactly like an idle stream.
 * @throws WorkshopError `function_not_found`, `missing_credentials`, `missing_region` or `aws_call_failed`.
 */
export async function checkFunctionExists(client: Pick<LambdaClient, 'send'>, functionName: string): Promise<void> {
  try {
    await client.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'ResourceNotFoundException') throw new WorkshopError({ code: 'function_not_found', functionName }, { cause: error });
    if (name === 'CredentialsProviderError') throw new WorkshopError({ code: 'missing_credentials' }, { cause: error });
    if (/region is missing/i.test(message)) throw new WorkshopError({ code: 'missing_region' }, { cause: error });
    throw new WorkshopError({ code: 'aws_call_failed', service: 'Lambda', operation: 'GetFunctionConfiguration', detail: message || name }, { cause: error });
  }
}
