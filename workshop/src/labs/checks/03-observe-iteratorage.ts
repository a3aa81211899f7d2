// Lab 03's check: the lag grows, and the learner's estimate (estimate.ts) lands close to what the engine shows.
import { attempt, expectation, fmt, lastIteratorAgeMs, runLabScenario, type LabCheck } from './check-kit.js';
import { lagGrows } from './lag-growth.js';
import { LAB_HORIZON_SECONDS } from '../lab-scenarios.js';

/** How far the estimate may be from the simulated IteratorAge, as a share of the simulated value. */
export const ESTIMATE_TOLERANCE = 0.2;

export const check03: LabCheck = {
  labId: '03',
  async run({ lab }) {
    const run = await attempt(() => runLabScenario('03', lab));
    const result = run.value;
    const seconds = Math.min(LAB_HORIZON_SECONDS['03']!, lab.load!.duration.seconds);
    const estimated = await attempt(async () => lab.estimateIteratorAgeMs!(seconds));
    const simulated = result ? lastIteratorAgeMs(result) : 0;
    const value = estimated.value ?? Number.NaN;
    const close = Number.isFinite(value) && simulated > 0 && Math.abs(value - simulated) <= ESTIMATE_TOLERANCE * simulated;
    const estimate = expectation('estimate-close',
      { en: `estimateIteratorAgeMs(${seconds}) is within ${ESTIMATE_TOLERANCE * 100}% of the engine's IteratorAge after ${seconds} s, the end of the local run`,
        'pt-BR': `estimateIteratorAgeMs(${seconds}) fica a até ${ESTIMATE_TOLERANCE * 100}% do IteratorAge do motor aos ${seconds} s, o fim da execução local` },
      close,
      estimated.error !== undefined
        ? { en: `estimateIteratorAgeMs threw: ${estimated.error}`, 'pt-BR': `estimateIteratorAgeMs lançou um erro: ${estimated.error}` }
        : { en: `your estimate ${fmt(value / 1000).en} s, the engine ${fmt(simulated / 1000).en} s`, 'pt-BR': `sua estimativa ${fmt(value / 1000)['pt-BR']} s, o motor ${fmt(simulated / 1000)['pt-BR']} s` });
    const hours = estimated.error === undefined ? await attempt(async () => lab.estimateIteratorAgeMs!(30 * 3600)) : {};
    const observations = hours.value !== undefined && hours.value > 0
      ? [{ en: `At this pace, after 30 hours IteratorAge would be ≈ ${fmt(hours.value).en} ms (the article saw ≈ 110 million ms).`,
           'pt-BR': `Nesse ritmo, depois de 30 horas o IteratorAge seria ≈ ${fmt(hours.value)['pt-BR']} ms (o artigo viu ≈ 110 milhões de ms).` }]
      : [];
    return { expectations: [lagGrows(result, run.error), estimate], observations };
  },
};
