import { Duration } from 'aws-cdk-lib';
import { StartingPosition, type IEventSourceDlq } from 'aws-cdk-lib/aws-lambda';
import type { DynamoEventSourceProps } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ConsumerSettings } from '../settings/consumer-settings.js';
import type { WorkshopDuration } from '../settings/duration.js';

const toDuration = (d: WorkshopDuration): Duration => Duration.seconds(d.seconds);

/**
 * Maps the workshop's resolved consumer settings onto CDK's `DynamoEventSource` props, one to one
 * (the settings reuse CDK's names). Unset optional settings stay unset, so AWS applies its own default
 * (`retryAttempts` → -1 = retry until the records expire; `maxRecordAge` → -1 = no limit).
 */
export function toDynamoEventSourceProps(settings: ConsumerSettings, onFailure?: IEventSourceDlq): DynamoEventSourceProps {
  return {
    startingPosition: settings.startingPosition === 'LATEST' ? StartingPosition.LATEST : StartingPosition.TRIM_HORIZON,
    batchSize: settings.batchSize,
    parallelizationFactor: settings.parallelizationFactor,
    maxBatchingWindow: toDuration(settings.maxBatchingWindow),
    bisectBatchOnError: settings.bisectBatchOnError,
    reportBatchItemFailures: settings.reportBatchItemFailures,
    ...(settings.retryAttempts === undefined ? {} : { retryAttempts: settings.retryAttempts }),
    ...(settings.maxRecordAge === undefined ? {} : { maxRecordAge: toDuration(settings.maxRecordAge) }),
    ...(onFailure === undefined ? {} : { onFailure }),
  };
}
