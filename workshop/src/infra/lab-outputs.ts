// The names of a lab stack's CloudFormation outputs, apart from the stack (no CDK import): the commands that
// read a deployed stack (`run --target aws`, `redrive --target aws`) need the names, not aws-cdk-lib.

/** Names of the stack outputs; `deployLab` returns them; `run` and `redrive --target aws` read them. */
export const LAB_OUTPUTS = {
  sourceTableName: 'SourceTableName',
  resultsTableName: 'ResultsTableName',
  functionName: 'FunctionName',
  streamArn: 'StreamArn',
  dashboardName: 'DashboardName',
  dashboardUrl: 'DashboardUrl',
  alarmTopicArn: 'AlarmTopicArn',
  /** Only with an SQS on-failure destination (labs 07 and 09): `workshop redrive` drains it. */
  failureQueueUrl: 'FailureQueueUrl',
} as const;
