// Lab 03's check: the lag grows, and the learner's estimate (estimate.ts) lands close to what the engine shows.
import { attempt, CHECK_RUNS, expectation, fmt, lastIteratorAgeMs, runLabScenario } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';
import { lagGrows } from '../lag-growth.js';
import { RETENTION_MS } from '../long-run.js';

/** How far the estimate may be from the simulated IteratorAge, as a share of the simulated value. */
export const ESTIMATE_TOLERANCE = 0.2;

/**
 * `run 03 --hours N`: the lab's load at this rate for all N hours (in the engine: a production rate; lab 02's
 * 200 writes/s is kept to 10 minutes because it also runs on AWS, and at that pace lab 01's consumer would need
 * ≈ 63 h to reach the 24 h cliff). With μ ≈ 124 records/s the lag grows ≈ 0.876 s a second and reaches the
 * stream's 24 h retention 27.4 h in, inside the story's 30 hours (needs λ ≥ 5μ ≈ 621/s).
 */
export const LONG_RUN_WRITES_PER_SECOND = 1_000;

/** The article's peak IteratorAge: ≈ 110 million ms (30.6 h), more than the stream keeps (aws-facts §C: 24 h). */
const ARTICLE_PEAK_MS = 110_000_000;

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
    const observations = hours.value !== undefined && hours.value > 0 ? [thirtyHours(hours.value, value / (seconds * 1000))] : [];
    return { expectations: [lagGrows(result, run.error), estimate], observations };
  },
};

/**
 * What the estimate says of 30 hours at this pace. The stream keeps records 24 h (aws-facts §C), so an age
 * beyond that is never reported: it means the lag reached 24 h sooner, and from then on records were lost.
 */
function thirtyHours(ageMs: number, growth: number): { en: string; 'pt-BR': string } {
  const article = { en: `the article's ≈ 110 million ms (${fmt(ARTICLE_PEAK_MS / 3_600_000).en} h) is more than a stream keeps: records past 24 h can be trimmed at any moment, and what is trimmed is lost`,
    'pt-BR': `os ≈ 110 milhões de ms do artigo (${fmt(ARTICLE_PEAK_MS / 3_600_000)['pt-BR']} h) são mais do que um stream guarda: registros com mais de 24 h podem ser descartados a qualquer momento, e o que é descartado se perde` };
  const run = { en: 'run `npx workshop run 03 --hours 30` to watch the cliff', 'pt-BR': 'rode `npx workshop run 03 --hours 30` para ver o penhasco' };
  if (ageMs <= RETENTION_MS) {
    const h = fmt(ageMs / 3_600_000);
    return { en: `At this pace, after 30 hours IteratorAge would be ≈ ${h.en} h, under the stream's 24 h retention; ${article.en}; ${run.en} at ${fmt(LONG_RUN_WRITES_PER_SECOND).en} writes/s.`,
      'pt-BR': `Nesse ritmo, depois de 30 horas o IteratorAge seria ≈ ${h['pt-BR']} h, abaixo da retenção de 24 h do stream; ${article['pt-BR']}; ${run['pt-BR']} a ${fmt(LONG_RUN_WRITES_PER_SECOND)['pt-BR']} escritas/s.` };
  }
  const cliff = Number.isFinite(growth) && growth > 0 ? fmt(RETENTION_MS / growth / 3_600_000) : undefined;
  const when = cliff ? { en: ` after ≈ ${cliff.en} h`, 'pt-BR': ` depois de ≈ ${cliff['pt-BR']} h` } : { en: '', 'pt-BR': '' };
  return { en: `At this pace the lag would reach the stream's 24 h retention${when.en}, before 30 hours: from then on records are lost and, in the engine, IteratorAge stays at 24 h; ${article.en}; ${run.en}.`,
    'pt-BR': `Nesse ritmo, o atraso chegaria à retenção de 24 h do stream${when['pt-BR']}, antes das 30 horas: dali em diante registros se perdem e, no motor, o IteratorAge fica em 24 h; ${article['pt-BR']}; ${run['pt-BR']}.` };
}

export const lab: LabDefinition = {
  id: '03',
  slug: '03-observe-iteratorage',
  minutes: 25,
  files: ['estimate.ts'],
  builtOn: '02',
  longRun: { ratePerSecond: LONG_RUN_WRITES_PER_SECOND, chartHours: 30 },
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
