import { Duration, Tags, Validations } from 'aws-cdk-lib';
import type { Dashboard } from 'aws-cdk-lib/aws-cloudwatch';
import { AttributeType, BillingMode, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { resolveAlarmSettings, type AlarmSettings } from '../settings/alarm-settings.js';
import { resolveConsumerSettings, type ConsumerSettings, type ConsumerSettingsInput } from '../settings/consumer-settings.js';
import { createConsumerDashboard } from './consumer-dashboard.js';
import { toDynamoEventSourceProps } from './event-source-props.js';
import { createFailureDestination, type FailureDestination } from './failure-destination.js';
import { IteratorAgeAlarm } from './iterator-age-alarm.js';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { NAG_REASONS } from './nag-reasons.js';
import { ThrottlesAlarm } from './throttles-alarm.js';
import { resolveThrottlesAlarmSettings } from '../settings/throttles-alarm-settings.js';
import { LAB_TAG_KEY, PIPELINE_DEFAULTS, RESULTS_TABLE_ENV, STACK_NAME_PREFIX, TABLE_KEYS, WORKSHOP_TAG } from './pipeline-defaults.js';

export interface ConsumerPipelineProps {
  /** The lab this pipeline belongs to, e.g. `01-deploy-consumer`; becomes the `lab` tag and names the dashboard. */
  readonly labName: string;
  /** The consumer's ESM and function settings, checked against the AWS ranges by `resolveConsumerSettings`. */
  readonly consumer: ConsumerSettingsInput;
  /** Path of the lab's Lambda entry (exports `handler`; see `writeLambdaEntry`), bundled by the local esbuild. */
  readonly handlerEntry: string;
  /** IteratorAge alarm settings (threshold in ms, M of N, missing data). @default - no alarm */
  readonly alarm?: AlarmSettings;
  /** Throttles alarm settings (threshold in throttles per period, M of N); shares the IteratorAge alarm's topic. @default - no alarm */
  readonly throttlesAlarm?: AlarmSettings;
  /** E-mail subscribed to the alarm topic (AWS sends a confirmation first). @default - no subscription */
  readonly alarmEmail?: string;
}

/**
 * The workshop's pipeline: a source table whose stream feeds a Lambda consumer through a `DynamoEventSource`
 * built from the lab's settings; the consumer writes to a results table. Optional IteratorAge alarm with an
 * SNS topic, an optional Throttles alarm on the same topic, and a dashboard. Every resource is destroyed with the stack and tagged `workshop` / `lab`.
 */
export class ConsumerPipeline extends Construct {
  public readonly settings: ConsumerSettings;
  public readonly sourceTable: Table;
  public readonly resultsTable: Table;
  public readonly consumerFunction: NodejsFunction;
  public readonly logGroup: LogGroup;
  public readonly eventSource: DynamoEventSource;
  public readonly failureDestination: FailureDestination | undefined;
  public readonly iteratorAgeAlarm: IteratorAgeAlarm | undefined;
  public readonly throttlesAlarm: ThrottlesAlarm | undefined;
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ConsumerPipelineProps) {
    super(scope, id);
    // validate — the one definition of the ranges; a bad value fails here with the learner's message
    this.settings = resolveConsumerSettings(props.consumer);
    const alarmSettings = props.alarm === undefined ? undefined : resolveAlarmSettings(props.alarm);
    const throttlesSettings = props.throttlesAlarm === undefined ? undefined : resolveThrottlesAlarmSettings(props.throttlesAlarm);

    // build
    this.sourceTable = this.createTable('SourceTable', StreamViewType.NEW_AND_OLD_IMAGES);
    this.resultsTable = this.createTable('ResultsTable');
    this.logGroup = new LogGroup(this, 'ConsumerLogs', { retention: PIPELINE_DEFAULTS.logRetention, removalPolicy: PIPELINE_DEFAULTS.removalPolicy });
    const role = new Role(this, 'ConsumerRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.consumerFunction = new NodejsFunction(this, 'Consumer', {
      entry: props.handlerEntry,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      role,
      logGroup: this.logGroup,
      memorySize: this.settings.memorySize,
      timeout: Duration.seconds(this.settings.timeout.seconds),
      ...(this.settings.reservedConcurrency === undefined ? {} : { reservedConcurrentExecutions: this.settings.reservedConcurrency }),
      environment: { [RESULTS_TABLE_ENV]: this.resultsTable.tableName },
      bundling: { format: OutputFormat.ESM, externalModules: ['@aws-sdk/*'], forceDockerBundling: false },
    });
    this.failureDestination = createFailureDestination(this, this.settings.onFailure);
    this.eventSource = new DynamoEventSource(this.sourceTable, toDynamoEventSourceProps(this.settings, this.failureDestination?.dlq));

    // grant — least privilege: logs to its own group only; item writes (no reads, no table-level actions) on results
    this.logGroup.grantWrite(role);
    this.resultsTable.grantWriteData(role);

    // wire
    this.consumerFunction.addEventSource(this.eventSource);
    Validations.of(role).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: NAG_REASONS.listStreamsNeedsStar });
    this.iteratorAgeAlarm = alarmSettings === undefined ? undefined
      : new IteratorAgeAlarm(this, 'IteratorAge', { fn: this.consumerFunction, settings: alarmSettings, ...(props.alarmEmail === undefined ? {} : { email: props.alarmEmail }) });
    this.throttlesAlarm = throttlesSettings === undefined ? undefined
      : new ThrottlesAlarm(this, 'Throttles', { fn: this.consumerFunction, settings: throttlesSettings, ...(this.iteratorAgeAlarm === undefined ? {} : { topic: this.iteratorAgeAlarm.topic }) });
    // The on-failure queue's depth alarm notifies the same topic as the IteratorAge alarm, when the lab has one.
    if (this.failureDestination?.depthAlarm && this.iteratorAgeAlarm) {
      const action = new SnsAction(this.iteratorAgeAlarm.topic);
      this.failureDestination.depthAlarm.addAlarmAction(action);
      this.failureDestination.depthAlarm.addOkAction(action);
    }
    this.dashboard = createConsumerDashboard(this, 'Dashboard', this.consumerFunction, dashboardNameFor(props.labName));
    Tags.of(this).add(WORKSHOP_TAG.key, WORKSHOP_TAG.value);
    Tags.of(this).add(LAB_TAG_KEY, props.labName);
  }

  private createTable(id: string, stream?: StreamViewType): Table {
    return new Table(this, id, {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: PIPELINE_DEFAULTS.removalPolicy,
      ...(stream === undefined ? {} : { stream }),
    });
  }
}

/** CloudWatch dashboard names allow letters, digits, `-` and `_`. */
export function dashboardNameFor(labName: string): string {
  return `${STACK_NAME_PREFIX}-${labName.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
