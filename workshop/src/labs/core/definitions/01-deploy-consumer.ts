// Lab 01's check: the article's starting settings, a handler that handles every kind of stream record,
// one record at a time, and a clean run on the engine.
import { attempt, CHECK_RUNS, expectation, fmt, recordingIO, runLabScenario, sampleEvent } from '../check-kit.js';
import type { LoadSpec } from '../../../settings/load-profile.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';

/** Lab 01 has no load.ts yet: a gentle load its consumer keeps up with (≈ 124 records/s capacity). */
export const LAB_01_LOAD: LoadSpec = { profile: { kind: 'constant', ratePerSecond: 50 }, duration: { seconds: 120 }, keys: 1_000, itemSizeBytes: 400 };

const check: LabCheck = {
  async run({ definition, lab }) {
    const consumer = lab.consumer!;
    const createHandler = lab.createHandler!;
    const position = expectation('starting-position',
      { en: 'consumer.ts starts from the oldest record (TRIM_HORIZON)', 'pt-BR': 'consumer.ts começa pelo registro mais antigo (TRIM_HORIZON)' },
      consumer.startingPosition === 'TRIM_HORIZON',
      { en: `startingPosition is ${consumer.startingPosition}`, 'pt-BR': `startingPosition está como ${consumer.startingPosition}` });
    const settings = expectation('article-settings',
      { en: 'consumer.ts sets the article\'s batchSize 100 and parallelizationFactor 1 explicitly', 'pt-BR': 'consumer.ts define explicitamente batchSize 100 e parallelizationFactor 1, como no artigo' },
      consumer.batchSize === 100 && consumer.parallelizationFactor === 1,
      { en: `batchSize ${consumer.batchSize ?? 'not set'}, parallelizationFactor ${consumer.parallelizationFactor ?? 'not set'}`,
        'pt-BR': `batchSize ${consumer.batchSize ?? 'não definido'}, parallelizationFactor ${consumer.parallelizationFactor ?? 'não definido'}` });

    // INSERT, MODIFY and REMOVE of real-shaped records (nested maps, lists, sets, numbers, NULL, binary).
    const event = sampleEvent(['INSERT', 'MODIFY', 'REMOVE', 'INSERT', 'REMOVE']);
    const { io, seen } = recordingIO();
    const probe = await attempt(() => createHandler(io)(event));
    const rows = [...seen.single, ...seen.batches.flat()];
    const expectedKeys = event.Records.map((r) => `${r.dynamodb?.Keys?.pk?.S}|${r.dynamodb?.Keys?.sk?.S}`);
    const removedOk = event.Records.every((r, i) => r.eventName !== 'REMOVE' || rows[i]?.status === 'DELETED');
    const everyKind = probe.error === undefined && seen.stored.join() === expectedKeys.join() && removedOk;
    const kinds = expectation('every-event-kind',
      { en: 'the handler writes one row per INSERT, MODIFY and REMOVE record, with status DELETED for removals', 'pt-BR': 'o handler grava uma linha por registro INSERT, MODIFY e REMOVE, com status DELETED nas remoções' },
      everyKind,
      probe.error !== undefined
        ? { en: `the handler threw: ${probe.error?.en}`, 'pt-BR': `o handler lançou um erro: ${probe.error?.['pt-BR']}` }
        : { en: `${seen.stored.length} of ${expectedKeys.length} rows written with the right keys; removals marked DELETED: ${removedOk ? 'yes' : 'no'}`,
            'pt-BR': `${seen.stored.length} de ${expectedKeys.length} linhas gravadas com as chaves certas; remoções marcadas DELETED: ${removedOk ? 'sim' : 'não'}` });
    const oneAtATime = expectation('one-at-a-time',
      { en: 'the handler writes one record at a time with io.putResult, in stream order (the article\'s handler)', 'pt-BR': 'o handler grava um registro por vez com io.putResult, na ordem do stream (o handler do artigo)' },
      seen.single.length === expectedKeys.length && seen.batches.length === 0 && seen.maxInFlight === 1,
      { en: `${seen.single.length} putResult calls, ${seen.batches.length} putResults calls, at most ${seen.maxInFlight} in flight`,
        'pt-BR': `${seen.single.length} chamadas a putResult, ${seen.batches.length} a putResults, no máximo ${seen.maxInFlight} ao mesmo tempo` });

    const run = await attempt(() => runLabScenario(definition, lab, {}, CHECK_RUNS.learner));
    const result = run.value;
    const errors = result ? result.minutes.reduce((sum, m) => sum + m.errors, 0) : 0;
    const engineOk = result !== undefined && errors === 0 && result.totals.processed >= 0.95 * result.totals.written;
    const engine = expectation('runs-on-engine',
      { en: 'on the local engine (50 writes/s for 2 min) every batch succeeds and the consumer keeps up', 'pt-BR': 'no motor local (50 escritas/s por 2 min) todo lote dá certo e o consumidor acompanha' },
      engineOk,
      result === undefined
        ? { en: `the run failed: ${run.error?.en}`, 'pt-BR': `a execução falhou: ${run.error?.['pt-BR']}` }
        : { en: `${fmt(result.totals.processed).en} of ${fmt(result.totals.written).en} records processed, ${errors} failed invocations`,
            'pt-BR': `${fmt(result.totals.processed)['pt-BR']} de ${fmt(result.totals.written)['pt-BR']} registros processados, ${errors} invocações com erro` });
    return { expectations: [position, settings, kinds, oneAtATime, engine], observations: [] };
  },
};

