// Lab 09's check: lab 07's reference consumer gives the poison order up to its SQS on-failure queue, which
// holds metadata only (aws-facts §G). The learner's redrive reads the stream again over the record's range
// (GetShardIterator AT_SEQUENCE_NUMBER + GetRecords, in virtual time) and reprocesses it with the fixed
// handler: once within 24 h the order is back and the queue is empty; a redelivered message changes nothing;
// a range longer than one page is read whole and only it; a record the handler fails again, or records the
// stream has trimmed (past 24 h), leave the message in the queue.
import { formatIssue } from '../../../errors/format-issue.js';
import type { Bilingual } from '../../../i18n/bilingual.js';
import type { RedriveReport } from '../../../redrive/redrive-queue.js';
import { orderKey } from '../../../runtime/source-order.js';
import { attempt, expectation, fmt } from '../check-kit.js';
import type { LabCheck, LabDefinition } from '../lab-definition.js';
import { lazyModules } from '../lazy-modules.js';
import { DRAIN_SECONDS } from './07-poison-pill.js';

/** The in-time redrive starts this long after lab 07's run ended (the on-call engineer got the queue-depth page). */
export const REDRIVE_AFTER_MS = 3_600_000;
/** The late redrive starts this long after the run ended: past the stream's 24 h retention (aws-facts §C). */
export const LATE_REDRIVE_AFTER_MS = 25 * 3_600_000;
/** The long-range probe: records `LONG_RANGE.from`–`LONG_RANGE.to` of the shard (2,501: more than two GetRecords pages). */
export const LONG_RANGE = { from: 200, to: 2_700 } as const;
/** The partial-batch probe: the poison with this many records each side of it, one range. */
export const POISON_NEIGHBOURS = 2;

const kept = (report: RedriveReport | undefined): Bilingual => {
  const issue = report?.empty ?? (report?.messages.find((m) => m.status === 'kept') as { issue?: RedriveReport['empty'] } | undefined)?.issue;
  return issue ? { en: formatIssue(issue, 'en').message, 'pt-BR': formatIssue(issue, 'pt-BR').message } : { en: 'no message kept', 'pt-BR': 'nenhuma mensagem mantida' };
};
const both = (en: string, pt: string): Bilingual => ({ en, 'pt-BR': pt });

