import { describe, expect, it } from 'vitest';
import { estimateLoadCost } from '../settings/cost-estimate.js';
import type { LoadStats } from './load-generator.js';
import type { LoadPlan } from './load-options.js';
import { formatPlan, formatProgress, formatSummary } from './load-report.js';

const plan: LoadPlan = { ratePerSecond: 200, durationSeconds: 600, items: 120_000, keys: 100, hotKeyShare: 0, itemSizeBytes: 200, concurrency: 4, maxCostUsd: 0.1 };
const cost = estimateLoadCost({ items: 120_000, itemSizeBytes: 322 });
const stats: LoadStats = { requested: 120_000, written: 60_000, retried: 75, failed: 0, notSent: 60_000, elapsedMs: 300_000, achievedRate: 200 };

describe('formatPlan', () => {
  it('GIVEN the facts-sheet run on AWS WHEN planned in en THEN writes, item size, WRU and the dated price are stated', () => {
    expect(formatPlan(plan, cost, { table: 'src', local: false, itemBytes: 322 }, 'en')).toBe(
      'Plan: 120,000 writes to table src (200 items/s for 10 min, up to 322 bytes and 1 WRU per item, 100 keys, 4 calls in flight).\n' +
        "Estimated cost: $0.1500 (120,000 WRU on the source table + up to 120,000 WRU the lab's consumer writes to its results table, on-demand at $0.625 per million, price since 2024-11-01, us-east-1).\n" +
        'Point-in-time recovery on both tables: ≈ $0.0005 per day the stack keeps this data.',
    );
  });

  it('GIVEN the same run in pt-BR WHEN planned THEN numbers use Brazilian separators', () => {
    expect(formatPlan(plan, cost, { table: 'src', local: false, itemBytes: 322 }, 'pt-BR')).toBe(
      'Plano: 120.000 gravações na tabela src (200 itens/s por 10 min, até 322 bytes e 1 WRU por item, 100 chaves, 4 chamadas em paralelo).\n' +
        'Custo estimado: US$ 0,1500 (120.000 WRU na tabela de origem + até 120.000 WRU que o consumidor do lab grava na tabela de resultados, sob demanda a US$ 0,625 por milhão, preço de 2024-11-01, us-east-1).\n' +
        'Backup contínuo (PITR) das duas tabelas: ≈ US$ 0,0005 por dia em que a pilha guardar esses dados.',
    );
  });

  it('GIVEN a hot-key share WHEN planned THEN the keys part says how much goes to the hot customer', () => {
    const hot = { ...plan, hotKeyShare: 0.3 };
    expect(formatPlan(hot, cost, { table: 'src', local: true, itemBytes: 322 }, 'en')).toContain('100 keys, 30% to one hot key, 4 calls');
    expect(formatPlan(hot, cost, { table: 'src', local: true, itemBytes: 322 }, 'pt-BR')).toContain('100 chaves, 30% para uma chave quente, 4 chamadas');
  });

  it('GIVEN a local endpoint WHEN planned THEN it says there is no AWS cost', () => {
    expect(formatPlan(plan, cost, { table: 'src', local: true, itemBytes: 322 }, 'en').split('\n')[1]).toBe('Cost: none — local server, not AWS.');
  });
});

describe('formatProgress', () => {
  it('GIVEN half the items written at 200/s WHEN printed THEN the line shows totals, rate and a 5 min ETA', () => {
    expect(formatProgress(stats, 'en')).toBe('[5 min] written 60,000/120,000 · 200.0 items/s · retried 75 · failed 0 · ETA 5 min');
    expect(formatProgress(stats, 'pt-BR')).toBe('[5 min] gravados 60.000/120.000 · 200,0 itens/s · reenviados 75 · falhas 0 · faltam 5 min');
  });

  it('GIVEN nothing written yet WHEN printed THEN there is no ETA', () => {
    expect(formatProgress({ ...stats, written: 0, achievedRate: 0 }, 'en')).not.toContain('ETA');
  });
});

describe('formatSummary', () => {
  it('GIVEN an interrupted run WHEN summarised in en THEN it says so and lists the not-sent items', () => {
    expect(formatSummary(stats, 'en', true)).toBe(
      [
        'Interrupted (Ctrl-C): calls in flight were allowed to finish.',
        '  requested      120,000',
        '  written        60,000',
        '  retried        75',
        '  failed         0',
        '  not sent       60,000',
        '  achieved rate  200.0 items/s over 5 min',
      ].join('\n'),
    );
  });

  it('GIVEN a complete run WHEN summarised in pt-BR THEN there is no "não enviados" row', () => {
    const done = { ...stats, written: 120_000, notSent: 0 };
    expect(formatSummary(done, 'pt-BR', false)).toBe(
      ['Resumo da carga:', '  pedidos      120.000', '  gravados     120.000', '  reenviados   75', '  falharam     0', '  taxa obtida  200,0 itens/s em 5 min'].join('\n'),
    );
  });
});
