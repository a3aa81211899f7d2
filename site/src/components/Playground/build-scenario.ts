import type { WorkshopIssue } from '../../../../workshop/src/errors/workshop-issue.js';
import type { Scenario } from '../../../../workshop/src/engine/scenario.js';
import type { AlarmSettings } from '../../../../workshop/src/settings/alarm-settings.js';
import { validateConsumerSettings, type ConsumerSettingsInput } from '../../../../workshop/src/settings/consumer-settings.js';
import { parseNumberText } from '../../../../workshop/src/settings/number-text.js';
import { checkInteger, checkNumber } from '../../../../workshop/src/settings/range-check.js';
import { PARAMS, type ParamKey, type ParamText, type ParamValues } from './playground-params';

/** The alarm the playground evaluates unless a lab preset brings its own: Maximum > 30 s in 3 of 5 minutes. */
export const DEFAULT_ALARM: AlarmSettings = {
  threshold: 30_000,
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 5,
  datapointsToAlarm: 3,
  treatMissingData: 'notBreaching',
  periodSeconds: 60,
};

/** The run continues this much longer than the load, so the chart shows the backlog draining. */
export const DRAIN_FACTOR = 1.5;

export const PLAYGROUND_SEED = 7;

export type BuildOutcome =
  | { readonly ok: true; readonly values: ParamValues; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly WorkshopIssue[] };

const ESM_KEYS: readonly ParamKey[] = ['batchSize', 'parallelizationFactor', 'maxBatchingWindow'];

/**
 * Turns the form's text into an engine scenario, or into the kit's issues (same codes and words as the
 * CLI and the CDK construct). Event-source-mapping settings are checked by `validateConsumerSettings`.
 */
export function buildScenario(text: ParamText, alarm: AlarmSettings = DEFAULT_ALARM): BuildOutcome {
  const issues: WorkshopIssue[] = [];
  const values = {} as Record<ParamKey, number>;
  for (const p of PARAMS) {
    const raw = text[p.key].trim();
    const value = parseNumberText(raw);
    values[p.key] = value;
    if (ESM_KEYS.includes(p.key)) continue;
    const range = { min: p.min, max: p.max, ...(p.messageUnit ? { unit: p.messageUnit } : {}) };
    if (Number.isNaN(value)) issues.push({ code: 'not_a_number', field: p.key, got: raw });
    else if (p.integer) checkInteger(issues, p.key, value, range);
    else checkNumber(issues, p.key, value, range);
  }
  const consumer: ConsumerSettingsInput = {
    startingPosition: 'TRIM_HORIZON',
    batchSize: values.batchSize,
    parallelizationFactor: values.parallelizationFactor,
    maxBatchingWindow: { seconds: values.maxBatchingWindow },
  };
  issues.push(...validateConsumerSettings(consumer));
  if (issues.length > 0) return { ok: false, issues };

  const durationSeconds = values.durationMinutes * 60;
  const scenario: Scenario = {
    seed: PLAYGROUND_SEED,
    load: {
      profile: { kind: 'constant', ratePerSecond: values.rate },
      duration: { seconds: durationSeconds },
      keys: values.keys,
      hotKeyShare: values.hotKeyPercent / 100,
    },
    shards: values.shards,
    horizonSeconds: Math.ceil((durationSeconds * DRAIN_FACTOR) / 60) * 60,
    consumer,
    function: { kind: 'cost', fixedMs: values.fixedMs, perRecordMs: values.perRecordMs },
    alarm,
  };
  return { ok: true, values, scenario };
}