const check: LabCheck = {
  async run({ definition, lab, reference }) {
    const run = await lazyModules.redriveLabRun();
    const { retainedStream } = await lazyModules.retainedStream();
    const redriveFailure = lab.redriveFailure!;
    const createHandler = lab.createHandler!;
    const failing = await attempt(async () => run.runFailingConsumer(await reference(definition.builtOn!), DRAIN_SECONDS));
    const failed = both(`lab 07's run failed: ${failing.error?.en}`, `a execução do lab 07 falhou: ${failing.error?.['pt-BR']}`);
    const base = failing.value;
    const poisonIndex = base?.scenario.load.poisonRecords?.[0];
    const poisonKey = poisonIndex === undefined ? undefined : orderKey(poisonIndex);
    const redrive = (queue: ReturnType<typeof run.queueOf>, atMs: number, table = base!.table, handler = createHandler) =>
      attempt(() => run.redriveAt({ scenario: base!.scenario, atMs, queue, table, createHandler: handler, redriveFailure }));

    // 1. Within 24 h: the poison order's row is back, from its own record, nothing else rewritten, the queue empty.
    const queue = base ? run.queueOf(base.result) : undefined;
    const rowsBefore = base?.table.rows.size ?? 0;
    const writesBefore = base?.table.writes.length ?? 0;
    const first = base && queue ? await redrive(queue, base.endMs + REDRIVE_AFTER_MS) : undefined;
    const poisonSeq = base?.result.onFailureRecords[0]?.DDBStreamBatchInfo.startSequenceNumber;
    const row = poisonKey === undefined ? undefined : [...(base?.table.rows.values() ?? [])].find((item) => item.sk === poisonKey);
    const redriveWrites = base?.table.writes.slice(writesBefore) ?? [];
    const others = redriveWrites.filter((item) => item.sk !== poisonKey).length;
    const back = expectation('poison-redriven',
      both('within 24 h, the redrive brings the poison order back: its row exists once, written from its own record, no other row is rewritten (nothing newer of its customer is written over), and the queue is empty',
        'em até 24 h, o redrive traz o pedido envenenado de volta: a linha dele existe uma vez, gravada do próprio registro, nenhuma outra linha é regravada (nada mais novo do cliente é sobrescrito) e a fila fica vazia'),
      first?.value !== undefined && row !== undefined && row['sequenceNumber'] === poisonSeq && Number.isFinite(row['totalCents']) && others === 0
        && base!.table.rows.size === rowsBefore + 1 && queue!.messages().length === 0,
      base === undefined ? failed : first?.error ? both(`the redrive failed: ${first.error.en}`, `o redrive falhou: ${first.error['pt-BR']}`)
        : both(`poison row ${row ? `written from ${String(row['sequenceNumber'])} (poison ${poisonSeq})` : 'missing'}; ${fmt(redriveWrites.length).en} row write(s) by the redrive, ${fmt(others).en} of other orders; ${queue!.messages().length} message(s) left in the queue${queue!.messages().length ? ` — ${kept(first?.value?.report).en}` : ''}`,
          `linha do veneno ${row ? `gravada de ${String(row['sequenceNumber'])} (veneno ${poisonSeq})` : 'ausente'}; ${fmt(redriveWrites.length)['pt-BR']} gravação(ões) de linha pelo redrive, ${fmt(others)['pt-BR']} de outros pedidos; ${queue!.messages().length} mensagem(ns) na fila${queue!.messages().length ? ` — ${kept(first?.value?.report)['pt-BR']}` : ''}`));

    // 2. A message can come back (a redrive that stopped before deleting it): the same message again leaves the table as it was.
    const snapshot = JSON.stringify([...(base?.table.rows ?? new Map())].sort());
    const redelivered = base && queue && base.result.onFailureRecords[0] ? (queue.send(JSON.stringify(base.result.onFailureRecords[0])), await redrive(queue, base.endMs + REDRIVE_AFTER_MS)) : undefined;
    const unchanged = snapshot === JSON.stringify([...(base?.table.rows ?? new Map())].sort());
    const again = expectation('redelivery-idempotent',
      both('the same message delivered again (a queue may hand a message out more than once) is redriven again and leaves the results table unchanged, with the poison order in it',
        'a mesma mensagem entregue de novo (uma fila pode entregar uma mensagem mais de uma vez) é reprocessada de novo e deixa a tabela de resultados igual, com o pedido envenenado nela'),
      redelivered?.value !== undefined && unchanged && row !== undefined && queue!.messages().length === 0,
      base === undefined ? failed : both(`table ${unchanged ? 'unchanged' : 'changed'}; poison row ${row ? 'present' : 'missing'}; ${queue?.messages().length ?? 0} message(s) left`,
        `tabela ${unchanged ? 'igual' : 'alterada'}; linha do veneno ${row ? 'presente' : 'ausente'}; ${queue?.messages().length ?? 0} mensagem(ns) na fila`));

    // 3. A range longer than one GetRecords page (1,000 records / 1 MB): read whole, and only it.
    const atMs = (base?.endMs ?? 0) + REDRIVE_AFTER_MS;
    const shard = base ? [...retainedStream(base.scenario, atMs).records].sort((a, b) => (a.sequenceNumber < b.sequenceNumber ? -1 : 1)) : [];
    const range = shard.slice(LONG_RANGE.from, LONG_RANGE.to + 1);
    const probeTable = run.newTable();
    const probeQueue = base && range.length > 0 ? run.longRangeQueue(base.result, range, base.scenario) : undefined;
    const long = probeQueue ? await redrive(probeQueue, atMs, probeTable) : undefined;
    const inRange = new Set(range.map((r) => r.sequenceNumber));
    const written = new Set(probeTable.writes.map((item) => String(item['sequenceNumber'])));
    const outside = [...written].filter((sequence) => !inRange.has(sequence)).length;
    const missing = [...inRange].filter((sequence) => !written.has(sequence)).length;
    const pages = long?.value?.calls.getRecords ?? 0;
    const whole = expectation('long-range-read',
      both(`a failure record over ${fmt(range.length).en} records (more than one GetRecords page of 1,000) is read entirely: every record of the range reprocessed, none outside it`,
        `um registro de falha de ${fmt(range.length)['pt-BR']} registros (mais que uma página de 1.000 do GetRecords) é lido inteiro: todo registro do intervalo reprocessado, nenhum fora dele`),
      long?.value !== undefined && missing === 0 && outside === 0 && probeQueue!.messages().length === 0,
      base === undefined ? failed : long?.error ? both(`the redrive failed: ${long.error.en}`, `o redrive falhou: ${long.error['pt-BR']}`)
        : both(`${fmt(written.size - outside).en} of ${fmt(range.length).en} reprocessed, ${fmt(outside).en} outside the range; ${pages} GetRecords call(s)${probeQueue!.messages().length ? `; kept: ${kept(long?.value?.report).en}` : ''}`,
          `${fmt(written.size - outside)['pt-BR']} de ${fmt(range.length)['pt-BR']} reprocessados, ${fmt(outside)['pt-BR']} fora do intervalo; ${pages} chamada(s) GetRecords${probeQueue!.messages().length ? `; mantida: ${kept(long?.value?.report)['pt-BR']}` : ''}`));

    // 4. A record the handler reports again: lab 07's handler still refuses the poison, and with its neighbours in
    //    the range (POISON_NEIGHBOURS each side) Powertools reports it alone in batchItemFailures. Keep the message.
    const lab07 = base ? await reference(definition.builtOn!) : undefined;
    const at = shard.findIndex((r) => r.sequenceNumber === poisonSeq);
    const around = at === -1 ? [] : shard.slice(Math.max(0, at - POISON_NEIGHBOURS), at + POISON_NEIGHBOURS + 1);
    const stillQueue = base && lab07 && around.length > 0 ? run.longRangeQueue(base.result, around, base.scenario) : undefined;
    const still = stillQueue ? await redrive(stillQueue, atMs, run.newTable(), lab07!.exports.createHandler!) : undefined;
    const stillKept = still?.value?.report.messages[0];
    const honoured = expectation('partial-batch-honoured',
      both(`when the handler reports a record again in batchItemFailures (lab 07's handler, given the poison and ${POISON_NEIGHBOURS} records each side, still refuses the poison), the redrive rejects and the message stays in the queue`,
        `quando o handler reporta um registro de novo em batchItemFailures (o handler do lab 07, com o veneno e ${POISON_NEIGHBOURS} registros de cada lado, ainda recusa o veneno), o redrive rejeita e a mensagem fica na fila`),
      stillKept?.status === 'kept' && stillKept.issue.code === 'redrive_failed' && stillQueue!.messages().length === 1,
      base === undefined ? failed : stillKept?.status === 'kept' ? kept(still?.value?.report)
        : both('the redrive resolved and the kit deleted the message: the record that failed again is gone from the queue', 'o redrive resolveu e o kit apagou a mensagem: o registro que falhou de novo sumiu da fila'));

    // 5. Past 24 h the stream has trimmed the range: the redrive must reject, the kit keeps the message and says why.
    const lateQueue = base ? run.queueOf(base.result) : undefined;
    const late = lateQueue ? await redrive(lateQueue, base!.endMs + LATE_REDRIVE_AFTER_MS, run.newTable()) : undefined;
    const lateOutcome = late?.value?.report.messages[0];
    const gone = expectation('gone-after-24h',
      both('a redrive started 25 h after the run rejects (TrimmedDataAccessException: the stream keeps records 24 h), so the kit keeps the message and reports the records gone',
        'um redrive iniciado 25 h depois da execução rejeita (TrimmedDataAccessException: o stream guarda registros por 24 h), então o kit mantém a mensagem e avisa que os registros se perderam'),
      lateOutcome?.status === 'kept' && lateOutcome.issue.code === 'redrive_records_gone' && lateQueue!.messages().length === 1,
      base === undefined ? failed : lateOutcome?.status === 'kept' ? kept(late?.value?.report)
        : both('the redrive resolved as if done and the kit deleted the message: the last trace of the records is gone too', 'o redrive resolveu como se tivesse terminado e o kit apagou a mensagem: a última pista dos registros sumiu também'));

    return { expectations: [back, again, whole, honoured, gone], observations: [] };
  },
};

