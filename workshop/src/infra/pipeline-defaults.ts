import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/**
 * Defaults of the lab pipeline that are not consumer settings (those live in `settings/consumer-settings.ts`
 * and are written once there). Kept here so the construct's constructor only reads names, never numbers.
 * Order of precedence: the lab's own value (props) → these defaults.
 */
export const PIPELINE_DEFAULTS = {
  /** Everything a lab creates is thrown away with its stack: nothing is worth keeping after a workshop. */
  removalPolicy: RemovalPolicy.DESTROY,
  /** The consumer's log group keeps a week: enough to debug a lab, cheap to keep. */
  logRetention: RetentionDays.ONE_WEEK,
  /** Lambda metrics have a 1-minute resolution; the IteratorAge alarm and the dashboard read at it. */
  metricPeriod: Duration.minutes(1),
  /** Dashboard graph width in CloudWatch grid units (24 = a full row); two graphs per row. */
  dashboardWidgetWidth: 12,
  dashboardWidgetHeight: 6,
} as const;

/** The tags on every resource of a lab, so `destroy` and a tag search can find what the workshop created. */
export const WORKSHOP_TAG = { key: 'workshop', value: 'iteratorage' } as const;
export const LAB_TAG_KEY = 'lab';

/** Stack names start with this, followed by the lab's slug: `IteratorAgeWorkshop-01-deploy-consumer`. */
export const STACK_NAME_PREFIX = 'IteratorAgeWorkshop';

/** The partition and sort key names: the source table holds `SourceOrder`s, the results table `ResultItem`s. */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** The environment variable the consumer reads to find the results table (see `runtime/`). */
export const RESULTS_TABLE_ENV = 'RESULTS_TABLE_NAME';