export const lab: LabDefinition = {
  id: '01',
  slug: '01-deploy-consumer',
  minutes: 25,
  files: ['consumer.ts', 'handler.ts', 'order-result.ts'],
  horizonSeconds: 120,
  defaultLoad: LAB_01_LOAD,
  aws: { batchSize: 100, parallelizationFactor: 1 },
  check,
  starterFails: ['starting-position', 'article-settings', 'every-event-kind', 'one-at-a-time'],
  charts: [],
  title: { 'pt-BR': 'Implantar o consumidor (BatchSize 100, PF 1)', en: 'Deploy the consumer (BatchSize 100, PF 1)' },
  shortTitle: { 'pt-BR': 'o consumidor', en: 'the consumer' },
  summary: { 'pt-BR': 'liga o stream à função e completa o handler', en: 'wire the stream to the function and finish the handler' },
  trainer: {
    note: { 'pt-BR': '`TRIM_HORIZON` × `LATEST`; o `REMOVE` sem `NewImage`.', en: '`TRIM_HORIZON` vs `LATEST`; the `REMOVE` with no `NewImage`.' },
    short: { minutes: 20, note: { 'pt-BR': 'Se alguém travar, `npx workshop hint 01` e siga.', en: 'If someone gets stuck, `npx workshop hint 01` and move on.' } },
  },
  hints: {
    'pt-BR': [
      'Em consumer.ts: TRIM_HORIZON lê desde o registro mais antigo que o stream ainda guarda; LATEST só o que chegar depois.',
      'Escreva `batchSize: 100` e `parallelizationFactor: 1`, os valores do artigo.',
      'Um REMOVE não tem NewImage: use `change.NewImage ?? change.OldImage ?? change.Keys`, e status "DELETED" quando `record.eventName === "REMOVE"`.',
      'No handler, `await io.putResult(result)` dentro do laço grava um registro por vez, em ordem.',
    ],
    en: [
      'In consumer.ts: TRIM_HORIZON reads from the oldest record the stream still keeps; LATEST only what arrives afterwards.',
      'Write `batchSize: 100` and `parallelizationFactor: 1`, the article\'s values.',
      'A REMOVE has no NewImage: use `change.NewImage ?? change.OldImage ?? change.Keys`, and status "DELETED" when `record.eventName === "REMOVE"`.',
      'In the handler, `await io.putResult(result)` inside the loop writes one record at a time, in order.',
    ],
  },
};
