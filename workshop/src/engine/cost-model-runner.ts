import { WorkshopError } from '../errors/workshop-error.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { AWS_FACTS } from '../settings/aws-limits.js';
import { checkInteger, checkNumber } from '../settings/range-check.js';
import type { FunctionRunner, InvocationResult, StreamRecordView } from './function-runner.js';
import type { FunctionModel } from './scenario.js';

export type CostModel = Extract<FunctionModel, { kind: 'cost' }>;

/**
 * A runner that only needs how many records a batch holds, never the records themselves, and always
 * succeeds. The engine then skips building the records (the cost model's fast path); `invoke` still works.
 */
export interface CountingRunner extends FunctionRunner {
  /** Duration (ms) of a successful invocation with `recordCount` records. */
  durationOf(recordCount: number): number;
}

export function isCountingRunner(runner: FunctionRunner): runner is CountingRunner {
  return typeof (runner as Partial<CountingRunner>).durationOf === 'function';
}

/**
 * The plain cost model for quick what-ifs: duration = fixedMs + perRecordMs × ⌈records ÷ concurrency⌉.
 * With in-handler concurrency c, records are handled in ⌈n ÷ c⌉ rounds of c at a time (a partial last round
 * costs a whole one). Always succeeds; the engine applies the timeout. Synchronous.
 * @throws WorkshopError `out_of_range` / `not_integer` for a negative cost or a concurrency outside 1–1,000.
 */
export function createCostModelRunner(model: CostModel): CountingRunner {
  const issues: WorkshopIssue[] = [];
  checkNumber(issues, 'function.fixedMs', model.fixedMs, { min: 0, max: AWS_FACTS.invocationMaxMs, unit: 'ms' });
  checkNumber(issues, 'function.perRecordMs', model.perRecordMs, { min: 0, max: AWS_FACTS.invocationMaxMs, unit: 'ms' });
  checkInteger(issues, 'function.concurrency', model.concurrency, { min: 1, max: 1_000 });
  const [first] = issues;
  if (first) throw new WorkshopError(first);
  const concurrency = model.concurrency ?? 1;
  const durationOf = (recordCount: number): number => model.fixedMs + model.perRecordMs * Math.ceil(recordCount / concurrency);
  return {
    durationOf,
    invoke: (batch: readonly StreamRecordView[]): InvocationResult => ({ durationMs: durationOf(batch.length), outcome: 'success' }),
  };
}
