// Lab 07's check: one malformed order among a handful of writes per second. With AWS's defaults it blocks
// its lane of the shard (IteratorAge climbs one second per second, the stream trims it after 24 h); with
// bounded retries, partial batch responses (Powertools batch) and an on-failure queue, only that record is
// given up, once, and reported in AWS's layout, while every other record is written once, in order.
import { orderKey } from '../../../runtime/source-order.js';
import { attempt, expectation, fmt, peakIteratorAgeMs, recordingIO, runLabScenario } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';
import { poisonProbeEvent, tallyDeliveries, watchHandler } from '../poison-probe.js';

/** IteratorAge must stay under this in every minute: lab 06's alarm threshold (AWS's suggested 30 s). */
export const POISON_AGE_LIMIT_MS = 30_000;
/** The check runs a minute past the load, so what the consumer can still process is processed. */
export const DRAIN_SECONDS = 60;

const check: LabCheck = {
  async run({ definition, lab }) {
    const consumer = lab.consumer!;
    const load = lab.load!;
    const poisonIndex = load.poisonRecords?.[0];
    const missing = [
      consumer.retryAttempts === undefined && 'retryAttempts',
      consumer.maxRecordAge === undefined && 'maxRecordAge',
      consumer.bisectBatchOnError !== true && 'bisectBatchOnError: true',
      consumer.reportBatchItemFailures !== true && 'reportBatchItemFailures: true',
      consumer.onFailure !== 'sqs' && "onFailure: 'sqs'",
    ].filter((field): field is string => typeof field === 'string');
    const settings = expectation('failure-settings',
      { en: "consumer.ts bounds a failing record: retryAttempts, maxRecordAge, bisectBatchOnError, reportBatchItemFailures and onFailure 'sqs'",
        'pt-BR': "consumer.ts limita um registro que falha: retryAttempts, maxRecordAge, bisectBatchOnError, reportBatchItemFailures e onFailure 'sqs'" },
      missing.length === 0,
      missing.length === 0 ? { en: 'all five set', 'pt-BR': 'os cinco definidos' } : { en: `missing: ${missing.join(', ')}`, 'pt-BR': `faltando: ${missing.join(', ')}` });

    // Direct probe: three records, the middle one the poison. Only it may be reported, the other two written.
    const probeIO = recordingIO();
    const { event, poisonSequence, goodKeys } = poisonProbeEvent();
    const probe = await attempt(async () => lab.createHandler!(probeIO.io)(event));
    const failures = probe.value && typeof probe.value === 'object' ? (probe.value as { batchItemFailures?: { itemIdentifier?: unknown }[] }).batchItemFailures : undefined;
    const reported = (failures ?? []).map((f) => String(f?.itemIdentifier));
    const stored = new Set(probeIO.seen.stored.map((key) => key.split('|')[1]));
    const partial = expectation('partial-batch-response',
      { en: 'given a batch whose middle record is the poison, the handler writes the other two and returns batchItemFailures naming only the poison',
        'pt-BR': 'com um lote cujo registro do meio é o veneno, o handler grava os outros dois e devolve batchItemFailures só com o veneno' },
      probe.error === undefined && reported.length === 1 && reported[0] === poisonSequence && goodKeys.every((key) => stored.has(key)),
      probe.error !== undefined ? { en: `the handler threw: ${probe.error.en}`, 'pt-BR': `o handler lançou um erro: ${probe.error['pt-BR']}` }
        : { en: `reported: [${reported.join(', ')}] (poison ${poisonSequence}); good records written: ${goodKeys.filter((k) => stored.has(k)).length} of 2`,
            'pt-BR': `reportados: [${reported.join(', ')}] (veneno ${poisonSequence}); registros bons gravados: ${goodKeys.filter((k) => stored.has(k)).length} de 2` });

    // The lab's run, a minute past the load, with the handler watched.
    const watched = watchHandler(lab.createHandler!);
    const run = await attempt(() => runLabScenario(definition, { ...lab, createHandler: watched.createHandler }, { horizonSeconds: load.duration.seconds + DRAIN_SECONDS }));
    const result = run.value;
    const failed = { en: `the run failed: ${run.error?.en}`, 'pt-BR': `a execução falhou: ${run.error?.['pt-BR']}` };
    const poisonSk = poisonIndex === undefined ? undefined : orderKey(poisonIndex);
    const poisonSeq = poisonSk === undefined ? undefined : watched.watch.delivered.get(poisonSk);

    const records = result?.onFailureRecords ?? [];
    const only = records[0];
    const attempts = (consumer.retryAttempts ?? -1) + 1;
    const destination = expectation('poison-to-destination',
      { en: 'the poison record reaches the on-failure queue as one record: RetryAttemptsExhausted, approximateInvokeCount = retryAttempts + 1, its own sequence number only',
        'pt-BR': 'o registro veneno chega à fila de falhas como um só registro: RetryAttemptsExhausted, approximateInvokeCount = retryAttempts + 1, só o número de sequência dele' },
      result !== undefined && records.length === 1 && only!.requestContext.condition === 'RetryAttemptsExhausted'
        && only!.requestContext.approximateInvokeCount === attempts && poisonSeq !== undefined
        && only!.DDBStreamBatchInfo.startSequenceNumber === poisonSeq && only!.DDBStreamBatchInfo.endSequenceNumber === poisonSeq,
      result === undefined ? failed
        : records.length === 0 ? { en: 'the on-failure destination received nothing', 'pt-BR': 'o destino de falhas não recebeu nada' }
        : { en: `${records.length} record(s); first: ${only!.requestContext.condition}, approximateInvokeCount ${only!.requestContext.approximateInvokeCount}, sequence ${only!.DDBStreamBatchInfo.startSequenceNumber}–${only!.DDBStreamBatchInfo.endSequenceNumber} (poison ${poisonSeq ?? '?'})`,
            'pt-BR': `${records.length} registro(s); o primeiro: ${only!.requestContext.condition}, approximateInvokeCount ${only!.requestContext.approximateInvokeCount}, sequência ${only!.DDBStreamBatchInfo.startSequenceNumber}–${only!.DDBStreamBatchInfo.endSequenceNumber} (veneno ${poisonSeq ?? '?'})` });

    const tally = poisonIndex === undefined ? undefined : tallyDeliveries(watched.watch, poisonIndex);
    const others = result ? result.totals.written - (load.poisonRecords?.length ?? 0) : 0;
    const once = expectation('every-other-record-once',
      { en: 'every other record is written to the results table, once per record (a redelivery rewrites the same row), never over a newer change of its customer, and the poison never',
        'pt-BR': 'todos os outros registros são gravados na tabela de resultados, uma vez por registro (uma reentrega regrava a mesma linha), nunca por cima de uma mudança mais nova do cliente, e o veneno nunca' },
      result !== undefined && tally !== undefined && tally.written === others && tally.outOfOrder === 0 && tally.poisonWrites === 0,
      result === undefined || tally === undefined ? failed
        : { en: `${fmt(tally.written).en} of ${fmt(others).en} records written; ${tally.outOfOrder} out of order; poison written ${tally.poisonWrites} times; ${tally.rewrites} rewrites of a redelivered record`,
            'pt-BR': `${fmt(tally.written)['pt-BR']} de ${fmt(others)['pt-BR']} registros gravados; ${tally.outOfOrder} fora de ordem; veneno gravado ${tally.poisonWrites} vezes; ${tally.rewrites} regravações de um registro reentregue` });

    const peak = result ? peakIteratorAgeMs(result) : Number.NaN;
    const flowing = expectation('shard-not-blocked',
      { en: `the shard keeps flowing: IteratorAge stays under ${POISON_AGE_LIMIT_MS / 1000} s in every minute, and nothing is lost or left in the stream`,
        'pt-BR': `o shard continua andando: o IteratorAge fica abaixo de ${POISON_AGE_LIMIT_MS / 1000} s em todos os minutos, e nada se perde nem fica no stream` },
      result !== undefined && peak < POISON_AGE_LIMIT_MS && result.totals.lost === 0 && result.totals.inStream === 0,
      result === undefined ? failed
        : { en: `IteratorAge peak ${fmt(peak / 1000).en} s; ${result.totals.inStream} records still in the stream, ${result.totals.lost} lost`,
            'pt-BR': `pico de IteratorAge ${fmt(peak / 1000)['pt-BR']} s; ${result.totals.inStream} registros ainda no stream, ${result.totals.lost} perdidos` });

    const observations = result && result.totals.inStream > 0
      ? [{ en: `${fmt(result.totals.inStream).en} records wait behind the poison. Run \`npx workshop run 07 --hours 26\` to see what the stream does with them after 24 h.`,
           'pt-BR': `${fmt(result.totals.inStream)['pt-BR']} registros esperam atrás do veneno. Rode \`npx workshop run 07 --hours 26\` para ver o que o stream faz com eles depois de 24 h.` }]
      : [];
    return { expectations: [settings, partial, destination, once, flowing], observations };
  },
};

