import { WorkshopError } from '../../errors/workshop-error.js';
import type { WorkshopIssue } from '../../errors/workshop-issue.js';
import type { FunctionModel, Scenario } from '../../engine/scenario.js';
import { AWS_FACTS } from '../../settings/aws-limits.js';
import { readNumberText } from '../../settings/number-text.js';
import { SCENARIO_LIMITS } from '../../engine/scenario-validation.js';
import { AWS_LIMITS } from '../../settings/aws-limits.js';
import type { ConsumerSettingsInput } from '../../settings/consumer-settings.js';
import { checkInteger, checkNumber } from '../../settings/range-check.js';
import { parseDuration } from '../../settings/duration.js';
import type { LoadSpec } from '../../settings/load-profile.js';
import type { LabModules } from './lab-modules.js';
import { peakRate, PROFILE_KINDS, profileFor, type ProfileKind } from './rate-profiles.js';

/** `simulate`'s options as commander hands them over (text, as typed). */
export interface SimulateFlags {
  readonly rate?: string;
  readonly profile?: string;
  readonly duration?: string;
  readonly horizon?: string;
  readonly shards?: string;
  readonly keys?: string;
  readonly hotKeyShare?: string;
  readonly batchSize?: string;
  readonly parallelization?: string;
  readonly window?: string;
  readonly perRecordMs?: string;
  readonly fixedMs?: string;
  readonly unprocessedShare?: string;
  readonly seed?: string;
  /** `--exact`: every invocation through the lab's handler, never calibrated fast-forward. */
  readonly exact?: boolean;
}

/** Used when neither a flag nor the lab says otherwise. */
export const SIMULATE_DEFAULTS = {
  rate: 100, profile: 'constant', durationSeconds: 600, shards: 1, keys: 1_000, hotKeyShare: 0, perRecordMs: 10, fixedMs: 5, seed: 1,
} as const;

/** The flags' ranges: the engine's own (`SCENARIO_LIMITS`), and the cost model's 0–900,000 ms. */
const LIMITS = { ...SCENARIO_LIMITS, costMs: { min: 0, max: AWS_FACTS.invocationMaxMs, unit: 'ms' } } as const;

/**
 * Builds the scenario `simulate` runs: the lab's files (when `--lab` was given) with every flag typed on the
 * command line on top, then the defaults. `--per-record-ms` / `--fixed-ms` pick the cost model even with a lab.
 * `--horizon` runs the simulation longer than the producer writes (default: `--duration`), so a backlog can
 * drain and retries finish after the load stops.
 * @throws WorkshopError for the first bad value, naming the option.
 */
