// Lab 04's check: BatchSize 1000 AND a handler that uses the batch (chunks of ≤ 25, bounded concurrency,
// UnprocessedItems retried with backoff). The observation shows why the setting alone is not enough.
import { attempt, CHECK_RUNS, expectation, fmt, peakIteratorAgeMs, recordingIO, runLabScenario, sampleEvent } from '../check-kit.js';
import { AWS_FACTS } from '../../../settings/aws-limits.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';

/** "Keeps up": IteratorAge stays under this in every minute of the lab's run. */
export const KEEPS_UP_MS = 1_000;
const MAX_CONCURRENT_WRITES = 10;

const check: LabCheck = {
  async run({ definition, lab, reference }) {
    const consumer = lab.consumer!;
    const createHandler = lab.createHandler!;
    const batchSize = expectation('batch-size-1000',
      { en: 'consumer.ts sets batchSize to 1000, as in the article\'s fix', 'pt-BR': 'consumer.ts define batchSize 1000, como na correção do artigo' },
      consumer.batchSize === 1_000,
      { en: `batchSize is ${consumer.batchSize ?? 'not set (100)'}`, 'pt-BR': `batchSize está como ${consumer.batchSize ?? 'não definido (100)'}` });

    // 60 records → at least 3 chunks; the fake table hands the last 2 items of each first try back as unprocessed.
    const chunked = recordingIO({ unprocessedOnFirstTry: 2 });
    const event = sampleEvent(Array.from({ length: 60 }, () => 'INSERT' as const));
    const probe = await attempt(() => createHandler(chunked.io)(event));
    const seen = chunked.seen;
    const allStored = new Set(seen.stored).size === 60;
    const chunks = expectation('batch-writes',
      { en: 'the handler writes with io.putResults in chunks of at most 25 items, never one PutItem per record', 'pt-BR': 'o handler grava com io.putResults em pedaços de até 25 itens, nunca um PutItem por registro' },
      probe.error === undefined && seen.single.length === 0 && seen.batches.length > 0 && seen.batches.every((b) => b.length >= 1 && b.length <= AWS_FACTS.batchWriteMaxItems),
      probe.error !== undefined
        ? { en: `the handler threw: ${probe.error?.en}`, 'pt-BR': `o handler lançou um erro: ${probe.error?.['pt-BR']}` }
        : { en: `${seen.single.length} putResult calls; putResults chunk sizes: ${seen.batches.map((b) => b.length).join(', ') || 'none'}`,
            'pt-BR': `${seen.single.length} chamadas a putResult; tamanhos dos pedaços em putResults: ${seen.batches.map((b) => b.length).join(', ') || 'nenhum'}` });
    const retries = expectation('retries-unprocessed',
      { en: 'items DynamoDB hands back as unprocessed are written again after an io.sleep backoff', 'pt-BR': 'itens que o DynamoDB devolve como não processados são gravados de novo depois de uma espera com io.sleep' },
      probe.error === undefined && allStored && seen.sleeps.length > 0 && seen.sleeps.every((ms) => ms > 0),
      { en: `${new Set(seen.stored).size} of 60 items stored; io.sleep calls: ${seen.sleeps.join(', ') || 'none'} ms`,
        'pt-BR': `${new Set(seen.stored).size} de 60 itens gravados; chamadas a io.sleep: ${seen.sleeps.join(', ') || 'nenhuma'} ms` });

    const wide = recordingIO();
    const bigEvent = sampleEvent(Array.from({ length: 1_000 }, () => 'INSERT' as const));
    const wideProbe = await attempt(() => createHandler(wide.io)(bigEvent));
    const inFlight = wide.seen.maxInFlight;
    const bounded = expectation('bounded-concurrency',
      { en: `with 1,000 records, several writes run at once, but never more than ${MAX_CONCURRENT_WRITES}`, 'pt-BR': `com 1.000 registros, várias escritas correm ao mesmo tempo, mas nunca mais de ${MAX_CONCURRENT_WRITES}` },
      wideProbe.error === undefined && inFlight >= 2 && inFlight <= MAX_CONCURRENT_WRITES,
      wideProbe.error !== undefined
        ? { en: `the handler threw: ${wideProbe.error?.en}`, 'pt-BR': `o handler lançou um erro: ${wideProbe.error?.['pt-BR']}` }
        : { en: `at most ${inFlight} writes in flight`, 'pt-BR': `no máximo ${inFlight} escritas ao mesmo tempo` });

    const run = await attempt(() => runLabScenario(definition, lab, {}, CHECK_RUNS.learner));
    const peak = run.value ? peakIteratorAgeMs(run.value) : Number.NaN;
    const keepsUp = expectation('keeps-up',
      { en: 'at the lab\'s load (200 writes/s) IteratorAge stays under 1 s in every minute', 'pt-BR': 'com a carga do lab (200 escritas/s) o IteratorAge fica abaixo de 1 s em todos os minutos' },
      run.value !== undefined && peak < KEEPS_UP_MS,
      run.value === undefined
        ? { en: `the run failed: ${run.error?.en}`, 'pt-BR': `a execução falhou: ${run.error?.['pt-BR']}` }
        : { en: `IteratorAge peak ${fmt(peak).en} ms`, 'pt-BR': `pico de IteratorAge ${fmt(peak)['pt-BR']} ms` });

    // The lesson: your settings with the one-record-at-a-time handler of labs 01–03.
    const slow = (await reference('01')).exports;
    const alone = await attempt(() => runLabScenario(definition, { ...lab, createHandler: slow.createHandler! }, {}, CHECK_RUNS.reference));
    const observations = alone.value
      ? [{ en: `With your settings but lab 03's one-at-a-time handler, IteratorAge still reaches ${fmt(peakIteratorAgeMs(alone.value) / 1000).en} s: the setting alone is not enough.`,
           'pt-BR': `Com as suas configurações, mas o handler de um registro por vez do lab 03, o IteratorAge ainda chega a ${fmt(peakIteratorAgeMs(alone.value) / 1000)['pt-BR']} s: só a configuração não basta.` }]
      : [];
    return { expectations: [batchSize, chunks, retries, bounded, keepsUp], observations };
  },
};

