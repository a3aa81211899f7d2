// Lab 03's check: the lag grows, and the learner's estimate (estimate.ts) lands close to what the engine shows.
import { attempt, CHECK_RUNS, expectation, fmt, lastIteratorAgeMs, runLabScenario } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';
import { lagGrows } from '../lag-growth.js';

/** How far the estimate may be from the simulated IteratorAge, as a share of the simulated value. */
export const ESTIMATE_TOLERANCE = 0.2;

const check: LabCheck = {
  async run({ definition, lab }) {
    const run = await attempt(() => runLabScenario(definition, lab, {}, CHECK_RUNS.learner));
    const result = run.value;
    const seconds = Math.min(definition.horizonSeconds ?? Number.POSITIVE_INFINITY, lab.load!.duration.seconds);
    const estimated = await attempt(async () => lab.estimateIteratorAgeMs!(seconds));
    const simulated = result ? lastIteratorAgeMs(result) : 0;
    const value = estimated.value ?? Number.NaN;
    const close = Number.isFinite(value) && simulated > 0 && Math.abs(value - simulated) <= ESTIMATE_TOLERANCE * simulated;
    const estimate = expectation('estimate-close',
      { en: `estimateIteratorAgeMs(${seconds}) is within ${ESTIMATE_TOLERANCE * 100}% of the engine's IteratorAge after ${seconds} s, the end of the local run`,
        'pt-BR': `estimateIteratorAgeMs(${seconds}) fica a até ${ESTIMATE_TOLERANCE * 100}% do IteratorAge do motor aos ${seconds} s, o fim da execução local` },
      close,
      estimated.error !== undefined
        ? { en: `estimateIteratorAgeMs threw: ${estimated.error?.en}`, 'pt-BR': `estimateIteratorAgeMs lançou um erro: ${estimated.error?.['pt-BR']}` }
        : { en: `your estimate ${fmt(value / 1000).en} s, the engine ${fmt(simulated / 1000).en} s`, 'pt-BR': `sua estimativa ${fmt(value / 1000)['pt-BR']} s, o motor ${fmt(simulated / 1000)['pt-BR']} s` });
    const hours = estimated.error === undefined ? await attempt(async () => lab.estimateIteratorAgeMs!(30 * 3600)) : {};
    const observations = hours.value !== undefined && hours.value > 0
      ? [{ en: `At this pace, after 30 hours IteratorAge would be ≈ ${fmt(hours.value).en} ms (the article saw ≈ 110 million ms).`,
           'pt-BR': `Nesse ritmo, depois de 30 horas o IteratorAge seria ≈ ${fmt(hours.value)['pt-BR']} ms (o artigo viu ≈ 110 milhões de ms).` }]
      : [];
    return { expectations: [lagGrows(result, run.error), estimate], observations };
  },
};

export const lab: LabDefinition = {
  id: '03',
  slug: '03-observe-iteratorage',
  minutes: 25,
  files: ['estimate.ts'],
  builtOn: '02',
  aws: { batchSize: 100, ageAboveMs: 60_000 },
  charts: ['starter', 'solution'],
  check,
  starterFails: ['estimate-close'],
  title: { 'pt-BR': 'Observar o IteratorAge e estimar o atraso', en: 'Observe IteratorAge and estimate the lag' },
  shortTitle: { 'pt-BR': 'observar', en: 'observe' },
  summary: { 'pt-BR': 'vê o `IteratorAge` subir e estima quanto ele cresce', en: 'watch `IteratorAge` climb and estimate how fast it grows' },
  trainer: {
    note: { 'pt-BR': 'Peça a estimativa antes do `run`; "sem dados" não é "tudo bem".', en: 'Ask for the estimate before `run`; "no data" is not "all good".' },
    short: { minutes: 20, note: { 'pt-BR': '', en: '' } },
  },
  hints: {
    'pt-BR': [
      'Capacidade: μ = lote ÷ duração da invocação. Ela dura lote × PUT_ITEM_MS + INVOCATION_OVERHEAD_MS; com fila, o lote seguinte começa assim que ela termina (sem esperar a próxima consulta ao shard).',
      'No instante t o consumidor chega ao registro μ·t, escrito em μ·t/λ. A idade dele é t·(1 − μ/λ).',
      'Devolva em milissegundos: `elapsedSeconds * 1000 * (1 - mu / lambda)`, e 0 quando λ ≤ μ.',
    ],
    en: [
      'Capacity: μ = batch ÷ invocation duration. It lasts batch × PUT_ITEM_MS + INVOCATION_OVERHEAD_MS; with a backlog, the next batch starts as soon as it returns (no wait for the shard\'s next poll).',
      'At time t the consumer reaches record μ·t, written at μ·t/λ. Its age is t·(1 − μ/λ).',
      'Return milliseconds: `elapsedSeconds * 1000 * (1 - mu / lambda)`, and 0 when λ ≤ μ.',
    ],
  },
};
