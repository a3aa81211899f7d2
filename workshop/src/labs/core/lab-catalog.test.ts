import { describe, expect, it } from 'vitest';
import { LAB_CATALOG, labChartIds, labEntry, moduleSources, totalMinutes } from './lab-catalog.js';
import type { LabDefinition } from './lab-definition.js';

const lab = (id: string, files: string[], builtOn?: string): LabDefinition => ({
  id, slug: `${id}-x`, title: { en: id, 'pt-BR': id }, shortTitle: { en: id, 'pt-BR': id }, summary: { en: id, 'pt-BR': id }, minutes: 10, files, hints: { en: [], 'pt-BR': [] }, charts: [], ...(builtOn ? { builtOn } : {}),
});

describe('moduleSources (the one inheritance mechanism)', () => {
  it('GIVEN lab 05 (consumer.ts only) WHEN resolved THEN consumer is its own, handler comes from 04, load from 02', () => {
    const sources = moduleSources(labEntry('05')!);
    expect(sources.map((s) => [s.module, s.fromLab.id, s.own])).toEqual([['consumer', '05', true], ['handler', '04', false], ['load', '02', false], ['estimate', '03', false]]);
  });

  it('GIVEN lab 01 (the first) WHEN resolved THEN only its own consumer and handler', () => {
    expect(moduleSources(labEntry('01')!).map((s) => [s.module, s.own])).toEqual([['consumer', true], ['handler', true]]);
  });

  it('GIVEN a builtOn that names no definition WHEN resolved THEN the error names both labs', () => {
    expect(() => moduleSources(lab('09', ['alarm.ts'], '42'), [lab('09', ['alarm.ts'], '42')])).toThrow('Lab 09: builtOn names lab 42');
  });

  it('GIVEN two labs built on each other WHEN resolved THEN the loop is refused', () => {
    const catalog = [lab('08', [], '09'), lab('09', [], '08')];
    expect(() => moduleSources(catalog[0]!, catalog)).toThrow('loops');
  });
});

describe('derived tables', () => {
  it('GIVEN the catalog WHEN read THEN ids are two digits, unique and in order', () => {
    const ids = LAB_CATALOG.map((l) => l.id);
    expect(ids.every((id) => /^\d\d$/.test(id))).toBe(true);
    expect([...new Set(ids)].sort()).toEqual(ids);
  });

  it('GIVEN two labs with 10 and 25 minutes WHEN summed THEN 35', () => {
    expect(totalMinutes([{ ...lab('01', []), minutes: 10 }, { ...lab('02', []), minutes: 25 }])).toBe(35);
  });

  it('GIVEN a lab drawing both variants WHEN chart ids are derived THEN <slug>/starter and <slug>/solution', () => {
    expect(labChartIds([{ ...lab('02', []), charts: ['starter', 'solution'] }, lab('03', [])])).toEqual(['02-x/starter', '02-x/solution']);
  });
});
