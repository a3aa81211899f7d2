import React, { type ReactNode, useEffect, useRef, useState } from 'react';
import { durationTicks, formatNumber, niceTicks, type SiteLocale } from './human-units';
import { linePath } from './line-path';
import styles from './charts.module.css';

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** A CSS variable from custom.css, so light and dark mode each get readable colours. */
  readonly color: string;
  readonly dashed?: boolean;
}

export interface TimeSeriesChartProps {
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** `duration`: values in ms, axis in ms/s/min/h; `count`: record counts. */
  readonly kind: 'duration' | 'count';
  readonly minutesPerPoint: number;
  readonly totalMinutes: number;
  readonly locale: SiteLocale;
  /** Drawn as a dashed horizontal line, in the values' unit. */
  readonly threshold?: number;
  readonly thresholdLabel?: string;
  /** id of the element holding the text description of this chart. */
  readonly describedBy: string;
  readonly testId: string;
}

/** Width drawn on the server (and before the figure is measured); afterwards the figure's own width in px. */
const SERVER_WIDTH = 720;
const M = { left: 64, right: 16, top: 14, bottom: 38 };

/** The figure's width in CSS pixels, so one SVG unit is one pixel and labels keep their size on a phone. */
function useWidth(): [React.RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  const [width, setWidth] = useState(SERVER_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (): void => setWidth(Math.max(280, Math.round(element.clientWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** A plain SVG line chart: rendered on the server too, so the page shows it before any script runs. */
export default function TimeSeriesChart(props: TimeSeriesChartProps): ReactNode {
  const { series, kind, minutesPerPoint, totalMinutes, locale, threshold } = props;
  const [figureRef, W] = useWidth();
  const H = W < 500 ? 200 : 240;
  const PLOT_W = W - M.left - M.right;
  const PLOT_H = H - M.top - M.bottom;
  const dataMax = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const top = Math.max(dataMax, threshold ?? 0) || 1;
  const yAxis = kind === 'duration' ? durationAxis(top, locale) : countAxis(top, locale);
  const yMax = yAxis.ticks[yAxis.ticks.length - 1]!;
  const xAxis = timeAxis(totalMinutes, locale, W < 500 ? 4 : 6);
  const x = (minute: number): number => M.left + (minute / xAxis.maxMinutes) * PLOT_W;
  const y = (value: number): number => M.top + PLOT_H - (value / yMax) * PLOT_H;
  const titleId = `${props.testId}-title`;

  return (
    <figure className={styles.figure} ref={figureRef}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
      >
        <title id={titleId}>{props.title}</title>
        {yAxis.ticks.map((t, i) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className={styles.grid} />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" className={styles.tick}>{yAxis.labels[i]}</text>
          </g>
        ))}
        {xAxis.ticksMinutes.map((t, i) => (
          <text key={`x${t}`} x={x(t)} y={H - M.bottom + 16} textAnchor="middle" className={styles.tick}>{xAxis.labels[i]}</text>
        ))}
        <text x={M.left + PLOT_W / 2} y={H - 4} textAnchor="middle" className={styles.axisTitle}>{xAxis.title}</text>
        {threshold !== undefined && (
          <g data-testid={`${props.testId}-threshold`}>
            <line x1={M.left} x2={W - M.right} y1={y(threshold)} y2={y(threshold)} className={styles.threshold} />
            <text x={W - M.right - 4} y={y(threshold) - 5} textAnchor="end" className={styles.thresholdLabel}>{props.thresholdLabel}</text>
          </g>
        )}
        {series.map((s) => (
          <path
            key={s.key}
            d={linePath(s.values, minutesPerPoint, x, y)}
            stroke={`var(${s.color})`}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            className={styles.line}
            data-series={s.key}
          />
        ))}
      </svg>
      <figcaption className={styles.legend}>
        <strong>{props.title}</strong>
        {series.map((s) => (
          <span key={s.key} className={styles.legendItem}>
            <span className={styles.swatch} style={{ background: `var(${s.color})` }} aria-hidden="true" />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function durationAxis(maxMs: number, locale: SiteLocale): { ticks: number[]; labels: string[] } {
  const { unit, ticksMs } = durationTicks(maxMs);
  return { ticks: ticksMs, labels: ticksMs.map((t) => `${formatNumber(t / unit.ms, locale)} ${unit.symbol}`) };
}

function countAxis(max: number, locale: SiteLocale): { ticks: number[]; labels: string[] } {
  const ticks = niceTicks(max);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return { ticks, labels: ticks.map((t) => compact.format(t)) };
}

function timeAxis(totalMinutes: number, locale: SiteLocale, tickCount: number): { maxMinutes: number; ticksMinutes: number[]; labels: string[]; title: string } {
  const inHours = totalMinutes > 180;
  const ticks = niceTicks(inHours ? totalMinutes / 60 : totalMinutes, tickCount);
  const ticksMinutes = ticks.map((t) => (inHours ? t * 60 : t));
  const pt = locale === 'pt-BR';
  return {
    maxMinutes: Math.max(ticksMinutes[ticksMinutes.length - 1]!, 1),
    ticksMinutes,
    labels: ticks.map((t) => formatNumber(t, locale)),
    title: inHours ? (pt ? 'tempo (horas)' : 'time (hours)') : (pt ? 'tempo (minutos)' : 'time (minutes)'),
  };
}
