// What each lab module must export, and how to tell it is the right shape. Browser-safe, so the CLI's loader
// (labs/node/lab-loader.ts, which imports files with tsx) and the site's in-browser lab panel (which compiles
// the learner's files in a Web Worker) accept and refuse the same modules with the same words.
import type { LabExports, LabModule } from './lab-definition.js';

const EXPECTED: Readonly<Record<LabModule, { readonly name: keyof LabExports; readonly valid: (value: unknown) => boolean; readonly shape: string }>> = {
  consumer: { name: 'consumer', valid: (v) => isObject(v) && typeof v.startingPosition === 'string', shape: 'an object with startingPosition' },
  handler: { name: 'createHandler', valid: (v) => typeof v === 'function', shape: 'a function (io) => handler' },
  load: { name: 'load', valid: (v) => isObject(v) && isObject(v.profile) && isObject(v.duration), shape: 'an object with profile and duration' },
  alarm: { name: 'alarm', valid: (v) => isObject(v) && typeof v.threshold === 'number', shape: 'an object with threshold' },
  'throttles-alarm': { name: 'throttlesAlarm', valid: (v) => isObject(v) && typeof v.threshold === 'number', shape: 'an object with threshold' },
  estimate: { name: 'estimateIteratorAgeMs', valid: (v) => typeof v === 'function', shape: 'a function (elapsedSeconds) => milliseconds' },
  redrive: { name: 'redriveFailure', valid: (v) => typeof v === 'function', shape: 'an async function ({ failure, streams, handler }) => ({ records })' },
};

/** The export `module`'s file contributes to a lab's exports, or why it cannot (a `lab_module_invalid` detail). */
export function pickLabExport(module: LabModule, exported: Readonly<Record<string, unknown>>):
  { readonly key: keyof LabExports; readonly value: unknown } | { readonly invalid: string } {
  const expected = EXPECTED[module];
  const value = exported[expected.name];
  if (!expected.valid(value)) return { invalid: `export const ${expected.name} must be ${expected.shape}, got ${value === undefined ? 'nothing' : typeof value}` };
  return { key: expected.name, value };
}

/** Optional exports a module may add beside its main one (estimate.ts: μ, which lab 03's long run reads). */
const EXTRAS: Readonly<Partial<Record<LabModule, readonly { readonly name: keyof LabExports; readonly valid: (value: unknown) => boolean }[]>>> = {
  estimate: [{ name: 'consumerRecordsPerSecond', valid: (v) => typeof v === 'function' }],
};

/** The optional exports of `module`'s file that have the right shape (the others are ignored: they are optional). */
export function pickLabExtras(module: LabModule, exported: Readonly<Record<string, unknown>>): Partial<LabExports> {
  const picked: Record<string, unknown> = {};
  for (const { name, valid } of EXTRAS[module] ?? []) if (valid(exported[name])) picked[name] = exported[name];
  return picked as Partial<LabExports>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
