// The kit's public entry. Labs, solutions and the CLI import from here (types with `import type`).
// Groups are named by area; each item is exported by name (no `export *`).

// ── errors and language ──────────────────────────────────────────────────────
export { WorkshopError, isWorkshopError } from './errors/workshop-error.js';
export type { WorkshopIssue, WorkshopIssueCode } from './errors/workshop-issue.js';
export { formatIssue } from './errors/format-issue.js';
export type { IssueText } from './errors/format-issue.js';
export { resolveLanguage } from './i18n/language.js';
export type { Language } from './i18n/language.js';

// ── settings (one definition of every AWS range) ─────────────────────────────
export { AWS_LIMITS, AWS_FACTS } from './settings/aws-limits.js';
export { CONSUMER_DEFAULTS, resolveConsumerSettings, validateConsumerSettings } from './settings/consumer-settings.js';
export type { ConsumerSettings, ConsumerSettingsInput, OnFailureDestination, StartingPosition } from './settings/consumer-settings.js';
export { days, formatMilliseconds, hours, minutes, parseDuration, seconds } from './settings/duration.js';
export type { WorkshopDuration } from './settings/duration.js';
export type { LoadSpec, RateProfile } from './settings/load-profile.js';
export type { AlarmSettings, AlarmState, AlarmStateChange, ComparisonOperator, TreatMissingData } from './settings/alarm-settings.js';

// ── consumer runtime contract (what a lab's handler sees) ────────────────────
export type { ConsumerIO, CreateHandler, ResultItem, StreamHandler } from './runtime/consumer-io.js';

// ── engine (local target) ────────────────────────────────────────────────────
export type { FunctionModel, IoLatencyModel, Scenario } from './engine/scenario.js';
export type { MinuteStats, SimulationResult, SimulationTotals } from './engine/simulation-result.js';
