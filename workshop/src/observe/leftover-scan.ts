import { ListStacksCommand, StackStatus, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { DescribeLogGroupsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { GetResourcesCommand, type ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { WorkshopError } from '../errors/workshop-error.js';
import { describeArn, type ArnParts } from './leftover-fix.js';

/**
 * What a lab leaves on AWS, and how the clean-up finds it. The values match `infra/pipeline-defaults.ts`
 * (observe may not import infra): tag `workshop=iteratorage` and `lab=<slug>`, stacks `IteratorAgeWorkshop-<slug>`.
 * Log groups: CloudFormation names the consumer's group `IteratorAgeWorkshop-<slug>-PipelineConsumerLogs…`;
 * a function without its own group would log to `/aws/lambda/IteratorAgeWorkshop-…` — both contain the stack prefix.
 */
export const LEFTOVER_MARKERS = {
  tag: { key: 'workshop', value: 'iteratorage' },
  labTagKey: 'lab',
  stackPrefix: 'IteratorAgeWorkshop-',
  logGroupPattern: 'IteratorAgeWorkshop',
  logGroupPrefixes: ['IteratorAgeWorkshop-', '/aws/lambda/IteratorAgeWorkshop-'],
} as const;

/** Every stack status except DELETE_COMPLETE: a deleted stack is gone, anything else still exists. */
export const LIVE_STACK_STATUSES: readonly StackStatus[] = Object.values(StackStatus).filter((s) => s !== StackStatus.DELETE_COMPLETE);

export interface LeftoverClients {
  readonly tagging: Pick<ResourceGroupsTaggingAPIClient, 'send'>;
  readonly cloudFormation: Pick<CloudFormationClient, 'send'>;
  readonly logs: Pick<CloudWatchLogsClient, 'send'>;
}

export interface LeftoverStack {
  readonly name: string;
  readonly status: string;
  /** The lab slug after the prefix, e.g. `03-observe-iteratorage`. */
  readonly lab: string;
  /** Tagged resources of the same lab found by the tag scan: they go away with the stack. */
  readonly taggedResources: number;
}

export interface LeftoverLogGroup {
  readonly name: string;
}

export interface LeftoverResource extends ArnParts {
  readonly arn: string;
  /** The `lab` tag, when the resource has one. */
  readonly lab: string | undefined;
}

export interface LeftoverReport {
  readonly region: string;
  readonly stacks: readonly LeftoverStack[];
  readonly logGroups: readonly LeftoverLogGroup[];
  /** Tagged resources that no listed stack or log group accounts for: each needs its own removal. */
  readonly resources: readonly LeftoverResource[];
  /** Tag-scan entries of stacks CloudFormation already deleted (the tagging API lags behind deletions). */
  readonly staleTagEntries: number;
  readonly clean: boolean;
}

/**
 * Looks for everything the workshop may have left in `region`: tagged resources (Resource Groups Tagging API),
 * stacks that are not DELETE_COMPLETE, and log groups named after the stacks (they outlive a stack when retained).
 * Follows every page; output is sorted, so the same account gives the same report.
 * @throws WorkshopError `missing_credentials`, `missing_region` or `aws_call_failed` naming the call.
 */
export async function scanLeftovers(input: { readonly region: string; readonly clients: LeftoverClients }): Promise<LeftoverReport> {
  const { clients } = input;
  const tagged = await call('Resource Groups Tagging', 'GetResources', () => taggedResources(clients.tagging));
  const liveStacks = await call('CloudFormation', 'ListStacks', () => workshopStacks(clients.cloudFormation));
  const logGroupNames = await call('CloudWatch Logs', 'DescribeLogGroups', () => workshopLogGroups(clients.logs));

  const stackLabs = new Set(liveStacks.map((s) => s.lab));
  const logGroupSet = new Set(logGroupNames);
  const resources: LeftoverResource[] = [];
  const perLab = new Map<string, number>();
  let staleTagEntries = 0;
  for (const resource of tagged) {
    if (resource.lab !== undefined && stackLabs.has(resource.lab)) {
      perLab.set(resource.lab, (perLab.get(resource.lab) ?? 0) + 1);
    } else if (resource.service === 'cloudformation' && resource.type === 'stack') {
      staleTagEntries += 1; // ListStacks does not show it: CloudFormation already deleted it
    } else if (!(resource.service === 'logs' && logGroupSet.has(resource.name))) {
      resources.push(resource);
    }
  }
  const stacks = liveStacks.map((s) => ({ ...s, taggedResources: perLab.get(s.lab) ?? 0 }));
  const logGroups = logGroupNames.map((name) => ({ name }));
  return {
    region: input.region,
    stacks,
    logGroups,
    resources,
    staleTagEntries,
    clean: stacks.length === 0 && logGroups.length === 0 && resources.length === 0,
  };
}

async function taggedResources(client: LeftoverClients['tagging']): Promise<LeftoverResource[]> {
  const found: LeftoverResource[] = [];
  await eachPage(async (token) => {
    const page = await client.send(new GetResourcesCommand({
      TagFilters: [{ Key: LEFTOVER_MARKERS.tag.key, Values: [LEFTOVER_MARKERS.tag.value] }],
      ResourcesPerPage: 100,
      ...(token === undefined ? {} : { PaginationToken: token }),
    }));
    for (const mapping of page.ResourceTagMappingList ?? []) {
      if (!mapping.ResourceARN) continue;
      const lab = mapping.Tags?.find((t) => t.Key === LEFTOVER_MARKERS.labTagKey)?.Value;
      found.push({ arn: mapping.ResourceARN, lab, ...describeArn(mapping.ResourceARN) });
    }
    return page.PaginationToken;
  });
  return found.sort((a, b) => a.arn.localeCompare(b.arn));
}

async function workshopStacks(client: LeftoverClients['cloudFormation']): Promise<Omit<LeftoverStack, 'taggedResources'>[]> {
  const found: Omit<LeftoverStack, 'taggedResources'>[] = [];
  await eachPage(async (token) => {
    const page = await client.send(new ListStacksCommand({ StackStatusFilter: [...LIVE_STACK_STATUSES], ...(token === undefined ? {} : { NextToken: token }) }));
    for (const stack of page.StackSummaries ?? []) {
      const name = stack.StackName ?? '';
      if (!name.startsWith(LEFTOVER_MARKERS.stackPrefix) || stack.StackStatus === StackStatus.DELETE_COMPLETE) continue;
      found.push({ name, status: stack.StackStatus ?? 'UNKNOWN', lab: name.slice(LEFTOVER_MARKERS.stackPrefix.length) });
    }
    return page.NextToken;
  });
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

async function workshopLogGroups(client: LeftoverClients['logs']): Promise<string[]> {
  const found: string[] = [];
  await eachPage(async (token) => {
    const page = await client.send(new DescribeLogGroupsCommand({ logGroupNamePattern: LEFTOVER_MARKERS.logGroupPattern, ...(token === undefined ? {} : { nextToken: token }) }));
    for (const group of page.logGroups ?? []) {
      const name = group.logGroupName ?? '';
      if (LEFTOVER_MARKERS.logGroupPrefixes.some((prefix) => name.startsWith(prefix))) found.push(name);
    }
    return page.nextToken;
  });
  return found.sort((a, b) => a.localeCompare(b));
}

/** Calls `fetch` with each next-page token until there is none; a token seen twice ends the loop too. */
async function eachPage(fetch: (token: string | undefined) => Promise<string | undefined>): Promise<void> {
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    token = await fetch(token);
    if (token !== undefined && seen.has(token)) return;
    if (token) seen.add(token);
  } while (token);
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError', 'ExpiredToken', 'ExpiredTokenException', 'InvalidClientTokenId',
  'UnrecognizedClientException', 'TokenRefreshRequired', 'SSOTokenProviderFailure',
]);

async function call<T>(service: string, operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (CREDENTIAL_ERRORS.has(name) || /could not load credentials/i.test(message)) throw new WorkshopError({ code: 'missing_credentials' }, { cause: error });
    if (/region is missing/i.test(message)) throw new WorkshopError({ code: 'missing_region' }, { cause: error });
    throw new WorkshopError({ code: 'aws_call_failed', service, operation, detail: message || name }, { cause: error });
  }
}
