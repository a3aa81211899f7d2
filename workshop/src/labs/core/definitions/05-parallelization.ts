// Lab 05's check: ParallelizationFactor 10 keeps IteratorAge well under a second; more lanes even rescue the
// slow handler of lab 01; a hot key (one customer) still runs in a single lane, which limits the gain.
import { attempt, CHECK_RUNS, expectation, fmt, peakIteratorAgeMs, runLabScenario } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';

export const WELL_UNDER_A_SECOND_MS = 500;
/** Share of writes on the hottest customer in the observation. */
export const HOT_KEY_SHARE = 0.8;

const check: LabCheck = {
  async run({ definition, lab, reference }) {
    const consumer = lab.consumer!;
    const factor = expectation('parallelization-10',
      { en: 'consumer.ts sets parallelizationFactor to 10 (the maximum)', 'pt-BR': 'consumer.ts define parallelizationFactor 10 (o máximo)' },
      consumer.parallelizationFactor === 10,
      { en: `parallelizationFactor is ${consumer.parallelizationFactor ?? 'not set (1)'}`, 'pt-BR': `parallelizationFactor está como ${consumer.parallelizationFactor ?? 'não definido (1)'}` });

    const run = await attempt(() => runLabScenario(definition, lab, {}, CHECK_RUNS.learner));
    const peak = run.value ? peakIteratorAgeMs(run.value) : Number.NaN;
    const fast = expectation('well-under-a-second',
      { en: `at the lab's load IteratorAge stays under ${WELL_UNDER_A_SECOND_MS} ms in every minute`, 'pt-BR': `com a carga do lab o IteratorAge fica abaixo de ${WELL_UNDER_A_SECOND_MS} ms em todos os minutos` },
      run.value !== undefined && peak < WELL_UNDER_A_SECOND_MS,
      run.value === undefined ? { en: `the run failed: ${run.error?.en}`, 'pt-BR': `a execução falhou: ${run.error?.['pt-BR']}` }
        : { en: `IteratorAge peak ${fmt(peak).en} ms`, 'pt-BR': `pico de IteratorAge ${fmt(peak)['pt-BR']} ms` });

    // More lanes multiply capacity: even lab 01's one-at-a-time handler keeps up with 10 lanes.
    const slow = (await reference('01')).exports.createHandler!;
    const lanes = await attempt(() => runLabScenario(definition, { ...lab, createHandler: slow }, {}, CHECK_RUNS.reference));
    const lanesPeak = lanes.value ? peakIteratorAgeMs(lanes.value) : Number.NaN;
    const multiply = expectation('lanes-multiply-capacity',
      { en: 'with your settings, even lab 01\'s one-at-a-time handler keeps IteratorAge under 1 s (lanes multiply capacity)', 'pt-BR': 'com as suas configurações, até o handler de um registro por vez do lab 01 mantém o IteratorAge abaixo de 1 s (as faixas multiplicam a capacidade)' },
      lanes.value !== undefined && lanesPeak < 1_000,
      lanes.value === undefined ? { en: `the run failed: ${lanes.error?.en}`, 'pt-BR': `a execução falhou: ${lanes.error?.['pt-BR']}` }
        : { en: `IteratorAge peak ${fmt(lanesPeak / 1000).en} s`, 'pt-BR': `pico de IteratorAge ${fmt(lanesPeak / 1000)['pt-BR']} s` });

    const hot = await attempt(() => runLabScenario(definition, { ...lab, createHandler: slow, load: { ...lab.load!, hotKeyShare: HOT_KEY_SHARE } }, {}, CHECK_RUNS.reference));
    const observations = hot.value
      ? [{ en: `With ${HOT_KEY_SHARE * 100}% of writes on one customer, that customer's records share one lane (order per key), and the same slow handler reaches ${fmt(peakIteratorAgeMs(hot.value) / 1000).en} s: hot keys limit what parallelization can do.`,
           'pt-BR': `Com ${HOT_KEY_SHARE * 100}% das escritas em um só cliente, os registros dele dividem uma faixa (ordem por chave), e o mesmo handler lento chega a ${fmt(peakIteratorAgeMs(hot.value) / 1000)['pt-BR']} s: chaves quentes limitam o ganho da paralelização.` }]
      : [];
    return { expectations: [factor, fast, multiply], observations };
  },
};

export const lab: LabDefinition = {
  id: '05',
  slug: '05-parallelization',
  minutes: 20,
  files: ['consumer.ts'],
  builtOn: '04',
  horizonSeconds: 120,
  aws: { batchSize: 1_000, parallelizationFactor: 10, ageBelowMs: 1_000 },
  charts: ['starter', 'solution'],
  check,
  starterFails: ['parallelization-10', 'lanes-multiply-capacity'],
  title: { 'pt-BR': 'ParallelizationFactor 10, ordem por chave e chaves quentes', en: 'ParallelizationFactor 10, per-key order and hot keys' },
  shortTitle: { 'pt-BR': 'paralelização', en: 'parallelization' },
  summary: { 'pt-BR': 'processa vários lotes por shard ao mesmo tempo', en: 'process several batches per shard at once' },
  trainer: {
    note: { 'pt-BR': 'A chave quente no simulador, projetado na tela.', en: 'The hot key in the playground, projected.' },
    short: { minutes: 15, note: { 'pt-BR': 'Uma linha de código; o tempo vai para o simulador.', en: 'One line of code; spend the time in the playground.' } },
  },
  hints: {
    'pt-BR': [
      'O ParallelizationFactor vale de 1 a 10 (o artigo fala em "0", que não é um valor válido).',
      'Escreva `parallelizationFactor: 10` em consumer.ts. A ordem continua garantida por chave de partição.',
    ],
    en: [
      'ParallelizationFactor goes from 1 to 10 (the article mentions "0", which is not a valid value).',
      'Write `parallelizationFactor: 10` in consumer.ts. Order is still kept per partition key.',
    ],
  },
};