export const lab: LabDefinition = {
  id: '04',
  slug: '04-batch-size',
  minutes: 30,
  files: ['consumer.ts', 'handler.ts'],
  builtOn: '03',
  horizonSeconds: 120,
  aws: { batchSize: 1_000, ageBelowMs: 1_000 },
  charts: ['starter', 'solution'],
  check,
  starterFails: ['batch-size-1000', 'batch-writes', 'retries-unprocessed', 'bounded-concurrency', 'keeps-up'],
  title: { 'pt-BR': 'BatchSize 1000 e um handler que aproveita o lote', en: 'BatchSize 1000 and a handler that uses the batch' },
  shortTitle: { 'pt-BR': 'tamanho do lote', en: 'batch size' },
  summary: { 'pt-BR': 'aumenta o lote e faz o handler trabalhar em lote', en: 'raise the batch size and make the handler work in batches' },
  trainer: {
    note: { 'pt-BR': 'Deixe a turma trocar só o número primeiro e ver que não adianta.', en: 'Let the group change only the number first and see it doesn\'t help.' },
    short: { minutes: 25, note: { 'pt-BR': 'Mostre o `npx workshop diff 04` de quem terminou para quem não terminou.', en: 'Show `npx workshop diff 04` from someone who finished to those who haven\'t.' } },
  },
  hints: {
    'pt-BR': [
      'Só mudar `batchSize` não basta: com um PutItem por registro, um lote de 1000 só demora 10 vezes mais.',
      'Monte os resultados, divida em pedaços de 25 e grave cada pedaço com `io.putResults(chunk)`.',
      '`const limit = pLimit(10); await Promise.all(chunks.map((c) => limit(() => writeChunk(io, c))))` limita a 10 escritas simultâneas.',
      '`io.putResults` devolve os itens não processados: grave-os de novo esperando 50, 100, 200… ms entre as tentativas (`await io.sleep(50 * 2 ** n)`, com n = 0, 1, 2…), no máximo 6 tentativas ao todo; se ainda sobrar item, lance um erro, e o Lambda entrega o lote de novo.',
    ],
    en: [
      'Changing `batchSize` alone is not enough: with one PutItem per record, a batch of 1000 just takes 10 times longer.',
      'Build the results, split them into chunks of 25 and write each chunk with `io.putResults(chunk)`.',
      '`const limit = pLimit(10); await Promise.all(chunks.map((c) => limit(() => writeChunk(io, c))))` keeps at most 10 writes in flight.',
      '`io.putResults` returns the unprocessed items: send them again, waiting 50, 100, 200… ms between attempts (`await io.sleep(50 * 2 ** n)` with n = 0, 1, 2…), at most 6 attempts in all; if items are still left, throw, and Lambda delivers the batch again.',
    ],
  },
};