export const lab: LabDefinition = {
  id: '09',
  slug: '09-redrive',
  minutes: 20,
  part: 2,
  files: ['handler.ts', 'redrive.ts'],
  // Lab 07's consumer (bounded failures, an SQS on-failure queue) and load, and lab 06's alarm, inherited.
  builtOn: '07',
  replays: '07',
  horizonSeconds: 600,
  aws: { batchSize: 1_000, parallelizationFactor: 10, failureBounded: true, onFailureQueueEmpty: true },
  // On AWS the stack runs lab 07's handler, so the poison order reaches the queue; `workshop redrive` runs the fixed one.
  deploysHandlerOf: '07',
  charts: [],
  check,
  starterFails: ['poison-redriven', 'long-range-read', 'partial-batch-honoured', 'gone-after-24h'],
  title: { 'pt-BR': 'Redrive: dos metadados da fila de falhas de volta aos dados', en: 'Redrive: from the on-failure queue\'s metadata back to the data' },
  shortTitle: { 'pt-BR': 'redrive', en: 'redrive' },
  summary: { 'pt-BR': 'lê o stream de novo a partir do registro de falha e reprocessa, idempotente', en: 'read the stream again from the failure record and reprocess, idempotently' },
  trainer: {
    note: { 'pt-BR': 'A fila guarda só metadados: mostre `run 09` e depois `run 09 --after 25h`, os registros perdidos.', en: 'The queue holds metadata only: show `run 09`, then `run 09 --after 25h` and the records gone.' },
  },
  hints: {
    'pt-BR': [
      'Rode `npx workshop run 09` e leia o relatório: quantos registros voltaram e o que ficou na fila. Depois `npx workshop run 09 --after 25h`: um redrive que resolve mesmo assim apaga a última pista dos dados.',
      'Uma página do GetRecords traz no máximo 1.000 registros: repita `getRecords({ ShardIterator: page.NextShardIterator })` e pare no primeiro registro cujo `BigInt(SequenceNumber)` passa de `BigInt(endSequenceNumber)`, entregando ao handler só os do intervalo.',
      'Tire o `try/catch`: deixe o TrimmedDataAccessException rejeitar. E se `response?.batchItemFailures` vier com itens, lance um Error — o registro falhou de novo e a mensagem precisa ficar na fila.',
    ],
    en: [
      'Run `npx workshop run 09` and read the report: how many records came back and what stayed in the queue. Then `npx workshop run 09 --after 25h`: a redrive that resolves anyway deletes the last trace of the data.',
      'One GetRecords page holds at most 1,000 records: repeat `getRecords({ ShardIterator: page.NextShardIterator })` and stop at the first record whose `BigInt(SequenceNumber)` is past `BigInt(endSequenceNumber)`, handing the handler only the range\'s records.',
      'Drop the `try/catch`: let TrimmedDataAccessException reject. And when `response?.batchItemFailures` has items, throw an Error — the record failed again and the message must stay in the queue.',
    ],
  },
};
