/**
 * Why each cdk-nag AwsSolutions finding the lab pipeline keeps is acceptable. Every acknowledgement in
 * `infra/` takes its reason from here, so a reviewer reads all of them in one place.
 */
export const NAG_REASONS = {
  listStreamsNeedsStar:
    'dynamodb:ListStreams does not support resource-level permissions, so the event source mapping role must name "*"; ' +
    'the read actions on the stream itself (DescribeStream, GetRecords, GetShardIterator) are scoped to the stream ARN.',
  alarmTopicNoKms:
    'The alarm topic carries only alarm state changes (no data). CloudWatch cannot publish to a topic encrypted with the ' +
    'AWS-managed aws/sns key, and a customer-managed KMS key would add a monthly cost to a short workshop.',
  failureTopicNoKms:
    'The on-failure topic receives only batch metadata (shard ID and sequence numbers), never record data; a ' +
    'customer-managed KMS key would add a monthly cost to a short workshop.',
  failureQueueIsTheDeadLetter:
    'This queue is itself the on-failure destination of the event source mapping; giving it another dead-letter queue ' +
    'would only move the same metadata one step further.',
  failureBucketNoAccessLogs:
    'The bucket holds only the discarded batches of a short-lived lab stack; server access logs would need a second ' +
    'bucket that outlives the lab and keeps costing money after clean-up.',
  failureObjectsUnknownKeys:
    'Lambda names each on-failure object itself, so s3:PutObject must cover the bucket\'s objects (bucket ARN + "/*"); ' +
    'it is the only object action granted, and only on this bucket.',
  autoDeleteProviderManagedPolicy:
    'CDK\'s auto-delete-objects custom resource (which empties the on-failure bucket so destroy succeeds) is created by ' +
    'the CDK framework with the AWSLambdaBasicExecutionRole managed policy; its code and role are not configurable.',
  autoDeleteProviderRuntime:
    'The runtime of CDK\'s auto-delete-objects custom resource is chosen by the CDK framework, not by this workshop.',
} as const;
