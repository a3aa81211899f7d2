import { describe, expect, it } from 'vitest';
import { renderLineChart } from './terminal-chart.js';

const lines = (...rows: string[]) => rows.join('\n');

describe('renderLineChart', () => {
  it('GIVEN a rising IteratorAge with one missing minute WHEN drawn in ms THEN the y axis reads in seconds and the gap stays blank', () => {
    expect(renderLineChart([0, 1000, 2000, null, 3000], { unit: 'ms', height: 4 })).toBe(
      lines(
        ' 3 s ┤    ─',
        ' 2 s ┤  ╭',
        ' 1 s ┤ ╭╯',
        '0 ms ┤─╯',
        '     └┬────',
        '      0 min',
      ),
    );
  });

  it('GIVEN counts and a title WHEN drawn THEN the title comes first and the axis uses whole numbers', () => {
    expect(renderLineChart([2, 0, 3, 3], { unit: 'count', height: 10, title: 'Errors' })).toBe(
      lines('Errors', '3 ┤  ╭─', '2 ┤─╮│', '1 ┤ ││', '0 ┤ ╰╯', '  └┬───', '   0 min'),
    );
  });

  it('GIVEN a threshold of 30,000 ms WHEN drawn THEN a dashed line marks its row, labelled at its right end', () => {
    expect(renderLineChart([10_000, 50_000, null, 5_000], { unit: 'ms', height: 4, threshold: 30_000 })).toBe(
      lines('1 min ┤ ╭', ' 30 s ┤╌│╌╌ 30 s', ' 0 ms ┤─╯ ─', '      └┬───', '       0 min'),
    );
  });

  it('GIVEN hours of lag and a 30 s threshold WHEN drawn THEN the dashes share the bottom row, which keeps its own label', () => {
    const chart = renderLineChart([0, 7_200_000, 0], { unit: 'ms', height: 3, threshold: 30_000 });
    expect(chart).toBe(lines(' 2 h ┤ ╭╮', ' 1 h ┤ ││', '0 ms ┤─╯╰ 30 s', '     └┬──', '      0 min'));
  });

  it('GIVEN 6 minutes and width 3 WHEN drawn THEN each column keeps the maximum of its 2 minutes', () => {
    expect(renderLineChart([1, 5, 2, 0, 7, 3], { unit: 'count', width: 3 })).toBe(
      renderLineChart([5, 2, 7], { unit: 'count' }),
    );
  });

  it('GIVEN hours of lag WHEN drawn in ms THEN the axis switches to hours', () => {
    expect(renderLineChart([0, 90_000, 5_400_000], { unit: 'ms', height: 3 })).toBe(
      lines(' 2 h ┤  ╭', ' 1 h ┤  │', '0 ms ┤──╯', '     └┬──', '      0 min'),
    );
  });

  it('GIVEN 90 minutes WHEN drawn 45 wide THEN the x axis is labelled every 10 minutes up to 80 min', () => {
    const chart = renderLineChart(Array.from({ length: 90 }, (_, i) => i), { unit: 'count', width: 45 });
    expect(chart.split('\n').at(-1)).toBe('    0    10   20   30   40   50   60   70   80 min');
  });

  it('GIVEN 5 minutes, stretch and width 50 WHEN drawn THEN each minute takes 10 columns and the axis ticks every minute', () => {
    expect(renderLineChart([0, 1, 2], { unit: 'count', height: 3, width: 30, stretch: true })).toBe(lines(
      '2 ┤                    ╭─────────',
      '1 ┤          ╭─────────╯',
      '0 ┤──────────╯',
      '  └┬─────────┬─────────┬─────────',
      '   0         1         2 min',
    ));
    const chart = renderLineChart([1, 2, 3, 4, 5], { unit: 'count', width: 50, stretch: true });
    expect(chart.split('\n').at(-2)).toBe(`  └${'┬─────────'.repeat(5)}`);
  });

  it('GIVEN 40 minutes, stretch and width 60 WHEN drawn THEN a minute is one column (no room for two) and the series is unchanged', () => {
    const series = Array.from({ length: 40 }, (_, i) => i);
    expect(renderLineChart(series, { unit: 'count', width: 60, stretch: true })).toBe(renderLineChart(series, { unit: 'count', width: 60 }));
  });

  it('GIVEN Portuguese WHEN drawn in ms THEN the labels use a decimal comma', () => {
    expect(renderLineChart([0, 1_500, 3_000], { unit: 'ms', height: 3, language: 'pt-BR', threshold: 2_500 })).toBe(
      lines(' 4 s ┤  ╭', ' 2 s ┤╌╭╯ 2,5 s', '0 ms ┤─╯', '     └┬──', '      0 min'),
    );
  });

  it('GIVEN NaN and Infinity WHEN drawn THEN they are gaps, like null', () => {
    expect(renderLineChart([1, Number.NaN, 2, Number.POSITIVE_INFINITY], { unit: 'count' })).toBe(
      renderLineChart([1, null, 2, null], { unit: 'count' }),
    );
  });

  it('GIVEN an empty series WHEN drawn THEN an empty frame is returned, not an error', () => {
    expect(renderLineChart([], { unit: 'count' })).toBe(lines('1 ┤', '0 ┤', '  └', '   0 min'));
  });

  it.each([
    ['height', 1],
    ['height', 101],
    ['width', 0],
    ['width', 1001],
  ])('GIVEN %s %d WHEN drawn THEN out_of_range names the field and the value', (field, value) => {
    expect(() => renderLineChart([1], { unit: 'count', [field]: value })).toThrow(
      expect.objectContaining({ issue: expect.objectContaining({ code: 'out_of_range', field, got: value }) }),
    );
  });

  it('GIVEN the same input twice WHEN drawn THEN the output is identical and has no escape codes', () => {
    const series = [0, 12_000, 45_000, null, 61_000, 3_700_000];
    const first = renderLineChart(series, { unit: 'ms', threshold: 30_000, title: 'IteratorAge' });
    expect(renderLineChart(series, { unit: 'ms', threshold: 30_000, title: 'IteratorAge' })).toBe(first);
    expect(first).not.toMatch(/\x1b\[/);
  });
});
