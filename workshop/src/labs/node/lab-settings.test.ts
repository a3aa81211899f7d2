// Every lab's settings go through the shared definition (the same one the CDK construct and the engine use).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateAlarmSettings } from '../../settings/alarm-settings.js';
import { validateConsumerSettings } from '../../settings/consumer-settings.js';
import { hasTask, LAB_CATALOG } from '../core/lab-catalog.js';
import { listLabSlugs } from './lab-folder.js';
import { readdirSync } from 'node:fs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const folders = LAB_CATALOG.flatMap((lab) => [join(repoRoot, 'labs', lab.slug), join(repoRoot, 'solutions', lab.slug)]);

describe('lab folders', () => {
  it('GIVEN labs/ and solutions/ WHEN listed THEN both hold one folder per definition, mirrored file for file', () => {
    expect(listLabSlugs(repoRoot)).toEqual(LAB_CATALOG.map((lab) => lab.slug));
    for (const lab of LAB_CATALOG) {
      expect(readdirSync(join(repoRoot, 'labs', lab.slug)).sort()).toEqual(readdirSync(join(repoRoot, 'solutions', lab.slug)).sort());
    }
  });

  it('GIVEN the solutions WHEN searched for TODO, FIXME or XXX THEN none is found', async () => {
    const { readFileSync } = await import('node:fs');
    for (const lab of LAB_CATALOG) {
      for (const name of readdirSync(join(repoRoot, 'solutions', lab.slug))) {
        expect(readFileSync(join(repoRoot, 'solutions', lab.slug, name), 'utf8'), `${lab.slug}/${name}`).not.toMatch(/\b(TODO|FIXME|XXX)\b/);
      }
    }
  });

  it('GIVEN each starter with a task WHEN read THEN it marks at least one TODO', async () => {
    const { readFileSync } = await import('node:fs');
    for (const lab of LAB_CATALOG.filter(hasTask)) {
      const text = readdirSync(join(repoRoot, 'labs', lab.slug)).map((name) => readFileSync(join(repoRoot, 'labs', lab.slug, name), 'utf8')).join('\n');
      expect(text, lab.slug).toMatch(/\bTODO\b/);
    }
  });

  it.each(folders.filter((dir) => existsSync(join(dir, 'consumer.ts'))))('GIVEN %s/consumer.ts WHEN validated by the shared settings definition THEN it has no issue', async (dir) => {
    const { consumer } = (await import(pathToFileURL(join(dir, 'consumer.ts')).href)) as { consumer: Parameters<typeof validateConsumerSettings>[0] };
    expect(validateConsumerSettings(consumer)).toEqual([]);
  });

  it.each(folders.filter((dir) => existsSync(join(dir, 'alarm.ts'))))('GIVEN %s/alarm.ts WHEN validated by the shared alarm definition THEN it has no issue', async (dir) => {
    const { alarm } = (await import(pathToFileURL(join(dir, 'alarm.ts')).href)) as { alarm: Parameters<typeof validateAlarmSettings>[0] };
    expect(validateAlarmSettings(alarm)).toEqual([]);
  });
});
