import { ALARM_DEFAULT_PERIOD_SECONDS, resolveAlarmSettings } from '../settings/alarm-settings.js';
import type { AlarmSettings } from '../settings/alarm-settings.js';
import { resolveConsumerSettings } from '../settings/consumer-settings.js';
import { evaluateAlarm, toStateChanges } from './alarm-evaluator.js';
import { resolveThrottlesAlarmSettings } from '../settings/throttles-alarm-settings.js';
import { throttlesByPeriod } from './throttles-series.js';
import { createCostModelRunner } from './cost-model-runner.js';
import type { EngineAssumptions } from './engine-assumptions.js';
import { calibrationFor, type CalibrationRules, createCalibratedRunner, type ExecutionReport } from './handler/calibrated-runner.js';
import { createHandlerRunner, type HandlerRunner } from './handler/create-handler-runner.js';
import { type ExecutionMode, pickExecutionMode } from './handler/execution-mode.js';
import type { ConsumerSettings } from '../settings/consumer-settings.js';
import { runSimulation } from './run-simulation.js';
import type { Scenario } from './scenario.js';
import type { MinuteStats, SimulationResult } from './simulation-result.js';

export interface SimulateOptions {
  /** Called now and then with the share of simulated time done, 0–1 (for progress bars). */
  readonly onProgress?: (fractionDone: number) => void;
  /** Change what the engine assumes where AWS publishes no number (poll gap, retry delays, ...). */
  readonly assumptions?: Partial<EngineAssumptions>;
  /**
   * A real handler's runs: 'exact' sends every invocation through it; 'fast-forward' replays calibrated
   * invocations (`handler/calibrated-runner.ts`); 'auto' picks by size (`FAST_FORWARD_MIN_RECORDS`). @default 'auto'
   */
  readonly mode?: ExecutionMode;
  /** Fast-forward's calibration rules (tests shorten the warm-up and windows). @default calibrationFor(horizon) */
  readonly calibration?: Partial<CalibrationRules>;
}

/**
 * Runs one scenario on the local engine, the one call labs, the CLI and the site use: checks and fills in
 * the consumer settings (same rules and messages as the CDK construct), runs the lab's handler (or the cost
 * model) in virtual time, and evaluates the scenario's IteratorAge alarm, if any, on the per-minute Maximum, and
 * its Throttles alarm, if any, on the per-minute Sum (one evaluator, `alarm-evaluator.ts`).
 * Same scenario, same result, byte for byte.
 * @throws WorkshopError when a setting is out of range.
 */
export async function simulate(scenario: Scenario, options: SimulateOptions = {}): Promise<SimulationResult> {
  const settings = resolveConsumerSettings(scenario.consumer);
  const alarm = scenario.alarm === undefined ? undefined : resolveAlarmSettings(scenario.alarm);
  const throttlesAlarm = scenario.throttlesAlarm === undefined ? undefined : resolveThrottlesAlarmSettings(scenario.throttlesAlarm);
  const model = scenario.function;
  const handler = model.kind === 'handler' ? handlerRunnerFor(scenario, model, settings, options) : undefined;
  const runner = model.kind === 'cost' ? createCostModelRunner(model) : handler!;
  const { minutes, totals, inFlightAtEnd, onFailureRecords } = await runSimulation(scenario, settings, runner, options);
  return {
    minutes,
    totals,
    inFlightAtEnd,
    onFailureRecords,
    ...(alarm === undefined ? {} : { alarm: toStateChanges(evaluateAlarm(alarm, iteratorAgeByPeriod(minutes, alarm.periodSeconds))) }),
    ...(throttlesAlarm === undefined ? {} : { throttlesAlarm: toStateChanges(evaluateAlarm(throttlesAlarm, throttlesByPeriod(minutes, throttlesAlarm.periodSeconds))) }),
    ...(handler === undefined ? {} : { resultsTable: { itemsWritten: handler.itemsWritten, itemsHandedBack: handler.itemsUnprocessed }, execution: handler.execution }),
  };
}

/** The lab's handler, exact or wrapped for calibrated fast-forward (see `SimulateOptions.mode`). */
function handlerRunnerFor(
  scenario: Scenario,
  model: Extract<Scenario['function'], { kind: 'handler' }>,
  settings: ConsumerSettings,
  options: SimulateOptions,
): HandlerRunner & { readonly execution: ExecutionReport } {
  const exact = createHandlerRunner(model, settings, scenario.seed, scenario);
  if (pickExecutionMode(scenario, options.mode) === 'fast-forward') {
    // A poison record of the load is unusual by definition: its batches always run through the real handler.
    const marked = [...(model.unusualRecords ?? []), ...(scenario.load.poisonRecords ?? [])];
    const unusual = marked.length > 0 ? new Set(marked) : undefined;
    const isUnusual = unusual ? (record: { readonly index: number }) => unusual.has(record.index) : undefined;
    const horizonMs = (scenario.horizonSeconds ?? scenario.load.duration.seconds) * 1000;
    return createCalibratedRunner(exact, scenario.seed, calibrationFor(horizonMs, options.calibration), isUnusual);
  }
  let invocations = 0;
  return {
    invoke: (batch, startMs) => ((invocations += 1), exact.invoke(batch, startMs)),
    get itemsWritten() {
      return exact.itemsWritten;
    },
    get itemsUnprocessed() {
      return exact.itemsUnprocessed;
    },
    get environmentsCreated() {
      return exact.environmentsCreated;
    },
    get execution(): ExecutionReport {
      return { mode: 'exact', invocations: { total: invocations, real: invocations } };
    },
  };
}

/**
 * IteratorAge (Maximum) per alarm period, from the per-minute series. A period of N minutes takes the
 * largest of its minutes (null when all are empty). IteratorAge has 1-minute resolution, so with a
 * 10 s or 30 s period each minute's datapoint lands in the minute's first period and the others have no data.
 */
export function iteratorAgeByPeriod(minutes: readonly MinuteStats[], periodSeconds: number = ALARM_DEFAULT_PERIOD_SECONDS): (number | null)[] {
  const perMinute = minutes.map((m) => m.iteratorAgeMaxMs);
  if (periodSeconds < 60) {
    const slots = 60 / periodSeconds;
    return perMinute.flatMap((value) => [value, ...Array<null>(slots - 1).fill(null)]);
  }
  const span = periodSeconds / 60;
  const series: (number | null)[] = [];
  for (let start = 0; start < perMinute.length; start += span) {
    const present = perMinute.slice(start, start + span).filter((v): v is number => v !== null);
    series.push(present.length === 0 ? null : Math.max(...present));
  }
  return series;
}

/** The minute (from 0) when the period `periodIndex` of `alarm` starts. */
export function minuteOfPeriod(alarm: Pick<AlarmSettings, 'periodSeconds'>, periodIndex: number): number {
  return Math.floor((periodIndex * (alarm.periodSeconds ?? ALARM_DEFAULT_PERIOD_SECONDS)) / 60);
}
