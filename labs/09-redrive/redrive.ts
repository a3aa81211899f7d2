// Lab 09 — lab 07's consumer gave up on one order and sent its on-failure record to the SQS queue. That
// record says where the data was, not what it was. Get the data back: `npx workshop run 09` drains the queue
// through this function; `npx workshop hint 09` helps if you get stuck.
import type { RedriveFailure } from '../../workshop/src/index.js';

export const redriveFailure: RedriveFailure = async ({ failure, streams, handler }) => {
  const { streamArn, shardId, startSequenceNumber } = failure.DDBStreamBatchInfo;
  try {
    const { ShardIterator } = await streams.getShardIterator({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: startSequenceNumber });
    // TODO: pt-BR: uma página só traz até 1.000 registros ou 1 MB; siga NextShardIterator e pare depois de
    //   endSequenceNumber (os registros depois dele são mudanças mais novas, já processadas).
    //   en: one page holds at most 1,000 records or 1 MB; follow NextShardIterator and stop after
    //   endSequenceNumber (the records past it are newer changes, already processed).
    const page = await streams.getRecords({ ShardIterator: ShardIterator! });
    const records = page.Records ?? [];
    // TODO: pt-BR: o handler devolve batchItemFailures; um registro reportado de novo falhou de novo.
    //   en: the handler returns batchItemFailures; a record reported again has failed again.
    await handler({ Records: records });
    return { records: records.length };
  } catch {
    // TODO: pt-BR: resolver aqui faz o kit apagar a mensagem, mesmo quando o stream já descartou os registros
    //   (TrimmedDataAccessException, depois de 24 h): a única pista dos dados some junto.
    //   en: resolving here makes the kit delete the message, even when the stream has trimmed the records
    //   (TrimmedDataAccessException, after 24 h): the only trace of the data goes with it.
    return { records: 0 };
  }
};