export const lab: LabDefinition = {
  id: '07',
  slug: '07-poison-pill',
  minutes: 30,
  part: 2,
  files: ['consumer.ts', 'handler.ts', 'load.ts'],
  // Lab 05's consumer (in consumer.ts, with AWS's failure defaults) and lab 06's IteratorAge alarm, inherited.
  builtOn: '06',
  horizonSeconds: 600,
  runHours: 26,
  aws: { batchSize: 1_000, parallelizationFactor: 10, failureBounded: true, ageBelowMs: POISON_AGE_LIMIT_MS },
  charts: ['starter', 'solution'],
  check,
  starterFails: ['failure-settings', 'partial-batch-response', 'poison-to-destination', 'every-other-record-once', 'shard-not-blocked'],
  title: { 'pt-BR': 'Registro envenenado: quando o IteratorAge sobe sem carga', en: 'A poison record: when IteratorAge climbs with no load' },
  shortTitle: { 'pt-BR': 'registro envenenado', en: 'poison record' },
  summary: { 'pt-BR': 'limita o estrago de um registro que sempre falha', en: 'bound the damage of a record that always fails' },
  trainer: {
    note: { 'pt-BR': 'O `run 07 --hours 26` projetado: o penhasco das 24 h e os registros perdidos.', en: 'Project `run 07 --hours 26`: the 24 h cliff and the records lost.' },
    short: { minutes: 20, note: { 'pt-BR': 'Mostre o starter travado e deixe o Powertools como tarefa.', en: 'Show the blocked starter and leave Powertools as homework.' } },
  },
  hints: {
    'pt-BR': [
      'Rode `npx workshop run 07`: poucas escritas por segundo, Errors subindo e o IteratorAge crescendo um segundo por segundo. Um registro falha sempre, e com os padrões da AWS o Lambda tenta o mesmo lote até os registros saírem do stream (24 h).',
      'Em consumer.ts: `retryAttempts: 2`, `maxRecordAge: hours(1)`, `bisectBatchOnError: true`, `reportBatchItemFailures: true` e `onFailure: \'sqs\'`.',
      'Em handler.ts: `const processor = new BatchProcessor(EventType.DynamoDBStreams)` e devolva `processPartialResponse(event, recordHandler, processor, { processInParallel: false })`, com `recordHandler` gravando um registro (`io.putResult(toCheckedResult(record))`).',
    ],
    en: [
      'Run `npx workshop run 07`: a few writes per second, Errors rising and IteratorAge growing one second per second. One record always fails, and with AWS\'s defaults Lambda retries the same batch until its records leave the stream (24 h).',
      'In consumer.ts: `retryAttempts: 2`, `maxRecordAge: hours(1)`, `bisectBatchOnError: true`, `reportBatchItemFailures: true` and `onFailure: \'sqs\'`.',
      'In handler.ts: `const processor = new BatchProcessor(EventType.DynamoDBStreams)` and return `processPartialResponse(event, recordHandler, processor, { processInParallel: false })`, with `recordHandler` writing one record (`io.putResult(toCheckedResult(record))`).',
    ],
  },
};
