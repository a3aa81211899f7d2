// Lab 04 — make the handler batch-friendly. Today it writes one record at a time, so a bigger batch
// only makes each invocation longer. `npx workshop hint 04` helps if you get stuck.
import type { CreateHandler } from '../../workshop/src/lambda.js';
import { toResult } from '../../workshop/src/lambda.js';

// TODO: pt-BR: grave o lote com io.putResults (BatchWriteItem) em vez de um io.putResult por registro:
//   - divida os resultados em pedaços de no máximo 25 itens (o limite do BatchWriteItem);
//   - grave vários pedaços ao mesmo tempo, mas no máximo 10 em andamento
//     (p-limit: `import pLimit from 'p-limit'`);
//   - io.putResults devolve os itens que o DynamoDB não processou: tente de novo com eles após uma pausa
//     crescente (io.sleep(50), depois 100, 200, ...) e desista com um erro depois de algumas tentativas;
//   - uma chamada BatchWriteItem não pode ter a mesma chave duas vezes: guarde só a mudança mais nova de
//     cada pedido.
// en: write the batch with io.putResults (BatchWriteItem) instead of one io.putResult per record:
//   - split the results into chunks of at most 25 items (BatchWriteItem's limit);
//   - write several chunks at once, but at most 10 in flight (p-limit: `import pLimit from 'p-limit'`);
//   - io.putResults resolves with the items DynamoDB did not process: retry them after a growing pause
//     (io.sleep(50), then 100, 200, ...) and give up with an error after a few attempts;
//   - one BatchWriteItem call may not hold the same key twice: keep only the newest change of each order.
export const createHandler: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) {
    await io.putResult(toResult(record));
  }
};
