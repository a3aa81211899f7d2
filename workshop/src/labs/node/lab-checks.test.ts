// The proof that every check tests something (rustlings-style): each reference solution passes its check,
// and each untouched starter fails it. Real engine, real lab files; nothing mocked.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasTask, LAB_CATALOG } from '../core/lab-catalog.js';
import { runLabCheck } from './lab-check.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const labsWithTask = LAB_CATALOG.filter(hasTask);

describe.each(labsWithTask)('lab $slug', ({ id, starterFails }) => {
  it(`GIVEN solutions/${id} WHEN its check runs on the local engine THEN every expectation passes`, async () => {
    const report = await runLabCheck(repoRoot, id, 'solution');
    console.log(`check ${id} --solution: ${report.elapsedMs} ms`);
    expect(report.expectations.filter((e) => !e.passed).map((e) => `${e.id}: ${e.detail.en}`)).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it(`GIVEN the untouched starter labs/${id} WHEN its check runs THEN it fails exactly the expectations the lab is about (${starterFails?.join(', ')}), named in both languages`, async () => {
    const report = await runLabCheck(repoRoot, id, 'starter');
    console.log(`check ${id} (starter): ${report.elapsedMs} ms`);
    expect(report.passed).toBe(false);
    const failed = report.expectations.filter((e) => !e.passed);
    expect(failed.map((e) => e.id)).toEqual(starterFails);
    for (const e of failed) {
      expect(e.description.en.length).toBeGreaterThan(10);
      expect(e.description['pt-BR'].length).toBeGreaterThan(10);
      expect([e.detail.en, e.detail['pt-BR']].join('\n')).not.toMatch(/\[object Object\]/);
    }
  });
});
