// Lab 01 — the handler as it shipped in the article: correct, simple, and one record at a time.
// Each stream record becomes one row in the results table (see order-result.ts).
import type { CreateHandler } from '../../workshop/src/index.js';
import { toResult } from './order-result.js';

export const createHandler: CreateHandler = (io) => async (event) => {
  for (const record of event.Records) {
    const result = toResult(record);
    // TODO: pt-BR: grave `result` na tabela de resultados com io.putResult, um registro por vez, e espere
    //   cada gravação terminar antes da próxima (await), para as linhas saírem na ordem do stream.
    //   en: write `result` to the results table with io.putResult, one record at a time, and wait
    //   for each write before the next one (await), so rows are written in stream order.
    void io;
    void result;
  }
};
