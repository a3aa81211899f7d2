import { CloudFormationClient, DescribeStacksCommand, type DescribeStacksCommandOutput } from '@aws-sdk/client-cloudformation';
import { GetCallerIdentityCommand, STSClient, type GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { WorkshopError } from '../errors/workshop-error.js';

/** Which AWS account and Region a command talks to. Unset fields follow the SDK: AWS_PROFILE, AWS_REGION, ~/.aws. */
export interface AwsTarget {
  readonly profile?: string;
  readonly region?: string;
}

/** Who the credentials belong to, and where. */
export interface AwsAccess {
  readonly account: string;
  readonly region: string;
  readonly arn: string;
}

/** The two calls the checks make; tests replace them (mocked), the CLI uses the real SDK clients. */
export interface AwsProbe {
  /** The Region the target resolves to, or undefined when none is configured anywhere. */
  region(target: AwsTarget): Promise<string | undefined>;
  callerIdentity(target: AwsTarget & { readonly region: string }): Promise<GetCallerIdentityCommandOutput>;
  describeStack(target: AwsTarget & { readonly region: string }, stackName: string): Promise<DescribeStacksCommandOutput>;
}

/** The stack `cdk bootstrap` creates (default qualifier). */
export const CDK_TOOLKIT_STACK = 'CDKToolkit';

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError', 'ExpiredToken', 'ExpiredTokenException', 'InvalidClientTokenId',
  'UnrecognizedClientException', 'TokenRefreshRequired', 'SSOTokenProviderFailure',
]);

/**
 * Answers "can this machine deploy?": a Region is set, the credentials work (STS GetCallerIdentity).
 * @throws WorkshopError `missing_region`, `missing_credentials` or `aws_call_failed` (e.g. no network).
 */
export async function checkCredentials(target: AwsTarget, probe: AwsProbe): Promise<AwsAccess> {
  const region = await probe.region(target);
  if (region === undefined || region === '') throw new WorkshopError({ code: 'missing_region' });
  try {
    const identity = await probe.callerIdentity({ ...target, region });
    return { account: identity.Account ?? '', region, arn: identity.Arn ?? '' };
  } catch (error) {
    throw toWorkshopError(error, target, 'STS', 'GetCallerIdentity');
  }
}

/**
 * Answers "is the account ready for CDK?": the CDKToolkit stack exists and is usable.
 * @throws WorkshopError `not_bootstrapped` with the account and Region, or `aws_call_failed`.
 */
export async function checkBootstrap(target: AwsTarget, access: AwsAccess, probe: AwsProbe): Promise<void> {
  let status: string | undefined;
  try {
    const answer = await probe.describeStack({ ...target, region: access.region }, CDK_TOOLKIT_STACK);
    status = answer.Stacks?.[0]?.StackStatus;
  } catch (error) {
    if (errorName(error) === 'ValidationError' && /does not exist/i.test(errorMessage(error))) status = undefined;
    else throw toWorkshopError(error, target, 'CloudFormation', 'DescribeStacks');
  }
  if (status === undefined || status.endsWith('FAILED') || status === 'ROLLBACK_COMPLETE' || status === 'REVIEW_IN_PROGRESS') {
    throw new WorkshopError({ code: 'not_bootstrapped', region: access.region, ...(access.account ? { account: access.account } : {}) });
  }
}

/** Both checks, in order — what `deploy` and `destroy` run before the CDK CLI starts. */
export async function preflightAws(target: AwsTarget, probe: AwsProbe = sdkProbe()): Promise<AwsAccess> {
  const access = await checkCredentials(target, probe);
  await checkBootstrap(target, access, probe);
  return access;
}

/** The real probe: SDK clients with short timeouts and at most `maxAttempts` tries, so offline runs end fast. */
export function sdkProbe(options: { readonly timeoutMs?: number; readonly maxAttempts?: number } = {}): AwsProbe {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const common = (t: AwsTarget & { readonly region: string }) => ({
    region: t.region,
    ...(t.profile === undefined ? {} : { profile: t.profile }),
    maxAttempts: options.maxAttempts ?? 2,
    requestHandler: { connectionTimeout: timeoutMs, requestTimeout: timeoutMs },
  });
  return {
    async region(target) {
      if (target.region) return target.region;
      try {
        return await new STSClient(target.profile === undefined ? {} : { profile: target.profile }).config.region();
      } catch {
        return undefined;
      }
    },
    callerIdentity: (t) => new STSClient(common(t)).send(new GetCallerIdentityCommand({})),
    describeStack: (t, stackName) => new CloudFormationClient(common(t)).send(new DescribeStacksCommand({ StackName: stackName })),
  };
}

function toWorkshopError(error: unknown, target: AwsTarget, service: string, operation: string): WorkshopError {
  if (CREDENTIAL_ERRORS.has(errorName(error)) || /could not load credentials|credential/i.test(errorMessage(error))) {
    return new WorkshopError({ code: 'missing_credentials', ...(target.profile === undefined ? {} : { profile: target.profile }) }, { cause: error });
  }
  return new WorkshopError({ code: 'aws_call_failed', service, operation, detail: errorMessage(error) }, { cause: error });
}

const errorName = (error: unknown): string => (error instanceof Error ? error.name : '');
const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
