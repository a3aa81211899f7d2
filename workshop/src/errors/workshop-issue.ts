import type { RedriveIssue } from '../redrive/redrive-issue.js';
import type { SupervisorVerdict } from '../supervise/verdicts.js';

/**
 * Everything that can go wrong in front of a learner, told apart by `code`.
 * Each variant carries the structured facts a message needs (bounds, the value received, what is allowed),
 * so the text can be written once per language in `messages-en.ts` / `messages-pt-br.ts`.
 */
export type WorkshopIssue =
  // ── settings and input values ────────────────────────────────────────────────
  | { readonly code: 'out_of_range'; readonly field: string; readonly min: number; readonly max: number; readonly inclusive: true; readonly got: number; readonly unit?: string }
  | { readonly code: 'not_integer'; readonly field: string; readonly got: number }
  | { readonly code: 'not_a_number'; readonly field: string; readonly got: string }
  | { readonly code: 'invalid_choice'; readonly field: string; readonly allowed: readonly string[]; readonly got: string }
  | { readonly code: 'missing_setting'; readonly field: string }
  | { readonly code: 'unknown_setting'; readonly field: string; readonly allowed: readonly string[] }
  | { readonly code: 'invalid_duration'; readonly field: string; readonly got: string }
  /** A lab setting that takes a duration (`hours(1)`) was given something else, e.g. the API's bare `-1` or `3600`. */
  | { readonly code: 'duration_expected'; readonly field: string; readonly got: string }
  | { readonly code: 'conflicting_settings'; readonly fields: readonly string[]; readonly reason: string }
  /** An on-failure destination with neither retryAttempts nor maxRecordAge: a failing batch is retried until its records leave the stream. */
  | { readonly code: 'unbounded_on_failure'; readonly destination: string }
  | { readonly code: 'too_small'; readonly field: string; readonly min: number; readonly got: number }
  /** An item size below what an order's own attributes take (`min`, with 1 padding byte); `max` is DynamoDB's 400 KB. */
  | { readonly code: 'item_size_below_order'; readonly field: string; readonly min: number; readonly max: number; readonly got: number }
  | { readonly code: 'invalid_alarm_period'; readonly field: string; readonly got: number }
  | { readonly code: 'alarm_window_too_long'; readonly evaluationPeriods: number; readonly periodSeconds: number; readonly maxSeconds: number }
  /** A Throttles alarm that cannot page for throttling: fewer throttles breach, or a healthy minute (0) does. */
  | { readonly code: 'throttles_alarm_meaningless'; readonly reason: 'fewer_throttles_breach' | 'zero_breaches'; readonly comparisonOperator: string; readonly threshold: number }
  // ── labs ──────────────────────────────────────────────────────────────────────
  | { readonly code: 'unknown_lab'; readonly got: string; readonly allowed: readonly string[] }
  | { readonly code: 'lab_file_missing'; readonly lab: string; readonly file: string }
  | { readonly code: 'lab_module_invalid'; readonly lab: string; readonly file: string; readonly detail: string }
  | { readonly code: 'lab_has_no_check'; readonly lab: string }
  /** `reason`: the answer was no (or the input ended), there was no terminal to ask on, or Ctrl-C. */
  | { readonly code: 'not_confirmed'; readonly action: string; readonly reason?: 'declined' | 'no_terminal' | 'interrupted' }
  // ── AWS target ────────────────────────────────────────────────────────────────
  /** `alternative`: what the command can do without an account (a local target, a local endpoint), if anything. */
  | { readonly code: 'missing_credentials'; readonly profile?: string; readonly alternative?: 'local_target' | 'local_endpoint' }
  | { readonly code: 'missing_region' }
  | { readonly code: 'not_bootstrapped'; readonly region: string; readonly account?: string }
  | { readonly code: 'invalid_endpoint'; readonly field: string; readonly got: string }
  /** Nothing answered (refused, unknown host, timeout): a connection problem, not a credentials one. */
  | { readonly code: 'endpoint_unreachable'; readonly endpoint?: string; readonly detail: string }
  | { readonly code: 'table_not_found'; readonly table: string; readonly endpoint?: string }
  | { readonly code: 'function_not_found'; readonly functionName: string }
  | { readonly code: 'aws_call_failed'; readonly service: string; readonly operation: string; readonly detail: string }
  /** The credentials work but may not do `action` (an IAM action, e.g. `sqs:ReceiveMessage`) on `resource`. */
  | { readonly code: 'aws_access_denied'; readonly service: string; readonly action: string; readonly resource: string }
  /** The lab's stack is not deployed in that Region (CloudFormation DescribeStacks: does not exist). */
  | { readonly code: 'stack_not_found'; readonly stackName: string; readonly region: string; readonly lab: string }
  /** The stack exists but lacks an output a command reads (deployed before the output existed, or another lab's). */
  | { readonly code: 'stack_output_missing'; readonly stackName: string; readonly output: string; readonly lab: string }
  | { readonly code: 'queue_not_found'; readonly queueUrl: string }
  | { readonly code: 'cost_over_limit'; readonly estimatedUsd: number; readonly maxUsd: number }
  | { readonly code: 'load_incomplete'; readonly requested: number; readonly failed: number; readonly notSent: number; readonly firstError?: string }
  | { readonly code: 'command_failed'; readonly command: string; readonly exitCode: number }
  | { readonly code: 'package_missing'; readonly packageName: string }
  /** A value the command cannot use (e.g. `synth --output ""`), with what would be accepted. */
  | { readonly code: 'invalid_output'; readonly field: string; readonly got: string; readonly reason: 'empty' | 'not_a_directory' | 'repository_root' | 'not_an_assembly' }
  /** An option the command would silently ignore here: it only means something together with `needs` (e.g. `--target aws`). */
  | { readonly code: 'option_ignored'; readonly field: string; readonly needs: string }
  /** A file the command must write could not be written (permissions, disk full, a folder in the way). */
  | { readonly code: 'file_not_written'; readonly path: string; readonly detail: string }
  | { readonly code: 'lab_not_deployable'; readonly lab: string }
  | { readonly code: 'lab_not_simulable'; readonly lab: string }
  /** `simulate --horizon` shorter than the load: the run would stop while the producer still writes. */
  | { readonly code: 'horizon_before_load_end'; readonly horizonSeconds: number; readonly durationSeconds: number }
  /** `simulate --lab <text>`: neither a lab of the workshop nor an existing folder. */
  | { readonly code: 'unknown_lab_or_folder'; readonly got: string; readonly allowed: readonly string[] }
  /** `simulate --lab <folder>`: a folder of your own that lacks files the engine needs (`missing`, e.g. handler.ts). */
  | { readonly code: 'folder_not_simulable'; readonly folder: string; readonly missing: readonly string[] }
  /** `simulate --lab <folder>`: one of its files does not load or does not export what the engine needs. */
  | { readonly code: 'folder_module_invalid'; readonly folder: string; readonly file: string; readonly detail: string }
  /** An option that only means something when a lab's real handler runs (not the cost model). */
  | { readonly code: 'needs_lab_handler'; readonly field: string }
  // ── the learner's code, stopped by the supervisor (words in supervise/verdict-messages-*.ts) ──
  | SupervisorVerdict
  // ── lab 09's redrive, one message of the on-failure queue (words in redrive/redrive-messages-*.ts) ──
  | RedriveIssue
  // ── anything else ─────────────────────────────────────────────────────────────
  | { readonly code: 'internal'; readonly detail: string };

export type WorkshopIssueCode = WorkshopIssue['code'];
