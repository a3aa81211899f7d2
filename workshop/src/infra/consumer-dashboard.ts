import { Dashboard, GraphWidget, Stats, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { PIPELINE_DEFAULTS } from './pipeline-defaults.js';

/**
 * The lab's CloudWatch dashboard: IteratorAge (Maximum) first, then what explains it — invocations,
 * errors, throttles, duration and concurrent executions — all at 1-minute resolution.
 */
export function createConsumerDashboard(scope: Construct, id: string, fn: IFunction, dashboardName: string): Dashboard {
  const period = PIPELINE_DEFAULTS.metricPeriod;
  const graph = (title: string, metric: IMetric) =>
    new GraphWidget({ title, left: [metric], width: PIPELINE_DEFAULTS.dashboardWidgetWidth, height: PIPELINE_DEFAULTS.dashboardWidgetHeight });
  const dashboard = new Dashboard(scope, id, { dashboardName });
  dashboard.addWidgets(
    graph('IteratorAge (Maximum, ms)', fn.metric('IteratorAge', { statistic: Stats.MAXIMUM, period })),
    graph('Invocations (Sum)', fn.metricInvocations({ period })),
  );
  dashboard.addWidgets(
    graph('Errors (Sum)', fn.metricErrors({ period })),
    graph('Throttles (Sum)', fn.metricThrottles({ period })),
  );
  dashboard.addWidgets(
    graph('Duration (Maximum, ms)', fn.metricDuration({ statistic: Stats.MAXIMUM, period })),
    graph('ConcurrentExecutions (Maximum)', fn.metric('ConcurrentExecutions', { statistic: Stats.MAXIMUM, period })),
  );
  return dashboard;
}
