/** The parts of an ARN the clean-up needs: `arn:partition:service:region:account:resource`. */
export interface ArnParts {
  /** e.g. `dynamodb`, `lambda`, `logs`, `sns`, `sqs`, `cloudwatch`, `cloudformation`, `iam`. */
  readonly service: string;
  /** e.g. `table`, `function`, `log-group`, `alarm`, `stack`; empty for SNS topics and SQS queues. */
  readonly type: string;
  /** The resource's own name: table name, function name, log group name, topic name… */
  readonly name: string;
  readonly account: string;
}

/**
 * Splits an ARN into service, resource type and name. Handles both resource forms (`type/name` and `type:name`),
 * the bare form of SNS and SQS (`…:account:name`), CloudFormation's `stack/<name>/<id>` and a log group's `:*` suffix.
 */
export function describeArn(arn: string): ArnParts {
  const parts = arn.split(':');
  const service = parts[2] ?? '';
  const account = parts[4] ?? '';
  const resource = parts.slice(5).join(':').replace(/:\*$/, '');
  const cut = resource.search(/[/:]/);
  if (cut < 0) return { service, type: '', name: resource, account };
  const type = resource.slice(0, cut);
  const rest = resource.slice(cut + 1);
  const name = service === 'cloudformation' && type === 'stack' ? (rest.split('/')[0] ?? rest) : rest;
  return { service, type, name, account };
}

/**
 * The AWS CLI command that deletes one resource the workshop left behind, or undefined when there is no
 * one-line removal (e.g. an IAM role must lose its policies first: the console is the clearer way).
 */
export function removalCommand(resource: ArnParts & { readonly arn: string }, region: string): string | undefined {
  const { service, type, name } = resource;
  const r = `--region ${region}`;
  const q = shellQuote;
  switch (`${service}:${type}`) {
    case 'dynamodb:table': return `aws dynamodb delete-table --table-name ${q(name)} ${r}`;
    case 'lambda:function': return `aws lambda delete-function --function-name ${q(name)} ${r}`;
    case 'lambda:event-source-mapping': return `aws lambda delete-event-source-mapping --uuid ${q(name)} ${r}`;
    case 'logs:log-group': return logGroupRemoval(name, region);
    case 'sns:': return `aws sns delete-topic --topic-arn ${q(resource.arn)} ${r}`;
    case 'sqs:': return `aws sqs delete-queue --queue-url ${q(`https://sqs.${region}.amazonaws.com/${resource.account}/${name}`)} ${r}`;
    case 'cloudwatch:alarm': return `aws cloudwatch delete-alarms --alarm-names ${q(name)} ${r}`;
    case 'cloudwatch:dashboard': return `aws cloudwatch delete-dashboards --dashboard-names ${q(name)} ${r}`;
    case 'cloudformation:stack': return stackRemoval(name, region);
    default: return undefined;
  }
}

export function logGroupRemoval(name: string, region: string): string {
  return `aws logs delete-log-group --log-group-name ${shellQuote(name)} --region ${region}`;
}

export function stackRemoval(name: string, region: string): string {
  return `aws cloudformation delete-stack --stack-name ${shellQuote(name)} --region ${region}`;
}

/** Leaves plain names as they are (copy-paste friendly) and single-quotes anything a shell could misread. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9._/:=@+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
