// Lab 03 — how fast does the lag grow? Estimate IteratorAge from the two rates, then compare your
// number with what `npx workshop run 03` draws. `npx workshop check 03` compares it with the engine.
// `npx workshop run 03 --hours 30` uses your μ (consumerRecordsPerSecond) to predict when the lag reaches the
// stream's 24 h retention, at its long run's 1,000 writes/s.
// Lab 03 builds on lab 02: it runs lab 01's consumer and lab 02's load (their reference copies).
import { consumer } from '../../solutions/01-deploy-consumer/consumer.js';
import { load } from '../../solutions/02-generate-load/load.js';

/** In the local engine each PutItem takes ≈ 8 ms, and each invocation adds ≈ 5 ms of overhead. */
const PUT_ITEM_MS = 8;
const INVOCATION_OVERHEAD_MS = 5;

/** μ: records per second the consumer processes while a backlog exists (full batches, back to back). */
export function consumerRecordsPerSecond(): number {
  const batch = consumer.batchSize ?? 100;
  // TODO: pt-BR: o handler grava um registro por vez. Quanto dura uma invocação (PUT_ITEM_MS,
  //   INVOCATION_OVERHEAD_MS)? Enquanto há fila, o lote seguinte começa assim que a invocação anterior
  //   termina. Quantos registros por segundo dá isso? Este valor provisório diz 10 lotes por segundo.
  //   en: the handler writes one record at a time. How long does one invocation take (PUT_ITEM_MS,
  //   INVOCATION_OVERHEAD_MS)? While there is a backlog, the next batch starts as soon as the previous
  //   invocation returns. So how many records per second is that? This placeholder says 10 batches a second.
  const cycleMs = 100;
  return batch / (cycleMs / 1000);
}

/** λ: records per second the producer writes (load.ts). */
export function writeRecordsPerSecond(): number {
  if (load.profile.kind !== 'constant') throw new Error('This estimate assumes a constant load (load.ts).');
  return load.profile.ratePerSecond;
}

/** IteratorAge (ms) after `elapsedSeconds` of a steady overload; near zero when the consumer keeps up. */
export function estimateIteratorAgeMs(elapsedSeconds: number): number {
  // TODO: pt-BR: no instante t, o consumidor chega ao registro μ·t. Quando esse registro foi gravado? A
  //   idade dele é t menos esse momento. Devolva-a em milissegundos (e 0 quando λ ≤ μ).
  //   en: at time t the consumer reaches record μ·t. When was that record written? Its age is
  //   t minus that moment. Return it in milliseconds (and 0 when λ ≤ μ).
  void elapsedSeconds;
  return 0;
}
