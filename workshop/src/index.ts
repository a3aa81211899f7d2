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
export { COMPARISON_OPERATORS, TREAT_MISSING_DATA, resolveAlarmSettings, validateAlarmSettings } from './settings/alarm-settings.js';
export { THROTTLES_METRIC, resolveThrottlesAlarmSettings, validateThrottlesAlarmSettings } from './settings/throttles-alarm-settings.js';

// ── charts (pure text renderer, browser-safe) ────────────────────────────────
export { renderLineChart } from './observe/terminal-chart.js';
export type { LineChartOptions } from './observe/terminal-chart.js';

// ── consumer runtime contract (what a lab's handler sees) ────────────────────
export type { ConsumerIO, CreateHandler, ResultItem, StreamHandler } from './runtime/consumer-io.js';

// ── engine (local target) ────────────────────────────────────────────────────
export type { FunctionModel, IoLatencyModel, Scenario } from './engine/scenario.js';
export type { MinuteStats, ResultsTableTally, SimulationResult, SimulationTotals } from './engine/simulation-result.js';
export type { OnFailureCondition, OnFailureRecord } from './engine/on-failure-record.js';
export type { FunctionRunner, InvocationOutcome, InvocationResult, StreamRecordView } from './engine/function-runner.js';
export { runSimulation } from './engine/run-simulation.js';
export type { RunOptions, RunOutput } from './engine/run-simulation.js';
export { createCostModelRunner } from './engine/cost-model-runner.js';
export type { CostModel } from './engine/cost-model-runner.js';
export { DEFAULT_ENGINE_ASSUMPTIONS } from './engine/engine-assumptions.js';
export type { EngineAssumptions } from './engine/engine-assumptions.js';
export { SCENARIO_LIMITS, validateScenario } from './engine/scenario-validation.js';
export { incidentAfter, incidentBefore } from './engine/scenarios/incident.js';
export { summarizeByHour } from './engine/scenarios/hourly-summary.js';
export type { HourSummary } from './engine/scenarios/hourly-summary.js';
export { simulate, iteratorAgeByPeriod } from './engine/simulate.js';
export type { SimulateOptions } from './engine/simulate.js';
export { createHandlerRunner, DEFAULT_OVERHEAD_MS } from './engine/handler/create-handler-runner.js';
export type { HandlerRunner } from './engine/handler/create-handler-runner.js';
export { buildStreamEvent, SIMULATION_EPOCH_MS, streamArn } from './engine/handler/stream-event-builder.js';
export type { StreamEventContext } from './engine/handler/stream-event-builder.js';
export { createVirtualIO, IO_LATENCY_DEFAULTS, ValidationException } from './engine/handler/virtual-io.js';
export { evaluateAlarm, toStateChanges } from './engine/alarm-evaluator.js';
export { throttlesByPeriod } from './engine/throttles-series.js';
export type { AlarmEvaluationOptions } from './engine/alarm-evaluator.js';

// ── labs (browser-safe parts: definitions, catalog and scenarios; the loader and checks run in Node) ──
export type { Bilingual } from './i18n/bilingual.js';
export { LAB_CATALOG, labChartIds, labEntry, moduleSources, totalMinutes } from './labs/core/lab-catalog.js';
export { LAB_MODULES } from './labs/core/lab-definition.js';
export type { LabAwsExpectations, LabCheck, LabDefinition, LabExports, LabModule, LabVariant } from './labs/core/lab-definition.js';
export { buildAlarmReplay, buildLabScenario, LAB_SEED } from './labs/core/lab-scenarios.js';

// ── redrive (lab 09): the contract the learner's redrive.ts implements, and the kit that drains a queue through it ──
export type { RedriveFailure, RedriveHandler, RedriveInput, RedriveOutcome, StreamsReadClient } from './redrive/redrive-contract.js';
export { createMemoryQueue, RECEIVE_MAX } from './redrive/on-failure-queue.js';
export type { MemoryQueue, OnFailureQueue, QueueMessage, StoredMessage } from './redrive/on-failure-queue.js';
export { redriveQueue } from './redrive/redrive-queue.js';
export type { RedriveMessageOutcome, RedriveQueueOptions, RedriveReport } from './redrive/redrive-queue.js';
export { parseFailureRecord } from './redrive/parse-failure-record.js';
export { isRedriveIssue } from './redrive/redrive-issue.js';
export type { MalformedProblem, RedriveIssue, RedriveIssueCode } from './redrive/redrive-issue.js';
export { redriveReportLines } from './redrive/redrive-report-text.js';
export { localStreamsClient } from './redrive/local-streams-client.js';
export type { StreamsCallCount } from './redrive/local-streams-client.js';
