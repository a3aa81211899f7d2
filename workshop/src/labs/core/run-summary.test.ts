import { describe, expect, it } from 'vitest';
import { runSummaryLines, type RunSummaryInput } from './run-summary.js';

const minute = (throttles: number | undefined) => ({ iteratorAgeMaxMs: 5_000, errors: 0, invocations: 10, ...(throttles === undefined ? {} : { throttles }) });
const run = (throttles: readonly (number | undefined)[]): RunSummaryInput => ({
  result: { minutes: throttles.map(minute), totals: { written: 100, processed: 90, inStream: 10, lost: 0, onFailure: 0 } },
  horizonSeconds: 60 * throttles.length,
});

describe('runSummaryLines — the lines under run NN\'s chart (plain data, no engine)', () => {
  it('GIVEN a run with throttles and no errors WHEN summarized THEN a line counts the throttles, beside 0 errors, in each language', () => {
    expect(runSummaryLines(run([1_200, 3_553]), 'en')).toContain("Throttles 4,753, errors 0: Lambda refused invocations beyond the function's reserved concurrency.");
    expect(runSummaryLines(run([1_200, 3_553]), 'pt-BR')).toContain('Throttles 4.753, erros 0: o Lambda recusou invocações além da concorrência reservada da função.');
  });

  it('GIVEN a run with 0 throttles, or minutes that do not carry them WHEN summarized THEN no throttles line', () => {
    for (const input of [run([0, 0]), run([undefined, undefined])]) {
      expect(runSummaryLines(input, 'en').some((line) => line.startsWith('Throttles'))).toBe(false);
    }
  });

  const written = (items: number, inFlightAtEnd?: { invocations: number; records: number }): RunSummaryInput => ({
    result: { ...run([0]).result, totals: { written: 1_000, processed: 700, inStream: 300, lost: 0, onFailure: 0 }, resultsTable: { itemsWritten: items }, ...(inFlightAtEnd ? { inFlightAtEnd } : {}) },
    horizonSeconds: 60,
  });
  const tableLine = (input: RunSummaryInput, language: 'en' | 'pt-BR') => runSummaryLines(input, language).find((line) => /handler (wrote|gravou)/.test(line));

  it('GIVEN 800 items written, 700 processed and one batch of 100 still running at the end WHEN summarized THEN the table line says why, with the numbers of the run, in each language', () => {
    const input = written(800, { invocations: 1, records: 100 });
    expect(tableLine(input, 'en')).toBe('The handler wrote 800 items to the results table (more than the 700 processed: the 100 records of the batch still running when the run ended are already written, and count as processed when it returns).');
    expect(tableLine(input, 'pt-BR')).toBe('O handler gravou 800 itens na tabela de resultados (mais do que os 700 processados: os 100 registros do lote que ainda rodava quando a execução terminou já foram gravados e contam como processados quando ele retornar).');
  });

  it('GIVEN 4 batches (1,200 records) still running at the end WHEN summarized THEN the reason names the 4 batches, in each language', () => {
    const input = written(1_900, { invocations: 4, records: 1_200 });
    expect(tableLine(input, 'en')).toContain('(more than the 700 processed: the 1,200 records of the 4 batches still running when the run ended are already written, and count as processed when they return)');
    expect(tableLine(input, 'pt-BR')).toContain('(mais do que os 700 processados: os 1.200 registros dos 4 lotes que ainda rodavam quando a execução terminou já foram gravados e contam como processados quando eles retornarem)');
  });

  it.each([
    ['as many items as processed', written(700, { invocations: 1, records: 100 })],
    ['fewer items than processed (a handler that writes nothing)', written(0, { invocations: 1, records: 100 })],
    ['nothing running at the end', written(800, { invocations: 0, records: 0 })],
    ['no in-flight count (an input without it)', written(800)],
  ])('GIVEN %s WHEN summarized THEN the table line gives the count alone', (_, input) => {
    expect(tableLine(input, 'en')).toBe(`The handler wrote ${input.result.resultsTable!.itemsWritten.toLocaleString('en-US')} items to the results table.`);
  });
});
