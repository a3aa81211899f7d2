// An AWS SDK error, from a call the kit makes on the learner's own credentials (the redrive, the stack outputs,
// `check --target aws`), as the WorkshopError the CLI prints: no such queue, no permission, no credentials, no
// network — each with what to try; anything else with the service's own words. Plain data: no SDK import.
import { WorkshopError } from './workshop-error.js';

export interface AwsCallContext {
  readonly service: 'SQS' | 'DynamoDB Streams' | 'CloudFormation';
  readonly operation: string;
  /** The queue URL, stream ARN or stack name the call was about. */
  readonly resource?: string;
  readonly profile?: string;
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError', 'ExpiredToken', 'ExpiredTokenException', 'InvalidClientTokenId', 'UnrecognizedClientException',
  'TokenRefreshRequired', 'SSOTokenProviderFailure', 'InvalidSignatureException', 'SignatureDoesNotMatch',
]);
const ACCESS_ERRORS = new Set(['AccessDenied', 'AccessDeniedException', 'AuthorizationError', 'UnauthorizedOperation']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The IAM action a call needs, named in the access-denied message. */
const ACTIONS: Record<string, string> = {
  ReceiveMessage: 'sqs:ReceiveMessage', DeleteMessage: 'sqs:DeleteMessage', GetQueueAttributes: 'sqs:GetQueueAttributes',
  GetShardIterator: 'dynamodb:GetShardIterator', GetRecords: 'dynamodb:GetRecords', DescribeStream: 'dynamodb:DescribeStream', DescribeStacks: 'cloudformation:DescribeStacks',
};

export function awsCallError(error: unknown, context: AwsCallContext): WorkshopError {
  if (error instanceof WorkshopError) return error;
  const name = error instanceof Error ? error.name : '';
  const code = String((error as { Code?: unknown; code?: unknown } | null)?.Code ?? (error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  const options = { cause: error };
  if (name === 'QueueDoesNotExist' || code === 'AWS.SimpleQueueService.NonExistentQueue') {
    return new WorkshopError({ code: 'queue_not_found', queueUrl: context.resource ?? '' }, options);
  }
  if (ACCESS_ERRORS.has(name) || ACCESS_ERRORS.has(code) || /not authorized to perform/i.test(message)) {
    return new WorkshopError({ code: 'aws_access_denied', service: context.service, action: ACTIONS[context.operation] ?? context.operation, resource: context.resource ?? '' }, options);
  }
  if (CREDENTIAL_ERRORS.has(name) || /could not load credentials/i.test(message)) {
    return new WorkshopError({ code: 'missing_credentials', ...(context.profile === undefined ? {} : { profile: context.profile }) }, options);
  }
  if (NETWORK_CODES.has(code) || name === 'TimeoutError') {
    return new WorkshopError({ code: 'endpoint_unreachable', detail: code || message }, options);
  }
  return new WorkshopError({ code: 'aws_call_failed', service: context.service, operation: context.operation, detail: message }, options);
}
