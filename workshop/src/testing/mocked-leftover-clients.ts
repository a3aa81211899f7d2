// Test helper (no network): fake Tagging API, CloudFormation and CloudWatch Logs clients for `leftovers`.
import { ListStacksCommand, type StackSummary } from '@aws-sdk/client-cloudformation';
import { DescribeLogGroupsCommand, type LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import { GetResourcesCommand, type ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';
import type { LeftoverClients } from '../observe/leftover-scan.js';

/** Mocked AWS: each API answers from its pages (page i is returned for the i-th call); requests are recorded. */
export interface MockedAws {
  readonly tagged?: readonly (readonly ResourceTagMapping[])[];
  readonly stacks?: readonly (readonly StackSummary[])[];
  readonly logGroups?: readonly (readonly LogGroup[])[];
  readonly fail?: Error;
}

export function mockedLeftoverClients(aws: MockedAws) {
  const requests = { tagging: [] as GetResourcesCommand[], stacks: [] as ListStacksCommand[], logs: [] as DescribeLogGroupsCommand[] };
  const token = (pages: readonly unknown[] | undefined, i: number) => (pages !== undefined && i + 1 < pages.length ? `page-${i + 1}` : undefined);
  const send = async (command: unknown): Promise<unknown> => {
    if (aws.fail) throw aws.fail;
    if (command instanceof GetResourcesCommand) {
      const i = requests.tagging.push(command) - 1;
      return { ResourceTagMappingList: aws.tagged?.[i] ?? [], PaginationToken: token(aws.tagged, i) ?? '' };
    }
    if (command instanceof ListStacksCommand) {
      const i = requests.stacks.push(command) - 1;
      return { StackSummaries: aws.stacks?.[i] ?? [], NextToken: token(aws.stacks, i) };
    }
    if (command instanceof DescribeLogGroupsCommand) {
      const i = requests.logs.push(command) - 1;
      return { logGroups: aws.logGroups?.[i] ?? [], nextToken: token(aws.logGroups, i) };
    }
    throw new Error('unexpected command');
  };
  const client = { send } as unknown as LeftoverClients['tagging'] & LeftoverClients['cloudFormation'] & LeftoverClients['logs'];
  const clients: LeftoverClients & { destroy: () => void } = { tagging: client, cloudFormation: client, logs: client, destroy: () => undefined };
  return { clients, requests };
}
