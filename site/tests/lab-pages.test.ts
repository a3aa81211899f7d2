// The sidebar, the home page's lab table and total, and the trainer guide's plans are derived from the lab
// definitions; the generated files are checked in, and this test fails when they are stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAB_CATALOG } from '../../workshop/src/labs/core/lab-catalog.js';
import type { LabDefinition } from '../../workshop/src/labs/core/lab-definition.js';
import { formatTotal, labPageFiles, labTable, partTwoPlan, trainerPlan } from '../scripts/lab-pages';

const siteDir = path.resolve(__dirname, '..');
const lab = (id: string, minutes: number, short?: number): LabDefinition => ({
  id, slug: `${id}-demo`, minutes, files: [], charts: [], hints: { en: [], 'pt-BR': [] },
  title: { en: 'Demo', 'pt-BR': 'Demo' }, shortTitle: { en: 'demo', 'pt-BR': 'demo' }, summary: { en: 'does | things', 'pt-BR': 'faz coisas' },
  trainer: { note: { en: `note ${id}`, 'pt-BR': `nota ${id}` }, ...(short === undefined ? {} : { short: { minutes: short, note: { en: 'short', 'pt-BR': 'curto' } } }) },
});

describe('lab pages derived from the definitions', () => {
  it.each(Object.keys(labPageFiles(LAB_CATALOG)))('GIVEN the definitions WHEN %s is generated THEN the checked-in file is the same (else: npm run generate -w site)', (file) => {
    expect(readFileSync(path.join(siteDir, file), 'utf8')).toBe(labPageFiles(LAB_CATALOG)[file]);
  });

  it('GIVEN 170 minutes WHEN formatted THEN 2h50 in Portuguese and 2 h 50 min in English; 180 → 3h and 3 h', () => {
    expect([formatTotal(170, 'pt-BR'), formatTotal(170, 'en'), formatTotal(180, 'pt-BR'), formatTotal(180, 'en')]).toEqual(['2h50', '2 h 50 min', '3h', '3 h']);
  });

  it('GIVEN a lab whose summary holds a pipe WHEN the table is written THEN the pipe is escaped and the row links the page', () => {
    expect(labTable([lab('08', 15)], 'en')).toContain('| [Lab 08 — demo](../labs/08-demo.mdx) | does \\| things | 15 min |');
  });

  it('GIVEN a part-1 lab and part-2 labs of 30 and 25 min WHEN the plans are written THEN the part-2 module holds only part 2 (10 + 30 + 25 + 5 = 1h10) and the three-hour plan only part 1', () => {
    const labs = [lab('06', 25), { ...lab('07', 30), part: 2 as const }, { ...lab('08', 25), part: 2 as const }];
    const module = partTwoPlan(labs, 'pt-BR');
    expect(module).toContain('| 0:10–0:40 | [Lab 07](../labs/07-demo.mdx) | nota 07 |');
    expect(module).toContain('| 0:40–1:05 | [Lab 08](../labs/08-demo.mdx) | nota 08 |');
    expect(module).toContain('| 1:05–1:10 | Fechamento |');
    expect(module).toContain('Total: **1h10**.');
    expect(module).not.toContain('Lab 06');
    expect(labPageFiles(labs)['docs/_generated/three-hour-plan.mdx']).not.toContain('Lab 07');
  });

  it('GIVEN labs 01 (25 min) and 03 (20 min) WHEN the three-hour plan is written THEN times add up, with the break after lab 03', () => {
    const plan = trainerPlan([lab('01', 25, 20), lab('03', 20)], 'pt-BR', 'three-hours');
    expect(plan).toContain('| 0:10–0:35 | [Lab 01](../labs/01-demo.mdx) | nota 01 |');
    expect(plan).toContain('| 0:35–0:55 | [Lab 03](../labs/03-demo.mdx) | nota 03 |');
    expect(plan).toContain('| 0:55–1:05 | Pausa | |');
  });

  it('GIVEN a lab without a short slot WHEN the two-hour plan is written THEN it is left out', () => {
    const plan = trainerPlan([lab('01', 25, 20), lab('02', 20)], 'en', 'two-hours');
    expect(plan).toContain('| 0:10–0:30 | [Lab 01](../labs/01-demo.mdx) | short |');
    expect(plan).not.toContain('Lab 02');
  });
});
