import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Aws, CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ConsumerPipeline } from './consumer-pipeline.js';
import type { LabDefinition } from './lab-definition.js';
import { LAB_OUTPUTS } from './lab-outputs.js';
import { LAB_TAG_KEY, WORKSHOP_TAG } from './pipeline-defaults.js';

export interface LabStackProps extends StackProps {
  /** The lab folder's settings, alarm and Lambda entry (see `loadLabDefinition`). */
  readonly lab: LabDefinition;
  /** E-mail subscribed to the alarm topic, when the lab has an alarm. @default - none */
  readonly alarmEmail?: string;
}

export { LAB_OUTPUTS } from './lab-outputs.js';

/**
 * One lab deployed to AWS: the `ConsumerPipeline` built from the lab folder, named `IteratorAgeWorkshop-<slug>`,
 * tagged at stack level too (CloudFormation then tags what it creates), with the names a learner needs as outputs.
 */
export class LabStack extends Stack {
  public readonly pipeline: ConsumerPipeline;

  constructor(scope: Construct, props: LabStackProps) {
    const { lab, alarmEmail, ...stackProps } = props;
    super(scope, lab.stackName, {
      description: `IteratorAge Workshop — lab ${lab.slug}: DynamoDB Streams → Lambda consumer (remove with "npx workshop destroy ${lab.slug}").`,
      ...stackProps,
    });
    this.pipeline = new ConsumerPipeline(this, 'Pipeline', {
      labName: lab.slug,
      consumer: lab.consumer,
      handlerEntry: lab.handlerEntry,
      ...(lab.alarm === undefined ? {} : { alarm: lab.alarm }),
      ...(lab.throttlesAlarm === undefined ? {} : { throttlesAlarm: lab.throttlesAlarm }),
      ...(alarmEmail === undefined ? {} : { alarmEmail }),
    });
    Tags.of(this).add(WORKSHOP_TAG.key, WORKSHOP_TAG.value);
    Tags.of(this).add(LAB_TAG_KEY, lab.slug);

    const { sourceTable, resultsTable, consumerFunction, dashboard, iteratorAgeAlarm } = this.pipeline;
    this.output(LAB_OUTPUTS.sourceTableName, sourceTable.tableName, 'Source table: "npx workshop load --table" writes here.');
    this.output(LAB_OUTPUTS.resultsTableName, resultsTable.tableName, 'Results table the consumer writes to.');
    this.output(LAB_OUTPUTS.functionName, consumerFunction.functionName, 'Consumer function: "npx workshop watch --function" reads its metrics.');
    this.output(LAB_OUTPUTS.streamArn, sourceTable.tableStreamArn ?? '', 'Stream of the source table.');
    this.output(LAB_OUTPUTS.dashboardName, dashboard.dashboardName, 'CloudWatch dashboard of the lab.');
    this.output(
      LAB_OUTPUTS.dashboardUrl,
      `https://${Aws.REGION}.console.aws.amazon.com/cloudwatch/home?region=${Aws.REGION}#dashboards:name=${dashboard.dashboardName}`,
      'Open the dashboard in the AWS console.',
    );
    if (iteratorAgeAlarm !== undefined) this.output(LAB_OUTPUTS.alarmTopicArn, iteratorAgeAlarm.topic.topicArn, 'SNS topic of the IteratorAge alarm.');
    const failed = this.pipeline.failureDestination?.resource;
    if (failed instanceof Queue) this.output(LAB_OUTPUTS.failureQueueUrl, failed.queueUrl, 'On-failure queue (batch metadata only): "npx workshop redrive --target aws" drains it.');
  }

  private output(id: string, value: string, description: string): void {
    new CfnOutput(this, id, { value, description });
  }
}
