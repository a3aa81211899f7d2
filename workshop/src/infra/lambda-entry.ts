// A lab's AWS Lambda entry, written at synth time: the handler the lab loader resolves (the lab's own
// handler.ts, or the one of the lab it builds on) with its I/O backed by the real results table. Lab folders
// hold no entry file of their own; NodejsFunction bundles this one (esbuild follows its two imports).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { REPO_ROOT } from '../kit-location.js';

/** The repository root (from the kit's sources, also when the compiled kit runs). */
export { REPO_ROOT };

/** Where generated entries go: `.workshop/lambda-entries/` (git-ignored), inside the project so esbuild resolves node_modules. */
export const LAMBDA_ENTRIES_DIR = join(REPO_ROOT, '.workshop', 'lambda-entries');

const LAMBDA_PUBLIC_ENTRY = join(REPO_ROOT, 'workshop', 'src', 'lambda.ts');

/** The entry's source: the handler factory given the DynamoDB-backed I/O, a failed batch logged (Powertools Logger), exported as `handler`. */
export function lambdaEntrySource(entryFile: string, handlerFile: string, label: string): string {
  const from = (target: string): string => {
    const path = relative(dirname(entryFile), target).split(sep).join('/').replace(/\.ts$/, '.js');
    return path.startsWith('.') ? path : `./${path}`;
  };
  return [
    `// Generated at synth for ${label} by workshop/src/infra/lambda-entry.ts — do not edit.`,
    `import { dynamoConsumerIO, withBatchErrorLogs } from '${from(LAMBDA_PUBLIC_ENTRY)}';`,
    `import { createHandler } from '${from(handlerFile)}';`,
    '',
    'export const handler = withBatchErrorLogs(createHandler(dynamoConsumerIO()));',
    '',
  ].join('\n');
}

/**
 * Writes (only when its content changed, so the asset hash stays put) the entry of `name` for `handlerFile`.
 * @returns the entry's absolute path.
 */
export function writeLambdaEntry(name: string, handlerFile: string, dir = LAMBDA_ENTRIES_DIR): string {
  const entryFile = join(dir, `${name.replace(/[^A-Za-z0-9-]/g, '-')}.ts`);
  const source = lambdaEntrySource(entryFile, handlerFile, name);
  mkdirSync(dir, { recursive: true });
  let before: string | undefined;
  try {
    before = readFileSync(entryFile, 'utf8');
  } catch {
    before = undefined;
  }
  if (before !== source) writeFileSync(entryFile, source);
  return entryFile;
}
