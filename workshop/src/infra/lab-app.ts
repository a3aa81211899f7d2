// The CDK app of the workshop (cdk.json → "node --import tsx workshop/src/infra/lab-app.ts").
// It synthesizes the stack of ONE lab folder, given as context: `-c lab=labs/01-deploy-consumer`.
// `npx workshop synth|deploy|destroy <lab>` pass it for you and check the lab's settings first (see cdk-runner.ts);
// run straight from `npx cdk`, a bad lab still ends with the learner's message, not a stack trace.
import { resolve } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { formatIssue } from '../errors/format-issue.js';
import { isWorkshopError } from '../errors/workshop-error.js';
import { resolveLanguage } from '../i18n/language.js';
import { loadLabDefinition } from './lab-definition.js';
import { LabStack } from './lab-stack.js';

const language = resolveLanguage({ env: process.env });
try {
  const app = new App();
  const labContext: unknown = app.node.tryGetContext('lab');
  if (typeof labContext !== 'string' || labContext.trim() === '') {
    throw new Error(language === 'pt-BR'
      ? 'Qual lab? Passe a pasta como contexto, ex.: -c lab=labs/01-deploy-consumer (ou use "npx workshop synth 01").'
      : 'Which lab? Pass its folder as context, e.g. -c lab=labs/01-deploy-consumer (or use "npx workshop synth 01").');
  }
  const alarmEmail: unknown = app.node.tryGetContext('alarmEmail');
  const lab = await loadLabDefinition(resolve(labContext));

  // The CDK CLI overwrites CDK_DEFAULT_REGION, so the Region comes from AWS_REGION (set by cdk-runner from --region).
  const region = process.env['AWS_REGION'] ?? process.env['CDK_DEFAULT_REGION'];
  const account = process.env['CDK_DEFAULT_ACCOUNT'];
  new LabStack(app, {
    lab,
    ...(typeof alarmEmail === 'string' && alarmEmail !== '' ? { alarmEmail } : {}),
    ...(region === undefined ? {} : { env: { region, ...(account === undefined ? {} : { account }) } }),
  });

  // cdk-nag AwsSolutions runs on every synth: any finding without a written acknowledgement stops it.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
} catch (error) {
  if (!isWorkshopError(error)) throw error;
  const text = formatIssue(error.issue, language);
  process.stderr.write(`✖ ${text.message}\n  ${language === 'pt-BR' ? 'Dica' : 'Hint'}: ${text.hint}\n`);
  process.exitCode = 1;
}
