// The environment Powertools for AWS Lambda reads, in the lab panel's Web Worker. `@aws-lambda-powertools/batch`
// (through `@aws-lambda-powertools/commons` and `@aws/lambda-invoke-store`) reads `process.env` when it loads
// and on every batch (AWS_LAMBDA_MAX_CONCURRENCY, AWS_LAMBDA_LOG_LEVEL, …); a Web Worker has no `process`, so
// that read would throw. An empty environment is what a handler sees outside Lambda: every variable unset, each
// read takes Powertools' own default (one invocation at a time, no InvokeStore, no log level).
// Imported before Powertools by bundled-modules.ts (ES modules run in import order); the worker only.
const scope = globalThis as { process?: { env: Record<string, string | undefined> } };
scope.process ??= { env: {} };

export {};
