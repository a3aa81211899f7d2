// The infra entry (CDK). Kept apart from workshop/src/index.ts on purpose: that public entry is imported by labs
// and the site, and CDK must never reach the browser or a Lambda bundle. The CLI and tests import from here.

// ── the construct ────────────────────────────────────────────────────────────
export { ConsumerPipeline, dashboardNameFor } from './consumer-pipeline.js';
export type { ConsumerPipelineProps } from './consumer-pipeline.js';
export { IteratorAgeAlarm } from './iterator-age-alarm.js';
export type { IteratorAgeAlarmProps } from './iterator-age-alarm.js';
export { ThrottlesAlarm } from './throttles-alarm.js';
export type { ThrottlesAlarmProps } from './throttles-alarm.js';
export { LAB_TAG_KEY, PIPELINE_DEFAULTS, RESULTS_TABLE_ENV, STACK_NAME_PREFIX, TABLE_KEYS, WORKSHOP_TAG } from './pipeline-defaults.js';

// ── one lab as a stack ───────────────────────────────────────────────────────
export { LAB_OUTPUTS, LabStack } from './lab-stack.js';
export type { LabStackProps } from './lab-stack.js';
export { isDeployableLabFolder, loadLabDefinition, stackNameFor } from './lab-definition.js';
export type { LabDefinition } from './lab-definition.js';

// ── running the CDK CLI (synth offline; deploy/destroy after the AWS checks) ─
export { cdkCliPath, deployLab, destroyLab, synthLab } from './cdk-runner.js';
export type { CdkProcessOptions, CdkRunnerDeps, DeployResult, DestroyResult, LabRunOptions, SynthResult } from './cdk-runner.js';
export { CDK_TOOLKIT_STACK, checkBootstrap, checkCredentials, preflightAws, sdkProbe } from './aws-preflight.js';
export type { AwsAccess, AwsProbe, AwsTarget } from './aws-preflight.js';
