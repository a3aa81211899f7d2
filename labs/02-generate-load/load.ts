// Lab 02 — a load that outruns the consumer of lab 01. Used by `npx workshop run 02` (local engine)
// and `npx workshop run 02 --target aws` (real writes to the source table).
import { minutes } from '../../workshop/src/index.js';
import type { LoadSpec } from '../../workshop/src/index.js';

export const load: LoadSpec = {
  // TODO: pt-BR: quantos registros por segundo o consumidor do lab 01 processa? (Um lote de 100 faz
  //   100 chamadas PutItem de ≈ 8 ms cada, mais ≈ 5 ms, e, enquanto há fila, o lote seguinte começa assim
  //   que o anterior termina.) Escolha uma taxa bem acima disso.
  //   en: how many records per second can the consumer of lab 01 handle? (One batch of 100 takes
  //   100 PutItem calls of ≈ 8 ms each plus ≈ 5 ms, and while there is a backlog the next batch starts as
  //   soon as the previous one returns.) Choose a rate well above it.
  profile: { kind: 'constant', ratePerSecond: 50 },
  // pt-BR: mantenha a execução na AWS curta e barata: no máximo 10 minutos e 300 escritas por segundo
  //   (≈ US$ 0,23 com as linhas de resultado do consumidor, dentro do --max-cost padrão de US$ 0,25).
  // en: keep the AWS run short and cheap: at most 10 minutes and 300 writes per second (≈ $0.23 with the
  //   consumer's results rows, inside the default --max-cost of $0.25).
  duration: minutes(10),
  // Many customers (partition keys), none of them hot: the stream spreads them evenly.
  keys: 1_000,
  itemSizeBytes: 400,
};
