import { WorkshopError } from '../errors/workshop-error.js';

/**
 * Options shared by the CLI's AWS SDK clients (load, watch). With `--endpoint` (dynalite, DynamoDB Local,
 * any DynamoDB-API server) the workshop needs no AWS account: it signs with dummy keys when none are set.
 */
export interface AwsTarget {
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
}

export interface SdkClientOptions {
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** The kit retries on its own (and counts retries), so the SDK makes one attempt per call. */
  readonly maxAttempts: number;
}

export function sdkClientOptions(target: AwsTarget, env: Readonly<Record<string, string | undefined>>): SdkClientOptions {
  const region = target.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? (target.endpoint ? 'us-east-1' : undefined);
  const hasOwnCredentials = Boolean(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || target.profile);
  return {
    maxAttempts: 1,
    ...(region === undefined ? {} : { region }),
    ...(target.profile === undefined ? {} : { profile: target.profile }),
    ...(target.endpoint === undefined ? {} : { endpoint: target.endpoint }),
    ...(target.endpoint !== undefined && !hasOwnCredentials ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  };
}

/** True when `endpoint` is this machine: writes there cost nothing on AWS. */
export function isLocalEndpoint(endpoint: string | undefined): boolean {
  if (endpoint === undefined) return false;
  try {
    const host = new URL(endpoint).hostname;
    return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '[::1]' || host === '0.0.0.0' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/**
 * Checks `--endpoint` before anything is planned or priced: an http(s) URL with a host (`localhost:8000`
 * parses as a URL with the scheme "localhost:", so the scheme is checked too).
 * @throws WorkshopError `invalid_endpoint`.
 */
export function checkEndpoint(endpoint: string | undefined, field = '--endpoint'): void {
  if (endpoint === undefined) return;
  let url: URL | undefined;
  try {
    url = new URL(endpoint.trim());
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new WorkshopError({ code: 'invalid_endpoint', field, got: endpoint });
  }
}
