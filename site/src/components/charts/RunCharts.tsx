import React, { type ReactNode } from 'react';
import type { ChartData } from './chart-data';
import { describeChart } from './describe-chart';
import { formatDuration, type SiteLocale } from './human-units';
import TimeSeriesChart from './TimeSeriesChart';
import styles from './charts.module.css';

export interface RunChartsProps {
  /** Unique on the page: prefixes the ids and data-testids. */
  readonly name: string;
  readonly data: ChartData;
  readonly locale: SiteLocale;
  readonly threshold?: number;
}

/** IteratorAge over time, then backlog and lost records, then the text description of both. */
export default function RunCharts({ name, data, locale, threshold }: RunChartsProps): ReactNode {
  const { summary } = data;
  const pt = locale === 'pt-BR';
  const descId = `${name}-summary`;
  const limit = threshold ?? summary.alarm?.threshold;
  const showLost = summary.lost > 0;
  return (
    <div className={styles.run} data-testid={`${name}-charts`}>
      <TimeSeriesChart
        testId={`${name}-iterator-age`}
        title={pt ? 'IteratorAge (máximo por minuto)' : 'IteratorAge (maximum per minute)'}
        kind="duration"
        series={[{ key: 'iteratorAge', label: pt ? 'IteratorAge máximo' : 'Maximum IteratorAge', values: data.iteratorAgeMaxMs, color: '--workshop-lag-color' }]}
        minutesPerPoint={data.minutesPerPoint}
        totalMinutes={data.totalMinutes}
        locale={locale}
        threshold={limit}
        thresholdLabel={limit === undefined ? undefined : `${pt ? 'limite do alarme' : 'alarm threshold'} ${formatDuration(limit, locale)}`}
        describedBy={descId}
      />
      <TimeSeriesChart
        testId={`${name}-backlog`}
        title={pt ? 'Registros esperando no stream' : 'Records waiting in the stream'}
        kind="count"
        series={[
          { key: 'backlog', label: pt ? 'fila acumulada' : 'backlog', values: data.backlog, color: '--workshop-backlog-color' },
          ...(showLost ? [{ key: 'lost', label: pt ? 'perdidos (acumulado)' : 'lost (cumulative)', values: data.lostCumulative, color: '--workshop-lost-color', dashed: true }] : []),
        ]}
        minutesPerPoint={data.minutesPerPoint}
        totalMinutes={data.totalMinutes}
        locale={locale}
        describedBy={descId}
      />
      <p id={descId} className={styles.summary} data-testid={`${name}-summary`}>
        {describeChart(summary, locale, threshold)}
      </p>
    </div>
  );
}
