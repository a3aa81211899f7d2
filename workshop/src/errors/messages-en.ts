import type { WorkshopIssue } from './workshop-issue.js';
import type { IssueText } from './format-issue.js';
import { isSupervisorVerdict } from '../supervise/verdicts.js';
import { verdictMessageEn } from '../supervise/verdict-messages-en.js';
import { isRedriveIssue } from '../redrive/redrive-issue.js';
import { redriveMessageEn } from '../redrive/redrive-messages-en.js';
import { durationInput, isFlag, numberText, unitText, usdText } from '../i18n/value-text.js';

const list = (items: readonly string[]) => items.join(', ');
const num = (n: number) => numberText(n, 'en');

/** English text for every issue: what was wrong, and what to try. */
export function messageEn(issue: WorkshopIssue): IssueText {
  if (isSupervisorVerdict(issue)) return verdictMessageEn(issue);
  if (isRedriveIssue(issue)) return redriveMessageEn(issue);
  switch (issue.code) {
    case 'out_of_range': {
      if (issue.unit === 'seconds' && isFlag(issue.field) && Number.isFinite(issue.got)) {
        // A duration option: bounds and value written the way the option is typed.
        const [min, max] = [durationInput(issue.min), durationInput(issue.max)];
        return {
          message: `${issue.field} must be between ${min} and ${max}, got ${durationInput(issue.got)}.`,
          hint: `Pick a duration from ${min} to ${max}, e.g. ${issue.field} ${issue.got > issue.max ? max : min}.`,
        };
      }
      return {
        message: `${issue.field} must be between ${num(issue.min)} and ${num(issue.max)}${issue.unit ? ` ${unitText(issue.unit, 'en')}` : ''} inclusive, got ${num(issue.got)}.`,
        hint: issue.field === 'retryAttempts' && issue.got === -1
          ? `AWS's -1 (retry until the records expire) is what leaving retryAttempts unset gives; to bound the retries, pick a value from ${num(issue.min)} to ${num(issue.max)}.`
          : `Pick a value from ${num(issue.min)} to ${num(issue.max)}.`,
      };
    }
    case 'not_integer':
      return { message: `${issue.field} must be a whole number, got ${issue.got}.`, hint: `Round it, e.g. ${Math.round(issue.got)}.` };
    case 'not_a_number':
      return { message: `${issue.field} must be a number, got "${issue.got}".`, hint: 'Write digits only, e.g. 100.' };
    case 'invalid_choice':
      return { message: `${issue.field} must be one of ${list(issue.allowed)}, got "${issue.got}".`, hint: `Use one of: ${list(issue.allowed)}.` };
    case 'missing_setting':
      return { message: `${issue.field} is required but was not set.`, hint: `Set ${issue.field} and try again.` };
    case 'unknown_setting':
      return { message: `${issue.field} is not a setting the workshop knows.`, hint: `Known settings: ${list(issue.allowed)}.` };
    case 'duration_expected':
      return {
        message: `${issue.field} must be a duration, such as seconds(60) or hours(1), got ${issue.got}.`,
        hint: issue.field === 'maxRecordAge'
          ? "Import hours (or seconds, minutes, days) from workshop/src/index.js: maxRecordAge: hours(1). AWS's -1 (no age limit) is what leaving maxRecordAge unset gives."
          : `Import seconds (or minutes, hours, days) from workshop/src/index.js, e.g. ${issue.field}: seconds(30).`,
      };
    case 'invalid_duration':
      return { message: `${issue.field}: "${issue.got}" is not a duration.`, hint: 'Write a number and a unit: 30s, 10m, 1h or 2d.' };
    case 'conflicting_settings':
      return { message: `${list(issue.fields)} cannot be used together: ${issue.reason}`, hint: `Change one of ${list(issue.fields)}.` };
    case 'unbounded_on_failure':
      return {
        message: `onFailure is '${issue.destination}', but nothing bounds the retries: with retryAttempts and maxRecordAge unset, Lambda retries a failing batch until its records leave the stream (24 h), the shard waits behind it, and the destination hears of nothing in time.`,
        hint: 'Set retryAttempts (0–10,000), for example 2, or maxRecordAge (60 s – 7 days), for example { seconds: 3600 }, or both.',
      };
    case 'too_small':
      return { message: `${issue.field} must be at least ${num(issue.min)}, got ${num(issue.got)}.`, hint: `Use ${num(issue.min)} or more.` };
    case 'item_size_below_order':
      return {
        message: `${issue.field} ${num(issue.got)} bytes cannot hold an order: its own attributes (keys, status, amount, note, lines, shipping, tags, timestamp) take up to ${num(issue.min - 1)} bytes before the padding, so items are from ${num(issue.min)} to ${num(issue.max)} bytes (400 KB, DynamoDB's item limit).`,
        hint: `Use ${num(issue.min)} bytes or more, e.g. ${isFlag(issue.field) ? `${issue.field} 400` : `${issue.field}: 400`} (still 1 write unit per item, up to 1 KB).`,
      };
    case 'invalid_alarm_period':
      return {
        message: `${issue.field} must be 10, 30 or a multiple of 60 seconds, got ${num(issue.got)}.`,
        hint: 'Lambda metrics such as IteratorAge have 1-minute resolution: use 60.',
      };
    case 'alarm_window_too_long':
      return {
        message: `An alarm may look back at most ${num(issue.maxSeconds)} seconds (one day), but evaluationPeriods × periodSeconds = ${num(issue.evaluationPeriods)} × ${num(issue.periodSeconds)} = ${num(issue.evaluationPeriods * issue.periodSeconds)}.`,
        hint: `With periodSeconds ${num(issue.periodSeconds)}, use at most ${num(Math.floor(issue.maxSeconds / issue.periodSeconds))} evaluation periods, or a longer period.`,
      };
    case 'throttles_alarm_meaningless':
      return issue.reason === 'fewer_throttles_breach'
        ? {
            message: `A Throttles alarm with ${issue.comparisonOperator} breaches when there are few throttles: it would stay in ALARM while the consumer is healthy and go OK when it is throttled.`,
            hint: 'Use comparisonOperator "GreaterThanThreshold" (more throttles per minute is worse), e.g. threshold 0: any throttle in a minute breaches.',
          }
        : {
            message: `A Throttles alarm with GreaterThanOrEqualToThreshold and threshold ${num(issue.threshold)} breaches on a minute with 0 throttles: it would page for a healthy consumer.`,
            hint: 'Use "GreaterThanThreshold" with threshold 0 (any throttle breaches), or a threshold above 0.',
          };
    case 'unknown_lab':
      return { message: `There is no lab "${issue.got}".`, hint: `Labs: ${list(issue.allowed)}. Run "npx workshop list" to see them.` };
    case 'lab_file_missing':
      return { message: `Lab ${issue.lab} has no file ${issue.file}.`, hint: `Restore it with "npx workshop reset ${issue.lab}".` };
    case 'lab_module_invalid':
      return { message: `Lab ${issue.lab}: ${issue.file} could not be used: ${issue.detail}`, hint: `Compare with the reference: "npx workshop diff ${issue.lab}".` };
    case 'lab_has_no_check':
      return {
        message: `Lab ${issue.lab} has no automatic check: it has no code to write.`,
        hint: issue.lab.startsWith('00') ? 'Its check is "npx workshop doctor": when every line is ✔ or –, go on to lab 01.'
          : issue.lab.endsWith('-clean-up') ? 'On AWS, its check is "npx workshop leftovers": it must find nothing. Locally there is nothing to remove.'
          : 'Follow its page on the site, then move to the next lab.',
      };
    case 'not_confirmed':
      return issue.reason === 'no_terminal'
        ? { message: `Nothing was changed: ${issue.action} needs a confirmation, and there is no terminal to ask on.`, hint: 'Pass --yes to confirm from a script or a pipe.' }
        : { message: `Nothing was changed: ${issue.action} was not confirmed.`, hint: 'Answer "y" to go ahead, or pass --yes.' };
    case 'missing_credentials':
      return {
        message: `No AWS credentials were found${issue.profile ? ` for profile "${issue.profile}"` : ''}.`,
        hint: `Run "aws configure" or "aws sso login"${issue.profile ? '' : ', or pass --profile'}${
          issue.alternative === 'local_target' ? '; or use the local target (the default), which needs no account'
            : issue.alternative === 'local_endpoint' ? '; or write to a local DynamoDB with --endpoint http://127.0.0.1:8000, which needs no account' : ''}.`,
      };
    case 'invalid_endpoint':
      return { message: `${issue.field} must be an http:// or https:// URL, got "${issue.got}".`, hint: `Write the scheme, host and port, e.g. ${issue.field} http://127.0.0.1:8000.` };
    case 'endpoint_unreachable':
      return issue.endpoint
        ? { message: `Nothing answered at ${issue.endpoint} (${issue.detail}).`, hint: 'Start the local DynamoDB-API server first (e.g. dynalite or DynamoDB Local), or check the host and port in --endpoint.' }
        : { message: `AWS could not be reached (${issue.detail}).`, hint: 'Check the network connection and --region.' };
    case 'missing_region':
      return { message: 'No AWS Region is set.', hint: 'Pass --region us-east-1 or set AWS_REGION.' };
    case 'not_bootstrapped':
      return {
        message: `The account${issue.account ? ` ${issue.account}` : ''} is not CDK-bootstrapped in ${issue.region}.`,
        hint: `Run "npx cdk bootstrap -c lab=labs/01-deploy-consumer${issue.account ? ` aws://${issue.account}/${issue.region}` : ''}" once, then try again.`,
      };
    case 'table_not_found':
      return { message: `Table "${issue.table}" does not exist${issue.endpoint ? ` at ${issue.endpoint}` : ''}.`, hint: 'Check --table (deploy prints the name) and --region/--endpoint.' };
    case 'function_not_found':
      return { message: `Lambda function "${issue.functionName}" was not found.`, hint: 'Check --function (deploy prints the name) and --region.' };
    case 'aws_call_failed':
      return { message: `${issue.service} ${issue.operation} failed: ${issue.detail}`, hint: 'Check your credentials, Region and permissions; "npx workshop doctor" tells what is missing.' };
    case 'aws_access_denied':
      return {
        message: `Your AWS credentials may not call ${issue.action}${issue.resource ? ` on ${issue.resource}` : ''} (${issue.service}: access denied).`,
        hint: `The command runs with your own credentials: allow ${issue.action} for them (or use a profile that has it, --profile), then run it again.`,
      };
    case 'stack_not_found':
      return { message: `Stack ${issue.stackName} is not deployed in ${issue.region}.`, hint: `Deploy it first ("npx workshop deploy ${issue.lab}"), or pass the Region it is in (--region).` };
    case 'stack_output_missing':
      return { message: `Stack ${issue.stackName} has no output ${issue.output}.`, hint: `Deploy the lab again ("npx workshop deploy ${issue.lab}") so the stack gets its current outputs.` };
    case 'queue_not_found':
      return { message: `The SQS queue ${issue.queueUrl} does not exist.`, hint: 'Check --region (the queue lives in the stack\'s Region), or deploy the lab again if the stack was removed.' };
    case 'cost_over_limit':
      return {
        message: `This run would cost about ${usdText(issue.estimatedUsd, 'en')}, above --max-cost ${usdText(issue.maxUsd, 'en')}.`,
        hint: 'Write less (with `load`: a lower --rate or --duration; with `run`: the lab\'s load.ts), raise --max-cost, or pass --yes to accept the cost.',
      };
    case 'invalid_output':
      return {
        message: issue.reason === 'empty' ? `${issue.field} is empty: it needs a folder to write to.`
          : issue.reason === 'repository_root' ? `${issue.field} "${issue.got}" is the repository root (or above it): the assembly would be mixed with the workshop's own files.`
          : issue.reason === 'not_an_assembly' ? `${issue.field} "${issue.got}" already holds other files and no cloud assembly: the CDK would mix its files with them.`
          : `${issue.field} "${issue.got}" exists and is not a folder.`,
        hint: `Name a folder of its own, e.g. ${issue.field} cdk.out/my-lab, or leave ${issue.field} out (default: cdk.out/<lab>).`,
      };
    case 'option_ignored':
      return { message: `${issue.field} only applies with ${issue.needs}; here it would be ignored.`, hint: `Drop ${issue.field}, or use ${issue.needs}.` };
    case 'file_not_written':
      return { message: `Could not write ${issue.path}: ${issue.detail}.`, hint: 'Check that the folder exists and that you may write to it (permissions, free disk space).' };
    case 'package_missing':
      return { message: `The package "${issue.packageName}" is not installed.`, hint: 'Run "npm ci" at the repository root, then try again.' };
    case 'load_incomplete':
      return {
        message: `${num(issue.failed + issue.notSent)} of ${num(issue.requested)} items were not written (${num(issue.failed)} failed, ${num(issue.notSent)} not sent)${issue.firstError ? `. First error: ${issue.firstError}` : ''}.`,
        hint: 'Throttling? Lower --rate or --concurrency. Stopped with Ctrl-C? Run again: items with the same number are simply overwritten.',
      };
    case 'lab_not_simulable':
      return { message: `Lab ${issue.lab} has nothing to simulate: it has no consumer (consumer.ts and handler.ts).`, hint: 'Simulate a code lab instead, e.g. "npx workshop simulate --lab 01".' };
    case 'horizon_before_load_end':
      return {
        message: `--horizon (${num(issue.horizonSeconds)} s) ends before the load stops (--duration ${num(issue.durationSeconds)} s).`,
        hint: `--horizon is how long the whole run lasts, load included: use ${num(issue.durationSeconds)} s or more (e.g. --horizon ${Math.ceil((issue.durationSeconds * 2) / 60)}m), or shorten --duration.`,
      };
    case 'unknown_lab_or_folder':
      return {
        message: `"${issue.got}" is neither a lab nor a folder.`,
        hint: `Name a lab (${list(issue.allowed)}, or solutions/<lab>), or a folder with consumer.ts and handler.ts (load.ts and alarm.ts optional), e.g. --lab ./my-consumer.`,
      };
    case 'folder_not_simulable':
      return {
        message: `The folder ${issue.folder} cannot be simulated: it has no ${issue.missing.join(' and no ')}.`,
        hint: 'simulate --lab needs consumer.ts (export const consumer: ConsumerSettingsInput) and handler.ts (export const createHandler: CreateHandler); load.ts (export const load) and alarm.ts (export const alarm) are optional. Or add --per-record-ms to use the cost model instead of a handler.',
      };
    case 'folder_module_invalid':
      return { message: `${issue.folder}: ${issue.file} could not be used: ${issue.detail}`, hint: 'Compare its exports with a lab\'s, e.g. solutions/04-batch-size (consumer, createHandler, load, alarm).' };
    case 'needs_lab_handler':
      return { message: `${issue.field} only applies when a lab's own handler runs: the cost model (--per-record-ms, --fixed-ms) writes nothing.`, hint: `Add --lab with a code lab (e.g. --lab solutions/04-batch-size) and no cost-model option, or drop ${issue.field}.` };
    case 'lab_not_deployable':
      return { message: `Lab ${issue.lab} has nothing to deploy: it has no consumer (consumer.ts and handler.ts).`, hint: 'Deploy a code lab instead, e.g. "npx workshop deploy 01".' };
    case 'command_failed':
      return { message: `"${issue.command}" failed with exit code ${issue.exitCode}.`, hint: 'Read its output above; run again with --debug for more detail.' };
    case 'internal':
      return { message: `Something unexpected happened: ${issue.detail}`, hint: 'Run again with --debug and open an issue with the output.' };
  }
}
