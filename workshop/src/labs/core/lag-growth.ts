// Shared by labs 02 and 03: does the chosen load outrun the consumer, as the engine plays it?
import type { SimulationResult } from '../../engine/simulation-result.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import { expectation, fmt, lastIteratorAgeMs, type ExpectationResult } from './check-kit.js';

/** IteratorAge the last minute must reach for the lag to count as "growing" (1 minute behind). */
export const GROWING_LAG_MS = 60_000;

export function lagGrows(result: SimulationResult | undefined, error: Bilingual | undefined): ExpectationResult {
  const description = {
    en: 'the load outruns the consumer: the backlog grows minute after minute and IteratorAge passes 1 minute',
    'pt-BR': 'a carga supera o consumidor: a fila acumulada cresce minuto a minuto e o IteratorAge passa de 1 minuto',
  };
  if (!result) return expectation('lag-grows', description, false, { en: `the run failed: ${error?.en}`, 'pt-BR': `a execução falhou: ${error?.['pt-BR']}` });
  const backlogs = result.minutes.map((m) => m.backlog);
  const rising = backlogs.slice(1).filter((b, i) => b > backlogs[i]!).length;
  const mostlyRising = backlogs.length >= 3 && rising >= backlogs.length - 2;
  const lastAge = lastIteratorAgeMs(result);
  const seconds = fmt(lastAge / 1000);
  return expectation('lag-grows', description, mostlyRising && lastAge >= GROWING_LAG_MS, {
    en: `backlog rose in ${rising} of ${backlogs.length - 1} minutes, to ${fmt(backlogs.at(-1) ?? 0).en} records; last IteratorAge ${seconds.en} s`,
    'pt-BR': `a fila acumulada subiu em ${rising} de ${backlogs.length - 1} minutos, até ${fmt(backlogs.at(-1) ?? 0)['pt-BR']} registros; último IteratorAge ${seconds['pt-BR']} s`,
  });
}
