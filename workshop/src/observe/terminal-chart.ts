import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { checkInteger } from '../settings/range-check.js';
import { WorkshopError } from '../errors/workshop-error.js';
import type { Language } from '../i18n/language.js';
import { chooseScale, downsample, formatValue, rowOf, type ChartScale, type ChartUnit } from './chart-scale.js';

/** How to draw a chart. */
export interface LineChartOptions {
  /** `ms` labels the y axis as time (ms → s → min → h); `count` as plain numbers. */
  readonly unit: ChartUnit;
  /** Rows of the plot at most, 2–100. @default 10 */
  readonly height?: number;
  /** Columns of the plot at most, 1–1,000; a longer series keeps each bucket's maximum. @default 60 */
  readonly width?: number;
  /** A line printed above the chart. @default - none */
  readonly title?: string;
  /** Draws a dashed line at this value (e.g. the alarm threshold), labelled at its right end. @default - none */
  readonly threshold?: number;
  /**
   * A series shorter than `width` gets several columns per minute (up to 10), so a 5-minute run is drawn
   * 50 columns wide instead of 5; each minute's value holds across its columns. @default false
   */
  readonly stretch?: boolean;
  /** Labels' decimal mark: `2,5 min` in Portuguese. @default 'en' */
  readonly language?: Language;
}

/** Columns per minute at most when stretching. */
const MAX_COLUMNS_PER_MINUTE = 10;

const LINE = { flat: '─', upFrom: '╯', upTo: '╭', downFrom: '╮', downTo: '╰', vertical: '│', threshold: '╌' } as const;
const NICE_TICK_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10_080];

/**
 * Draws a per-minute series as a text line chart. Index `i` of `series` is minute `i`; `null` (CloudWatch
 * had no data point, e.g. an idle stream's IteratorAge) leaves a gap instead of pretending it was zero.
 * Pure and deterministic: the same input always gives the same string, with no colours.
 *
 * ```
 *  45 s ┤      ╭─
 *  30 s ┤╌╌╌╌╌╌│╌╌ 30 s
 *  ...
 *  0 ms ┤──────╯
 *       └┬────┬───
 *        0    5 min
 * ```
 */
export function renderLineChart(series: readonly (number | null)[], options: LineChartOptions): string {
  const height = checkSize('height', options.height ?? 10, 2, 100);
  const width = checkSize('width', options.width ?? 60, 1, 1_000);
  const sampled = downsample(series, width);
  const perColumn = sampled.perColumn;
  const columnsPerMinute = options.stretch && series.length > 0 && series.length < width
    ? Math.min(MAX_COLUMNS_PER_MINUTE, Math.floor(width / series.length)) : 1;
  const columns = sampled.columns.flatMap((value) => Array.from({ length: columnsPerMinute }, () => value));
  const present = columns.filter((v): v is number => v !== null);
  const threshold = options.threshold !== undefined && Number.isFinite(options.threshold) ? options.threshold : undefined;
  const scale = chooseScale(threshold === undefined ? present : [...present, threshold], options.unit, height);

  const grid = plotGrid(columns, scale);
  const thresholdRow = threshold === undefined ? -1 : rowOf(threshold, scale);
  if (thresholdRow >= 0) grid[thresholdRow] = grid[thresholdRow]!.map((cell) => (cell === ' ' ? LINE.threshold : cell));

  const labels = grid.map((_, row) => formatValue(scale.bottom + row * scale.step, options.unit, options.language));
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const lines: string[] = [];
  if (options.title) lines.push(options.title);
  for (let row = scale.rows - 1; row >= 0; row -= 1) {
    const line = `${labels[row]!.padStart(labelWidth)} ┤${grid[row]!.join('')}`.trimEnd();
    lines.push(row === thresholdRow ? `${line} ${formatValue(threshold!, options.unit, options.language)}` : line);
  }
  lines.push(...xAxis(columns.length, perColumn, columnsPerMinute, labelWidth));
  return lines.join('\n');
}

/** `grid[row][column]`, row 0 at the bottom: the line through every value, broken where a value is null. */
function plotGrid(columns: readonly (number | null)[], scale: ChartScale): string[][] {
  const grid = Array.from({ length: scale.rows }, () => Array.from({ length: columns.length }, () => ' '));
  let previous: number | null = null;
  columns.forEach((value, x) => {
    if (value === null) {
      previous = null;
      return;
    }
    const row = rowOf(value, scale);
    if (previous === null || previous === row) {
      grid[row]![x] = LINE.flat;
    } else {
      const up = row > previous;
      grid[previous]![x] = up ? LINE.upFrom : LINE.downFrom;
      grid[row]![x] = up ? LINE.upTo : LINE.downTo;
      for (let r = Math.min(row, previous) + 1; r < Math.max(row, previous); r += 1) grid[r]![x] = LINE.vertical;
    }
    previous = row;
  });
  return grid;
}

/**
 * The x axis: a rule with a tick every few minutes, and the minute numbers under it (the last one says "min").
 * A column covers `perColumn` minutes, or a minute covers `columnsPerMinute` columns (one of them is 1).
 */
function xAxis(columnCount: number, perColumn: number, columnsPerMinute: number, labelWidth: number): string[] {
  const indent = ' '.repeat(labelWidth + 1);
  const minuteAt = (x: number) => Math.floor(x / columnsPerMinute) * perColumn;
  const lastMinute = minuteAt(Math.max(0, columnCount - 1));
  const spacing = String(lastMinute).length + 2;
  const tickMinutes =
    NICE_TICK_MINUTES.find((m) => m % perColumn === 0 && (m / perColumn) * columnsPerMinute >= spacing) ?? perColumn * spacing;
  const tickEvery = (tickMinutes / perColumn) * columnsPerMinute;
  const rule = Array.from({ length: columnCount }, (_, x) => (x % tickEvery === 0 ? '┬' : '─')).join('');
  let numbers = '';
  for (let x = 0; x < Math.max(1, columnCount); x += tickEvery) {
    numbers = numbers.padEnd(x) + String(minuteAt(x));
  }
  return [`${indent}└${rule}`, `${indent} ${numbers} min`];
}

function checkSize(field: string, value: number, min: number, max: number): number {
  const issues: WorkshopIssue[] = [];
  checkInteger(issues, field, value, { min, max });
  if (issues[0]) throw new WorkshopError(issues[0]);
  return value;
}
