// The labs, in order: titles, time, whether there is a task to check, and the hints (the only place hints live).

/** A text in both of the workshop's languages. */
export interface Bilingual {
  readonly en: string;
  readonly 'pt-BR': string;
}

/** Files a code lab's check needs, besides `lambda.ts` and `order-result.ts` (used by the AWS bundle). */
export type LabModuleFile = 'consumer' | 'handler' | 'load' | 'alarm' | 'estimate';

export interface LabEntry {
  /** Two digits, e.g. `04`. */
  readonly id: string;
  /** Folder name under `labs/` and `solutions/`. */
  readonly slug: string;
  readonly title: Bilingual;
  /** Expected time, in minutes. */
  readonly minutes: number;
  /** False for steps with no code to write (00, 07): `check` names the command that checks them instead. */
  readonly task: boolean;
  /** Modules the lab's check imports. Empty when there is no task. */
  readonly modules: readonly LabModuleFile[];
  /** Hints from gentle to explicit; `hint NN` shows them all, `check NN` shows the first on failure. */
  readonly hints: { readonly en: readonly string[]; readonly 'pt-BR': readonly string[] };
}

export const LAB_CATALOG: readonly LabEntry[] = [
  {
    id: '00', slug: '00-setup', minutes: 15, task: false, modules: [],
    title: { 'pt-BR': 'Preparação: ferramentas, alvo local ou AWS, custos', en: 'Setup: tools, local or AWS target, costs' },
    hints: {
      'pt-BR': ['Rode `npx workshop doctor`: cada linha diz o que falta e como resolver.', 'Sem conta AWS? Tudo funciona com o alvo local, que é o padrão.'],
      en: ['Run `npx workshop doctor`: each line says what is missing and how to fix it.', 'No AWS account? Everything works on the local target, the default.'],
    },
  },
  {
    id: '01', slug: '01-deploy-consumer', minutes: 25, task: true, modules: ['consumer', 'handler'],
    title: { 'pt-BR': 'Implantar o consumidor (BatchSize 100, PF 1)', en: 'Deploy the consumer (BatchSize 100, PF 1)' },
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
  },
  {
    id: '02', slug: '02-generate-load', minutes: 20, task: true, modules: ['consumer', 'handler', 'load'],
    title: { 'pt-BR': 'Gerar carga maior que a capacidade do consumidor', en: 'Generate a load that outruns the consumer' },
    hints: {
      'pt-BR': [
        'Um lote de 100 leva 100 × 8 ms + ≈ 5 ms ≈ 0,8 s, e o próximo começa na próxima consulta ao shard (a cada 250 ms): ≈ 1 lote por segundo, ≈ 100 registros/s.',
        'Qualquer taxa acima disso faz a fila acumulada crescer; 200 escritas/s por 10 minutos funciona e custa ≈ US$ 0,15 na AWS, com as linhas que o consumidor grava.',
      ],
      en: [
        'A batch of 100 takes 100 × 8 ms + ≈ 5 ms ≈ 0.8 s, and the next one starts at the shard\'s next poll (every 250 ms): ≈ 1 batch a second, ≈ 100 records/s.',
        'Any rate above that makes the backlog grow; 200 writes/s for 10 minutes works and costs ≈ $0.15 on AWS, with the rows the consumer writes.',
      ],
    },
  },
  {
    id: '03', slug: '03-observe-iteratorage', minutes: 25, task: true, modules: ['consumer', 'handler', 'load', 'estimate'],
    title: { 'pt-BR': 'Observar o IteratorAge e estimar o atraso', en: 'Observe IteratorAge and estimate the lag' },
    hints: {
      'pt-BR': [
        'Capacidade: μ = lote ÷ ciclo. A invocação dura lote × PUT_ITEM_MS + INVOCATION_OVERHEAD_MS; o ciclo arredonda isso para cima até o próximo múltiplo de POLL_INTERVAL_MS (Math.ceil).',
        'No instante t o consumidor chega ao registro μ·t, escrito em μ·t/λ. A idade dele é t·(1 − μ/λ).',
        'Devolva em milissegundos: `elapsedSeconds * 1000 * (1 - mu / lambda)`, e 0 quando λ ≤ μ.',
      ],
      en: [
        'Capacity: μ = batch ÷ cycle. An invocation lasts batch × PUT_ITEM_MS + INVOCATION_OVERHEAD_MS; the cycle rounds that up to the next multiple of POLL_INTERVAL_MS (Math.ceil).',
        'At time t the consumer reaches record μ·t, written at μ·t/λ. Its age is t·(1 − μ/λ).',
        'Return milliseconds: `elapsedSeconds * 1000 * (1 - mu / lambda)`, and 0 when λ ≤ μ.',
      ],
    },
  },
  {
    id: '04', slug: '04-batch-size', minutes: 30, task: true, modules: ['consumer', 'handler', 'load'],
    title: { 'pt-BR': 'BatchSize 1000 e um handler que aproveita o lote', en: 'BatchSize 1000 and a handler that uses the batch' },
    hints: {
      'pt-BR': [
        'Só mudar `batchSize` não basta: com um PutItem por registro, um lote de 1000 só demora 10 vezes mais.',
        'Monte os resultados, divida em pedaços de 25 e grave cada pedaço com `io.putResults(chunk)`.',
        '`const limit = pLimit(10); await Promise.all(chunks.map((c) => limit(() => writeChunk(io, c))))` limita a 10 escritas simultâneas.',
        '`io.putResults` devolve os itens não processados: repita com eles após `await io.sleep(50 * 2 ** tentativa)` até a lista ficar vazia.',
      ],
      en: [
        'Changing `batchSize` alone is not enough: with one PutItem per record, a batch of 1000 just takes 10 times longer.',
        'Build the results, split them into chunks of 25 and write each chunk with `io.putResults(chunk)`.',
        '`const limit = pLimit(10); await Promise.all(chunks.map((c) => limit(() => writeChunk(io, c))))` keeps at most 10 writes in flight.',
        '`io.putResults` returns the unprocessed items: send them again after `await io.sleep(50 * 2 ** attempt)` until the list is empty.',
      ],
    },
  },
  {
    id: '05', slug: '05-parallelization', minutes: 20, task: true, modules: ['consumer', 'handler', 'load'],
    title: { 'pt-BR': 'ParallelizationFactor 10, ordem por chave e chaves quentes', en: 'ParallelizationFactor 10, per-key order and hot keys' },
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
  },
  {
    id: '06', slug: '06-alarm', minutes: 25, task: true, modules: ['consumer', 'handler', 'load', 'alarm'],
    title: { 'pt-BR': 'Alarme de IteratorAge', en: 'An IteratorAge alarm' },
    hints: {
      'pt-BR': [
        'O consumidor saudável do lab 05 fica bem abaixo de 1 s; o lento do lab 03 passa de 30 s no segundo minuto.',
        'Sem invocações não há ponto de IteratorAge: use `treatMissingData: "notBreaching"`.',
        'M de N, por exemplo 3 de 5 minutos: `evaluationPeriods: 5, datapointsToAlarm: 3`. 30.000 ms é o ponto de partida sugerido pela AWS.',
      ],
      en: [
        'Lab 05\'s healthy consumer stays well under 1 s; lab 03\'s slow one passes 30 s in its second minute.',
        'No invocations means no IteratorAge datapoint: use `treatMissingData: "notBreaching"`.',
        'M of N, e.g. 3 of 5 minutes: `evaluationPeriods: 5, datapointsToAlarm: 3`. 30,000 ms is AWS\'s suggested starting point.',
      ],
    },
  },
  {
    id: '07', slug: '07-clean-up', minutes: 10, task: false, modules: [],
    title: { 'pt-BR': 'Limpeza: destroy e reset', en: 'Clean up: destroy and reset' },
    hints: {
      'pt-BR': ['Na AWS: `npx workshop destroy labs/NN-slug` para cada lab implantado.', 'Localmente: `npx workshop reset NN` volta um lab ao ponto de partida.'],
      en: ['On AWS: `npx workshop destroy labs/NN-slug` for each lab you deployed.', 'Locally: `npx workshop reset NN` brings a lab back to its starting point.'],
    },
  },
];

/** The catalog entry of a lab, by two-digit id. */
export function labEntry(id: string): LabEntry | undefined {
  return LAB_CATALOG.find((lab) => lab.id === id);
}
