// Broken copies of lab 01, one per way a learner's code can misbehave (and one that only logs). Written into a throw-away repository at
// test time (a syntax error must not live in a file tsc checks). No imports (the files stand alone), except in
// 'kit-identity', which imports the kit's public modules by absolute path, as a lab does by relative path.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** workshop/src, spelled the way lab code imports it (`.js`). */
const KIT = fileURLToPath(new URL('../../', import.meta.url));

const CONSUMER = "export const consumer = { startingPosition: 'TRIM_HORIZON', batchSize: 100, parallelizationFactor: 1 };\n";

/** A handler module whose handler runs `body` (the event is `event`, the I/O `io`). */
const handler = (body: string, moduleLevel = ''): string =>
  `${moduleLevel}export const createHandler = (io: any) => async (event: any) => {\n${body}\n};\n`;

/** Lab 01's files for each broken case (`consumer.ts` unless given). */
export const BROKEN_LABS = {
  'real-timer': { handler: handler('  await new Promise((resolve) => setTimeout(resolve, 60_000));\n  for (const r of event.Records) await io.putResult({ pk: r.dynamodb.Keys.pk.S, sk: r.dynamodb.Keys.sk.S });') },
  'pending-interval': { handler: handler('  setInterval(() => {}, 1_000);\n  for (const r of event.Records) await io.putResult({ pk: r.dynamodb.Keys.pk.S, sk: r.dynamodb.Keys.sk.S });') },
  'never-settles': { handler: handler('  await new Promise(() => {});') },
  'exit-zero': { handler: handler('  process.exit(0);') },
  'loop-in-handler': { handler: handler('  for (;;) { /* spins */ }') },
  'loop-at-module-level': { handler: handler('', 'let spins = 0;\nwhile (spins >= 0) spins += 1;\n') },
  'unhandled-rejection': { handler: handler("  Promise.reject(new Error('lost write'));") },
  // 4,096 × 1 MB, pausing every 16 MB so only the heap cap (not the blocked-loop budget) can stop it.
  'allocates-4gb': { handler: handler('  const kept: number[][] = [];\n  for (let i = 0; i < 4096; i++) {\n    kept.push(new Array(131_072).fill(i));\n    if (i % 16 === 0) await io.sleep(0);\n  }\n  return { kept: kept.length } as any;') },
  'throws-non-error': { handler: handler("  throw { code: 42, reason: 'not an Error' };") },
  // Not broken: a learner debugging with console.log must see every line, even though the worker is ended at once.
  'logs-every-invocation': { handler: handler('  calls += 1;\n  console.log(`invocation ${calls}`);\n  for (const r of event.Records) await io.putResult({ pk: r.dynamodb.Keys.pk.S, sk: r.dynamodb.Keys.sk.S });', 'let calls = 0;\n') },
  // Tries to post a made-up passing report on the supervisor's channel.
  'fakes-a-pass': { handler: handler("  parentPort?.postMessage({ kind: 'done', value: { labId: '01', slug: '01-deploy-consumer', variant: 'starter', passed: true, expectations: [], observations: [], elapsedMs: 1 } });", "import { parentPort } from 'node:worker_threads';\n") },
  // Not broken either: throws what it found about the kit's classes (the kit's I/O rejects an item without keys).
  'kit-identity': {
    handler: handler(
      "  const seen = await io.putResult({}).then(() => 'no error', (error: unknown) => error);\n  throw { validationException: seen instanceof ValidationException, batchWriteMax: BATCH_WRITE_MAX_ITEMS };",
      `import { ValidationException } from '${KIT}index.js';\nimport { BATCH_WRITE_MAX_ITEMS } from '${KIT}runtime/dynamo-consumer-io.js';\n`,
    ),
  },
  'syntax-error': { handler: 'export const createHandler = (io: any) => async (event: any) => {\n  const rows = event.Records.map((r: any) => r +* 2);\n  return rows;\n};\n' },
} as const satisfies Record<string, { readonly handler: string; readonly consumer?: string }>;

export type BrokenLab = keyof typeof BROKEN_LABS;

/** A throw-away repository whose `labs/01-deploy-consumer` is the broken case `name`; returns its root. */
export function writeBrokenRepo(name: BrokenLab): string {
  const root = mkdtempSync(join(tmpdir(), `broken-${name}-`));
  const dir = join(root, 'labs', '01-deploy-consumer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  const files: { readonly handler: string; readonly consumer?: string } = BROKEN_LABS[name];
  writeFileSync(join(dir, 'consumer.ts'), files.consumer ?? CONSUMER);
  writeFileSync(join(dir, 'handler.ts'), files.handler);
  return root;
}