export function buildScenario(flags: SimulateFlags, lab?: LabModules): Scenario {
  const issues: WorkshopIssue[] = [];
  const num = (field: string, text: string | undefined) => readNumberText(issues, field, text);
  const rate = num('--rate', flags.rate);
  checkNumber(issues, '--rate', rate, LIMITS.ratePerSecond);
  const durationSeconds = readSeconds(issues, '--duration', flags.duration);
  checkNumber(issues, '--duration', durationSeconds, LIMITS.durationSeconds);
  const horizonSeconds = readSeconds(issues, '--horizon', flags.horizon);
  checkNumber(issues, '--horizon', horizonSeconds, LIMITS.durationSeconds);
  if (flags.profile !== undefined && !(PROFILE_KINDS as readonly string[]).includes(flags.profile)) {
    issues.push({ code: 'invalid_choice', field: '--profile', allowed: PROFILE_KINDS, got: flags.profile });
  }
  const shards = num('--shards', flags.shards);
  checkInteger(issues, '--shards', shards, LIMITS.shards);
  const keys = num('--keys', flags.keys);
  checkInteger(issues, '--keys', keys, LIMITS.keys);
  const hotKeyShare = num('--hot-key-share', flags.hotKeyShare);
  checkNumber(issues, '--hot-key-share', hotKeyShare, LIMITS.hotKeyShare);
  const perRecordMs = num('--per-record-ms', flags.perRecordMs);
  checkNumber(issues, '--per-record-ms', perRecordMs, LIMITS.costMs);
  const fixedMs = num('--fixed-ms', flags.fixedMs);
  checkNumber(issues, '--fixed-ms', fixedMs, LIMITS.costMs);
  const unprocessedShare = num('--unprocessed-share', flags.unprocessedShare);
  checkNumber(issues, '--unprocessed-share', unprocessedShare, LIMITS.unprocessedShare);
  const seed = num('--seed', flags.seed);
  checkInteger(issues, '--seed', seed, LIMITS.seed);
  // Checked here too, so a refused value names the flag that was typed (--batch-size, not batchSize).
  const batchSize = num('--batch-size', flags.batchSize);
  checkInteger(issues, '--batch-size', batchSize, AWS_LIMITS.batchSize);
  const parallelizationFactor = num('--parallelization', flags.parallelization);
  checkInteger(issues, '--parallelization', parallelizationFactor, AWS_LIMITS.parallelizationFactor);
  const windowSeconds = readSeconds(issues, '--window', flags.window);
  checkInteger(issues, '--window', windowSeconds, AWS_LIMITS.maxBatchingWindow);
  if (issues[0]) throw new WorkshopError(issues[0]);

  const consumer: ConsumerSettingsInput = {
    ...(lab?.consumer ?? { startingPosition: 'TRIM_HORIZON' }),
    ...(batchSize === undefined ? {} : { batchSize }),
    ...(parallelizationFactor === undefined ? {} : { parallelizationFactor }),
    ...(windowSeconds === undefined ? {} : { maxBatchingWindow: { seconds: windowSeconds } }),
  };
  const labLoad = lab?.load;
  const duration = durationSeconds ?? labLoad?.duration.seconds ?? SIMULATE_DEFAULTS.durationSeconds;
  const profile =
    rate === undefined && flags.profile === undefined && labLoad
      ? labLoad.profile
      : profileFor((flags.profile ?? SIMULATE_DEFAULTS.profile) as ProfileKind, rate ?? (labLoad ? peakRate(labLoad.profile) : SIMULATE_DEFAULTS.rate), duration);
  const load: LoadSpec = {
    ...(labLoad ?? {}),
    profile,
    duration: { seconds: duration },
    keys: keys ?? labLoad?.keys ?? SIMULATE_DEFAULTS.keys,
    hotKeyShare: hotKeyShare ?? labLoad?.hotKeyShare ?? SIMULATE_DEFAULTS.hotKeyShare,
  };
  const useCostModel = perRecordMs !== undefined || fixedMs !== undefined || lab?.createHandler === undefined;
  const fn: FunctionModel = useCostModel
    ? { kind: 'cost', fixedMs: fixedMs ?? SIMULATE_DEFAULTS.fixedMs, perRecordMs: perRecordMs ?? SIMULATE_DEFAULTS.perRecordMs }
    : { kind: 'handler', createHandler: lab!.createHandler!, ...(unprocessedShare === undefined ? {} : { io: { unprocessedShare } }) };
  if (useCostModel && unprocessedShare !== undefined) throw new WorkshopError({ code: 'needs_lab_handler', field: '--unprocessed-share' });
  if (horizonSeconds !== undefined && horizonSeconds < duration) {
    throw new WorkshopError({ code: 'horizon_before_load_end', horizonSeconds, durationSeconds: duration });
  }
  return {
    seed: seed ?? SIMULATE_DEFAULTS.seed,
    load,
    shards: shards ?? SIMULATE_DEFAULTS.shards,
    ...(horizonSeconds === undefined ? {} : { horizonSeconds }),
    consumer,
    function: fn,
    ...(lab?.alarm ? { alarm: lab.alarm } : {}),
  };
}


function readSeconds(issues: WorkshopIssue[], field: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  try {
    return parseDuration(text, field).seconds;
  } catch (error) {
    if (!(error instanceof WorkshopError)) throw error;
    issues.push(error.issue);
    return undefined;
  }
}
