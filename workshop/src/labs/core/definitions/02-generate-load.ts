// Lab 02's check: a load within the lab's AWS budget that makes the backlog grow on the engine.
import { sourceOrderImageBytes } from '../../../engine/handler/source-order-image.js';
import { buildArrivalCurve } from '../../../settings/arrival-curve.js';
import { DEFAULT_MAX_COST, estimateLoadCost } from '../../../settings/cost-estimate.js';
import type { LoadSpec, RateProfile } from '../../../settings/load-profile.js';
import { attempt, CHECK_RUNS, expectation, runLabScenario } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';
import { lagGrows } from '../lag-growth.js';

/**
 * The AWS run stays cheap: `run 02 --target aws` must start without `--yes`, so the load's estimate (its writes
 * plus the consumer's results rows, as `run` prices it) fits the default `--max-cost`. At most 15 minutes.
 */
export const MAX_COST_USD = Number(DEFAULT_MAX_COST);
export const MAX_DURATION_SECONDS = 900;

/**
 * What `run 02 --target aws` would estimate for `load` (as `planLabLoad` does on the CLI side): the items of its
 * arrival curve at the largest billed size of the orders it writes, plus one results row each. A test keeps the two equal.
 */
export function awsRunUsd(load: LoadSpec): number {
  const items = Math.max(1, Math.round(buildArrivalCurve(load.profile, load.duration.seconds).total));
  let largest = 0;
  for (let index = 0; index < 60; index += 1) largest = Math.max(largest, sourceOrderImageBytes(index, index % load.keys, load.itemSizeBytes ?? 400, 0));
  return estimateLoadCost({ items, itemSizeBytes: largest }).usd;
}

export function peakRate(profile: RateProfile): number {
  switch (profile.kind) {
    case 'constant': return profile.ratePerSecond;
    case 'steps': return Math.max(0, ...profile.steps.map((s) => s.ratePerSecond));
    case 'ramp': return Math.max(profile.fromPerSecond, profile.toPerSecond);
    case 'daily': return profile.peakPerSecond;
  }
}

const check: LabCheck = {
  async run({ definition, lab }) {
    const load = lab.load!;
    const peak = peakRate(load.profile);
    const inTime = peak > 0 && load.duration.seconds > 0 && load.duration.seconds <= MAX_DURATION_SECONDS && load.keys >= 1;
    const usd = inTime ? awsRunUsd(load) : Number.POSITIVE_INFINITY;
    const cost = { en: `$${usd.toFixed(3)}`, 'pt-BR': `US$ ${usd.toFixed(3).replace('.', ',')}` };
    const budget = expectation('within-budget',
      { en: `load.ts stays within the lab's budget: at most 15 minutes, and an AWS run estimated at no more than the default --max-cost ($${MAX_COST_USD.toFixed(2)})`,
        'pt-BR': `load.ts cabe no orçamento do lab: no máximo 15 minutos, e uma execução na AWS estimada em até o --max-cost padrão (US$ ${MAX_COST_USD.toFixed(2).replace('.', ',')})` },
      inTime && usd <= MAX_COST_USD,
      { en: `peak ${peak} writes/s for ${load.duration.seconds} s over ${load.keys} keys${inTime ? `: ≈ ${cost.en} with the consumer's results rows` : ''}`,
        'pt-BR': `pico de ${peak} escritas/s por ${load.duration.seconds} s em ${load.keys} chaves${inTime ? `: ≈ ${cost['pt-BR']} com as linhas de resultado do consumidor` : ''}` });
    const run = await attempt(() => runLabScenario(definition, lab, {}, CHECK_RUNS.learner));
    return { expectations: [budget, lagGrows(run.value, run.error)], observations: [] };
  },
};

export const lab: LabDefinition = {
  id: '02',
  slug: '02-generate-load',
  minutes: 20,
  files: ['load.ts'],
  builtOn: '01',
  horizonSeconds: 300,
  aws: { batchSize: 100, ageAboveMs: 60_000 },
  charts: ['starter', 'solution'],
  check,
  starterFails: ['lag-grows'],
  title: { 'pt-BR': 'Gerar carga maior que a capacidade do consumidor', en: 'Generate a load that outruns the consumer' },
  shortTitle: { 'pt-BR': 'carga', en: 'load' },
  summary: { 'pt-BR': 'escolhe uma carga que passa da capacidade do consumidor', en: 'pick a load that outruns the consumer' },
  trainer: {
    note: { 'pt-BR': 'A conta da vazão no quadro: 100 × 8 ms + 5 ms.', en: 'The throughput math on the board: 100 × 8 ms + 5 ms.' },
    short: { minutes: 10, note: { 'pt-BR': 'Faça a conta com o grupo, no quadro, e use a carga da solução.', en: 'Do the math with the group, on the board, and use the solution\'s load.' } },
  },
  hints: {
    'pt-BR': [
      'Um lote de 100 leva 100 × 8 ms + ≈ 5 ms = 805 ms e, com fila, o próximo começa assim que ele termina: 100 ÷ 0,805 s ≈ 124 registros/s.',
      'Qualquer taxa acima disso faz a fila acumulada crescer, mas o check quer o IteratorAge acima de 1 minuto ao fim de 5 minutos simulados: use 160 escritas/s ou mais (com 150, ele chega só a 51 s); 200 escritas/s por 10 minutos funciona e custa ≈ US$ 0,15 na AWS, com as linhas que o consumidor grava.',
    ],
    en: [
      'A batch of 100 takes 100 × 8 ms + ≈ 5 ms = 805 ms and, with a backlog, the next one starts as soon as it returns: 100 ÷ 0.805 s ≈ 124 records/s.',
      'Any rate above that makes the backlog grow, but the check wants IteratorAge above 1 minute after 5 simulated minutes: use 160 writes/s or more (at 150, it only reaches 51 s); 200 writes/s for 10 minutes works and costs ≈ $0.15 on AWS, with the rows the consumer writes.',
    ],
  },
};
