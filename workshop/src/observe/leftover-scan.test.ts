import type { ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';
import { describe, expect, it } from 'vitest';
import { isWorkshopError } from '../errors/workshop-error.js';
import { mockedLeftoverClients as mockedClients } from '../testing/mocked-leftover-clients.js';
import { LIVE_STACK_STATUSES, scanLeftovers } from './leftover-scan.js';

const ACCOUNT = 'arn:aws:%s:us-east-1:111122223333:';
const arn = (service: string, rest: string) => `${ACCOUNT.replace('%s', service)}${rest}`;
const tagged = (resourceArn: string, lab?: string): ResourceTagMapping => ({
  ResourceARN: resourceArn,
  Tags: [{ Key: 'workshop', Value: 'iteratorage' }, ...(lab === undefined ? [] : [{ Key: 'lab', Value: lab }])],
});

describe('scanLeftovers (mocked Tagging API, CloudFormation and CloudWatch Logs)', () => {
  it('GIVEN an empty account WHEN scanned THEN the report is clean and each API was asked the right question', async () => {
    const { clients, requests } = mockedClients({});
    const report = await scanLeftovers({ region: 'us-east-1', clients });
    expect(report).toEqual({ region: 'us-east-1', stacks: [], logGroups: [], resources: [], staleTagEntries: 0, clean: true });
    expect(requests.tagging[0]?.input.TagFilters).toEqual([{ Key: 'workshop', Values: ['iteratorage'] }]);
    expect(requests.stacks[0]?.input.StackStatusFilter).toEqual(LIVE_STACK_STATUSES);
    expect(LIVE_STACK_STATUSES).not.toContain('DELETE_COMPLETE');
    expect(LIVE_STACK_STATUSES).toContain('DELETE_FAILED');
    expect(requests.logs[0]?.input).toEqual({ logGroupNamePattern: 'IteratorAgeWorkshop' });
  });

  it('GIVEN every API answering in two pages WHEN scanned THEN both pages are read, each next call carrying the token', async () => {
    const { clients, requests } = mockedClients({
      tagged: [[tagged(arn('dynamodb', 'table/A'), '01-deploy-consumer')], [tagged(arn('dynamodb', 'table/B'), '01-deploy-consumer')]],
      stacks: [[{ StackName: 'IteratorAgeWorkshop-04-batch-size', StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date(0) }], [{ StackName: 'IteratorAgeWorkshop-05-parallelization', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date(0) }]],
      logGroups: [[{ logGroupName: '/aws/lambda/IteratorAgeWorkshop-02-x' }], [{ logGroupName: 'IteratorAgeWorkshop-06-alarm-PipelineConsumerLogs1A-Zz' }]],
    });
    const report = await scanLeftovers({ region: 'us-east-1', clients });
    expect(requests.tagging.map((r) => r.input.PaginationToken)).toEqual([undefined, 'page-1']);
    expect(requests.stacks.map((r) => r.input.NextToken)).toEqual([undefined, 'page-1']);
    expect(requests.logs.map((r) => r.input.nextToken)).toEqual([undefined, 'page-1']);
    expect(report.resources.map((r) => r.name)).toEqual(['A', 'B']);
    expect(report.stacks.map((s) => s.lab)).toEqual(['04-batch-size', '05-parallelization']);
    expect(report.logGroups.map((g) => g.name)).toEqual(['/aws/lambda/IteratorAgeWorkshop-02-x', 'IteratorAgeWorkshop-06-alarm-PipelineConsumerLogs1A-Zz']);
    expect(report.clean).toBe(false);
  });

  it('GIVEN tagged resources of a live stack, a deleted stack and a named log group WHEN scanned THEN each is counted once', async () => {
    const { clients } = mockedClients({
      tagged: [[
        tagged(arn('dynamodb', 'table/Src'), '03-observe-iteratorage'),
        tagged(arn('lambda', 'function:Fn'), '03-observe-iteratorage'),
        tagged(arn('cloudformation', 'stack/IteratorAgeWorkshop-01-deploy-consumer/abc'), '01-deploy-consumer'),
        tagged(arn('logs', 'log-group:IteratorAgeWorkshop-02-generate-load-Logs-1'), '02-generate-load'),
      ]],
      stacks: [[{ StackName: 'IteratorAgeWorkshop-03-observe-iteratorage', StackStatus: 'DELETE_FAILED', CreationTime: new Date(0) }, { StackName: 'OtherApp', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date(0) }]],
      logGroups: [[{ logGroupName: 'IteratorAgeWorkshop-02-generate-load-Logs-1' }, { logGroupName: '/aws/other/IteratorAgeWorkshop-note' }]],
    });
    const report = await scanLeftovers({ region: 'us-east-1', clients });
    expect(report.stacks).toEqual([{ name: 'IteratorAgeWorkshop-03-observe-iteratorage', status: 'DELETE_FAILED', lab: '03-observe-iteratorage', taggedResources: 2 }]);
    expect(report.logGroups).toEqual([{ name: 'IteratorAgeWorkshop-02-generate-load-Logs-1' }]);
    expect(report.resources).toEqual([]);
    expect(report.staleTagEntries).toBe(1);
  });

  it('GIVEN the SDK finds no credentials WHEN scanned THEN WorkshopError missing_credentials (with the SDK error as cause)', async () => {
    const cause = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    const error: unknown = await scanLeftovers({ region: 'us-east-1', clients: mockedClients({ fail: cause }).clients }).catch((e: unknown) => e);
    expect(isWorkshopError(error) && error.issue).toEqual({ code: 'missing_credentials' });
    expect(error instanceof Error && error.cause).toBe(cause);
  });

  it('GIVEN the tagging API refuses access WHEN scanned THEN WorkshopError aws_call_failed names the service and the call', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: tag:GetResources'), { name: 'AccessDeniedException' });
    const error: unknown = await scanLeftovers({ region: 'us-east-1', clients: mockedClients({ fail: denied }).clients }).catch((e: unknown) => e);
    expect(isWorkshopError(error) && error.issue).toEqual({
      code: 'aws_call_failed', service: 'Resource Groups Tagging', operation: 'GetResources', detail: 'User is not authorized to perform: tag:GetResources',
    });
  });
});
