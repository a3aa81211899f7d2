import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { DlqDestinationConfig, IEventSourceDlq, IEventSourceMapping, IFunction } from 'aws-cdk-lib/aws-lambda';
import { SnsDlq, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { OnFailureDestination } from '../settings/consumer-settings.js';
import { NAG_REASONS } from './nag-reasons.js';

/** The resource that receives the metadata of discarded batches, and the ESM's handle on it. */
export interface FailureDestination {
  readonly resource: Queue | Topic | Bucket;
  readonly dlq: IEventSourceDlq;
  /**
   * SQS only: in ALARM as soon as one message waits in the queue (ApproximateNumberOfMessagesVisible, Maximum
   * over 1 minute, > 0): a record was given up, and the redrive (lab 09) has work to do within 24 h.
   */
  readonly depthAlarm?: Alarm;
}

/**
 * Creates the on-failure destination a lab asked for (`onFailure` setting), or nothing for `'none'`.
 * It receives batch metadata (shard ID and sequence range), not the records themselves.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export function createFailureDestination(scope: Construct, kind: OnFailureDestination): FailureDestination | undefined {
  switch (kind) {
    case 'none':
      return undefined;
    case 'sqs': {
      const queue = new Queue(scope, 'FailedBatches', {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason: NAG_REASONS.failureQueueIsTheDeadLetter });
      const depthAlarm = new Alarm(scope, 'FailedBatchesWaiting', {
        metric: queue.metricApproximateNumberOfMessagesVisible({ statistic: Stats.MAXIMUM, period: Duration.minutes(1) }),
        alarmDescription: 'On-failure queue of the stream consumer: at least one batch was given up (metadata only). Read the stream again from its sequence numbers within 24 h (workshop redrive).',
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      return { resource: queue, dlq: new SqsDlq(queue), depthAlarm };
    }
    case 'sns': {
      const topic = new Topic(scope, 'FailedBatches', { enforceSSL: true });
      Validations.of(topic).acknowledge({ id: 'AwsSolutions-SNS2', reason: NAG_REASONS.failureTopicNoKms });
      return { resource: topic, dlq: new SnsDlq(topic) };
    }
    case 's3': {
      const bucket = new Bucket(scope, 'FailedBatches', {
        encryption: BucketEncryption.S3_MANAGED,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        removalPolicy: RemovalPolicy.DESTROY,
        autoDeleteObjects: true,
      });
      Validations.of(bucket).acknowledge({ id: 'AwsSolutions-S1', reason: NAG_REASONS.failureBucketNoAccessLogs });
      return { resource: bucket, dlq: new S3FailureDestination(bucket) };
    }
  }
}

/**
 * An S3 on-failure destination granting only what Lambda needs (s3:PutObject on the objects, s3:ListBucket
 * on the bucket), where CDK's `S3OnFailureDestination` grants read and write on everything in the bucket.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html
 */
export class S3FailureDestination implements IEventSourceDlq {
  constructor(private readonly bucket: Bucket) {}

  bind(_target: IEventSourceMapping, targetHandler: IFunction): DlqDestinationConfig {
    targetHandler.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }));
    targetHandler.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.bucket.arnForObjects('*')] }));
    if (targetHandler.role !== undefined) {
      Validations.of(targetHandler.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.bucket.stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/*]`,
        reason: NAG_REASONS.failureObjectsUnknownKeys,
      });
    }
    return { destination: this.bucket.bucketArn };
  }
}
