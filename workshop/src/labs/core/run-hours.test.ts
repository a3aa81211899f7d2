// Every `run NN --hours H` a lab's texts suggest (definitions: hints and check messages; lab folders; both
// locales' pages) is among the hours the site's panel offers that lab in one click (suggestedRunHours).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labEntry } from './lab-catalog.js';
import { RUN_HOURS, runHoursChoices, suggestedRunHours } from './run-hours.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const filesUnder = (dir: string): string[] => readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|mdx?)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));

describe('run --hours: the range and each lab\'s suggestions', () => {
  it('GIVEN run --hours\'s range WHEN listed as the panel\'s choices THEN every whole hour from the minimum to the maximum, once', () => {
    const choices = runHoursChoices();
    expect([choices[0], choices.at(-1), choices.length]).toEqual([RUN_HOURS.min, RUN_HOURS.max, RUN_HOURS.max - RUN_HOURS.min + 1]);
  });

  it('GIVEN every text that says `run NN --hours H` WHEN read THEN H is a suggestion of lab NN, within the range (lab 03: 30, lab 07: 26)', () => {
    const texts = ['workshop/src/labs/core/definitions', 'labs', 'solutions', 'site/docs', 'site/i18n/en/docusaurus-plugin-content-docs'].flatMap(filesUnder);
    const found = new Map<string, Set<number>>();
    for (const file of texts) {
      for (const [, lab, hours] of readFileSync(file, 'utf8').matchAll(/run (\d{2}) --hours (\d+)/g)) {
        found.set(lab!, (found.get(lab!) ?? new Set()).add(Number(hours)));
      }
    }
    expect(found.size).toBeGreaterThan(0);
    for (const [lab, hours] of found) {
      for (const h of hours) {
        expect(suggestedRunHours(labEntry(lab)!), `run ${lab} --hours ${h}`).toContain(h);
        expect(runHoursChoices()).toContain(h);
      }
    }
    expect([suggestedRunHours(labEntry('03')!), suggestedRunHours(labEntry('07')!), suggestedRunHours(labEntry('04')!)]).toEqual([[30], [26], []]);
  });
});
