// A deployed lab stack's outputs, read from CloudFormation (DescribeStacks) by the commands that work on a
// stack `deploy` created: which queue, which stream, which table. A stack that is not there, or lacks an
// output, is said in the learner's words before anything else happens.
import { DescribeStacksCommand, type CloudFormationClient, type Output } from '@aws-sdk/client-cloudformation';
import { WorkshopError } from '../errors/workshop-error.js';
import { awsCallError } from '../errors/aws-call-error.js';

export interface StackLookup {
  readonly stackName: string;
  /** The lab, as `deploy` takes it (e.g. `09`), for the hints. */
  readonly lab: string;
  readonly region: string;
  readonly profile?: string;
}

/** Statuses in which a stack's outputs are those of a finished deployment. */
const USABLE = /^(CREATE_COMPLETE|UPDATE_COMPLETE|UPDATE_ROLLBACK_COMPLETE|IMPORT_COMPLETE|IMPORT_ROLLBACK_COMPLETE)$/;

/**
 * The outputs named in `wanted`, by output key.
 * @throws WorkshopError `stack_not_found` (absent, deleted, or never finished), `stack_output_missing`,
 *   `missing_credentials`, `aws_access_denied`, `aws_call_failed`.
 */
export async function readStackOutputs<K extends string>(cloudFormation: Pick<CloudFormationClient, 'send'>, lookup: StackLookup, wanted: readonly K[]): Promise<Record<K, string>> {
  let stacks;
  try {
    stacks = (await cloudFormation.send(new DescribeStacksCommand({ StackName: lookup.stackName }))).Stacks ?? [];
  } catch (error) {
    if (error instanceof Error && error.name === 'ValidationError' && /does not exist/i.test(error.message)) {
      throw new WorkshopError({ code: 'stack_not_found', stackName: lookup.stackName, region: lookup.region, lab: lookup.lab }, { cause: error });
    }
    throw awsCallError(error, { service: 'CloudFormation', operation: 'DescribeStacks', resource: lookup.stackName, ...(lookup.profile === undefined ? {} : { profile: lookup.profile }) });
  }
  const stack = stacks[0];
  if (!stack || !USABLE.test(stack.StackStatus ?? '')) throw new WorkshopError({ code: 'stack_not_found', stackName: lookup.stackName, region: lookup.region, lab: lookup.lab });
  const outputs = new Map((stack.Outputs ?? []).map((o: Output) => [o.OutputKey ?? '', o.OutputValue ?? '']));
  const found = {} as Record<K, string>;
  for (const key of wanted) {
    const value = outputs.get(key);
    if (!value) throw new WorkshopError({ code: 'stack_output_missing', stackName: lookup.stackName, output: key, lab: lookup.lab });
    found[key] = value;
  }
  return found;
}
