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
});
