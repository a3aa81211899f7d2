import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../test-fixtures/captured-cli.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../..');
/** A fake repository root whose `labs/` holds small test labs (good, broken, incomplete). */
const fixtureRoot = resolve(here, '../simulate/__fixtures__/repo');
const GOLDEN = join(here, '__golden__', 'simulate-rate-200-1h-per-record-20.json');

/** Runs the CLI in this process (no TTY) and collects what it prints. */
const cli = (argv: string[], root = repoRoot) => runCliCaptured(argv, { root });

describe('workshop simulate --json (cost model, golden file)', () => {
  /** The golden run, made once: both tests read its output. */
  let goldenRun: ReturnType<typeof cli> | undefined;
  const golden = () => (goldenRun ??= cli(['simulate', '--rate', '200', '--duration', '1h', '--per-record-ms', '20', '--json']));

  it('GIVEN --rate 200 --duration 1h --per-record-ms 20 --json WHEN run THEN stdout is the golden JSON, byte for byte', async () => {
    const { code, out, err } = await golden();
    expect(err).toBe('');
    expect(code).toBe(0);
    // After a reviewed semantic change: `npm run goldens` (the one golden mechanism, see ARCHITECTURE.md).
    await expect(`${out}\n`).toMatchFileSnapshot(GOLDEN);
  });

  it('GIVEN the same run WHEN its JSON is read THEN it has the documented shape and conserves records', async () => {
    const json = JSON.parse((await golden()).out);
    expect(Object.keys(json)).toEqual(['minutes', 'totals', 'onFailureRecords']);
    expect(json.onFailureRecords).toEqual([]); // no on-failure destination
    expect(json.minutes).toHaveLength(60);
    expect(Object.keys(json.minutes[0])).toEqual(['t', 'iteratorAgeMaxMs', 'iteratorAgeAvgMs', 'invocations', 'errors', 'throttles', 'backlog', 'processed', 'lost']);
    const t = json.totals;
    expect(Object.keys(t)).toEqual(['written', 'processed', 'lost', 'onFailure', 'inStream']);
    expect(t.written).toBe(720_000);
    expect(t.written).toBe(t.processed + t.inStream + t.lost + t.onFailure);
    // 100 records × 20 ms + 5 ms per batch ≈ 49.9 records/s against 200 written: the lag only grows.
    expect(json.minutes[59].iteratorAgeMaxMs).toBeGreaterThan(json.minutes[30].iteratorAgeMaxMs);
  });
});

describe('workshop simulate (human report)', () => {
  it('GIVEN a cost-model run in English WHEN run THEN it prints the summary, the IteratorAge chart and the speed', async () => {
    const { code, out } = await cli(['simulate', '--rate', '200', '--duration', '30m', '--per-record-ms', '20', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('Simulated 30 min · constant 200 items/s · 1 shard · 1,000 keys · BatchSize 100 · ParallelizationFactor 1 · window 0 s · cost model 5 ms + 20 ms/record');
    expect(out).toMatch(/Written to the table\s+360,000/);
    expect(out).toMatch(/IteratorAge peak\s+\d+(\.\d)? min \(minute 29\)/);
    expect(out).toContain('IteratorAge (Maximum per minute)');
    expect(out).toMatch(/of stream time in .* of wall time \([\d,]+× real time\)/);
  });

  it('GIVEN the same run in pt-BR WHEN run THEN the report is in Portuguese', async () => {
    const { out } = await cli(['simulate', '--rate', '200', '--duration', '30m', '--per-record-ms', '20', '--profile', 'ramp', '--lang', 'pt-BR']);
    expect(out).toContain('Simulado 30 min · rampa 0 → 200 itens/s');
    expect(out).toMatch(/Escritos na tabela\s+180\.000/);
    expect(out).toContain('IteratorAge (Máximo por minuto)');
  });

  it('GIVEN --help WHEN asked THEN it documents the four profile shapes', async () => {
    const { code, out } = await cli(['simulate', '--help', '--lang', 'en']);
    expect(code).toBe(0);
    for (const text of ['--per-record-ms <ms>', 'steps     four equal steps: 25%, 50%, 75%, then 100% of --rate', 'daily     a 24-hour day from midnight']) expect(out).toContain(text);
    expect((await cli(['simulate', '--help', '--lang', 'pt-BR'])).out).toContain('ramp      sobe em linha reta de 0 até --rate');
  });
});

describe('workshop simulate --lab (fixture labs, real handler code)', () => {
  it("GIVEN a lab with consumer, handler, load and alarm WHEN simulated THEN its handler, settings and alarm are used", async () => {
    const { code, out, err } = await cli(['simulate', '--lab', '04', '--json'], fixtureRoot);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.totals.written).toBe(36_000); // load.ts: 150/s × 4 min
    // alarm.ts: IteratorAge > 15 s in 2 minutes out of 2 (notBreaching) → ALARM at the second of two breaching minutes.
    const breaching = json.minutes.map((m: { iteratorAgeMaxMs: number | null }) => (m.iteratorAgeMaxMs ?? 0) > 15_000);
    const alarmAt = breaching.findIndex((b: boolean, i: number) => i > 0 && b && breaching[i - 1]);
    expect(alarmAt).toBeGreaterThan(0);
    expect(json.alarm).toEqual([{ minute: 0, state: 'OK' }, { minute: alarmAt, state: 'ALARM' }]);
  });

  it('GIVEN a lab run writing more than 250,000 records WHEN simulated THEN --json says fast-forward with real < total; --exact runs them all, same totals', async () => {
    const args = ['simulate', '--lab', '04', '--rate', '2000', '--duration', '3m', '--json'];
    const fast = JSON.parse((await cli(args, fixtureRoot)).out);
    const exact = JSON.parse((await cli([...args, '--exact'], fixtureRoot)).out);
    expect(fast.mode).toBe('fast-forward');
    expect(fast.invocations.real).toBeLessThan(fast.invocations.total);
    expect(exact.mode).toBe('exact');
    expect(exact.invocations).toEqual({ total: fast.invocations.total, real: fast.invocations.total });
    expect(fast.totals).toEqual(exact.totals);
    expect(Object.keys(fast).slice(-2)).toEqual(['mode', 'invocations']);
  });

  it('GIVEN a fast-forwarded lab run WHEN reported THEN the report says which mode ran and what it means, in both languages', async () => {
    const args = ['simulate', '--lab', '04', '--rate', '2000', '--duration', '3m'];
    const en = (await cli([...args, '--lang', 'en'], fixtureRoot)).out;
    expect(en).toMatch(/Handler runs\s+calibrated fast-forward: [\d,]+ of [\d,]+ invocations ran your handler/);
    expect(en).toContain('--exact runs every one through it.');
    const pt = (await cli([...args, '--lang', 'pt-BR'], fixtureRoot)).out;
    expect(pt).toMatch(/Execução do handler\s+avanço rápido calibrado: [\d.]+ de [\d.]+ invocações rodaram o seu handler/);
    const exact = (await cli(['simulate', '--lab', '04', '--lang', 'en'], fixtureRoot)).out;
    expect(exact).toMatch(/Handler runs\s+exact: all [\d,]+ invocations ran your handler/);
  });

  it('GIVEN the lab and --batch-size 500 WHEN simulated THEN the flag overrides consumer.ts (and the handler keeps up)', async () => {
    const human = await cli(['simulate', '--lab', '04', '--batch-size', '500', '--lang', 'en'], fixtureRoot);
    expect(human.out).toContain('BatchSize 500');
    expect(human.out).toContain('handler 04-batch-size/handler.ts');
    expect(human.out).toMatch(/Alarm\s+fired at minute \d+ — OK at minute 0 → ALARM at minute \d+/);
  });

  it('GIVEN the lab and --per-record-ms 1 WHEN simulated THEN the cost model replaces the handler', async () => {
    const { out } = await cli(['simulate', '--lab', '04', '--per-record-ms', '1', '--lang', 'en'], fixtureRoot);
    expect(out).toContain('cost model 5 ms + 1 ms/record');
    expect(out).toMatch(/Alarm\s+never fired/);
  });

  it.each([
    ['00', 'en', '✖ Lab 00-setup has nothing to simulate: it has no consumer (consumer.ts and handler.ts).'],
    ['00', 'pt-BR', '✖ O lab 00-setup não tem o que simular: não tem consumidor (consumer.ts e handler.ts).'],
    ['01', 'en', '✖ Lab 01-deploy-consumer has no file labs/01-deploy-consumer/handler.ts.'],
    ['05', 'en', '✖ Lab 05-parallelization: labs/05-parallelization/consumer.ts could not be used: export const consumer must be an object with startingPosition, got nothing'],
    ['06', 'en', '✖ Lab 06-alarm: labs/06-alarm/handler.ts could not be used: RESULTS_TABLE is not set'],
    ['06', 'pt-BR', '✖ Lab 06-alarm: não foi possível usar labs/06-alarm/handler.ts: RESULTS_TABLE is not set'],
    ['99', 'en', '✖ "99" is neither a lab nor a folder.'],
    ['99', 'pt-BR', '✖ "99" não é um lab nem uma pasta.'],
  ])('GIVEN --lab %s (%s) WHEN simulated THEN it explains what is wrong with the lab, exit 1, no stack trace', async (lab, lang, message) => {
    const { code, err } = await cli(['simulate', '--lab', lab, '--lang', lang], fixtureRoot);
    expect(code).toBe(1);
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('workshop simulate --lab <any folder> (a consumer of one\'s own, real handler code)', () => {
  const own = resolve(here, '../simulate/__fixtures__/own-consumer');
  const consumerOnly = resolve(here, '../simulate/__fixtures__/consumer-only');

  it('GIVEN a folder outside labs/ with consumer.ts, handler.ts and load.ts WHEN simulated THEN its handler runs, and --json lists the on-failure records in AWS\'s layout', async () => {
    const { code, out, err } = await cli(['simulate', '--lab', own, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.totals.written).toBe(1_200);
    expect(json.totals.onFailure).toBeGreaterThan(0);
    expect(json.onFailureRecords.length).toBeGreaterThan(0);
    const [record] = json.onFailureRecords;
    expect(record.requestContext).toMatchObject({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2 });
    expect(record.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
    expect(record.version).toBe('1.0');
    expect(Object.keys(record.DDBStreamBatchInfo)).toEqual(['shardId', 'startSequenceNumber', 'endSequenceNumber', 'approximateArrivalOfFirstRecord', 'approximateArrivalOfLastRecord', 'batchSize', 'streamArn']);
    expect(json.onFailureRecords.reduce((n: number, r: { DDBStreamBatchInfo: { batchSize: number } }) => n + r.DDBStreamBatchInfo.batchSize, 0)).toBe(json.totals.onFailure);
    expect((await cli(['simulate', '--lab', own, '--json'])).out).toBe(out); // same seed, same request ids
  });

  it.each([
    ['en', 'has no handler.ts.', 'simulate --lab needs consumer.ts (export const consumer: ConsumerSettingsInput) and handler.ts (export const createHandler: CreateHandler); load.ts (export const load) and alarm.ts (export const alarm) are optional.'],
    ['pt-BR', 'falta handler.ts.', 'simulate --lab precisa de consumer.ts (export const consumer: ConsumerSettingsInput) e handler.ts (export const createHandler: CreateHandler); load.ts (export const load) e alarm.ts (export const alarm) são opcionais.'],
  ])('GIVEN a folder without handler.ts (%s) WHEN simulated THEN it names the missing file and what is allowed, exit 1', async (lang, missing, allowed) => {
    const { code, err } = await cli(['simulate', '--lab', consumerOnly, '--lang', lang]);
    expect(code).toBe(1);
    expect(err).toContain(`${consumerOnly} `);
    expect(err).toContain(missing);
    expect(err).toContain(allowed);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('GIVEN a folder with neither file WHEN simulated THEN both are named', async () => {
    const { code, err } = await cli(['simulate', '--lab', here, '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toContain('it has no consumer.ts and no handler.ts.');
  });

  it('GIVEN the folder without handler.ts and --per-record-ms WHEN simulated THEN the cost model replaces the handler', async () => {
    const { code, out } = await cli(['simulate', '--lab', consumerOnly, '--per-record-ms', '1', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('BatchSize 10');
  });
});

describe('workshop simulate --horizon (the run goes on after the producer stops)', () => {
  const flags = ['--rate', '200', '--duration', '10m', '--per-record-ms', '8', '--fixed-ms', '5'];

  it('GIVEN a 10-minute overload and --horizon 30m WHEN run THEN 30 minutes are simulated, writes stop at minute 10 and the backlog drains', async () => {
    const json = JSON.parse((await cli(['simulate', ...flags, '--horizon', '30m', '--json'])).out);
    const minutes: { backlog: number; processed: number }[] = json.minutes;
    expect(minutes).toHaveLength(30);
    expect(json.totals.written).toBe(120_000);
    expect(minutes[9]!.backlog).toBeGreaterThan(40_000);
    expect(json.totals.inStream).toBe(0);
    expect(json.totals.processed).toBe(120_000);
    const plain = JSON.parse((await cli(['simulate', ...flags, '--json'])).out);
    expect(plain.minutes).toHaveLength(10);
    expect(plain.totals.inStream).toBeGreaterThan(40_000);
  });

  it('GIVEN --horizon in the human report WHEN run THEN it says how long the writes lasted', async () => {
    const { out } = await cli(['simulate', ...flags, '--horizon', '30m', '--lang', 'en']);
    expect(out).toContain('Simulated 30 min (writes during the first 10 min) · constant 200 items/s');
  });

  it.each([
    ['en', '✖ --horizon (300 s) ends before the load stops (--duration 600 s).', 'Hint: --horizon is how long the whole run lasts, load included: use 600 s or more (e.g. --horizon 20m), or shorten --duration.'],
    ['pt-BR', '✖ --horizon (300 s) termina antes de a carga parar (--duration 600 s).', 'Dica: --horizon é quanto dura a execução inteira, carga incluída: use 600 s ou mais (ex.: --horizon 20m) ou encurte --duration.'],
  ])('GIVEN --horizon shorter than --duration (%s) WHEN run THEN it explains, exit 1', async (lang, message, hint) => {
    const { code, err } = await cli(['simulate', ...flags, '--horizon', '5m', '--lang', lang]);
    expect(code).toBe(1);
    expect(err).toBe(`${message}\n  ${hint}`);
  });
});

describe('workshop simulate (bad input)', () => {
  it.each([
    [['--batch-size', '20000'], 'en', '✖ --batch-size must be between 1 and 10,000 inclusive, got 20,000.', 'Hint: Pick a value from 1 to 10,000.'],
    [['--batch-size', '20000'], 'pt-BR', '✖ --batch-size deve estar entre 1 e 10.000 (inclusive); valor recebido: 20.000.', 'Dica: Escolha um valor de 1 a 10.000.'],
    [['--duration', 'ten'], 'en', '✖ --duration: "ten" is not a duration.', 'Hint: Write a number and a unit: 30s, 10m, 1h or 2d.'],
    [['--duration', 'ten'], 'pt-BR', '✖ --duration: "ten" não é uma duração.', 'Dica: Escreva um número e uma unidade: 30s, 10m, 1h ou 2d.'],
    [['--profile', 'spiky'], 'en', '✖ --profile must be one of constant, steps, ramp, daily, got "spiky".', 'Hint: Use one of: constant, steps, ramp, daily.'],
    [['--shards', '0'], 'en', '✖ --shards must be between 1 and 100 inclusive, got 0.', 'Hint: Pick a value from 1 to 100.'],
    [['--hot-key-share', '1.5'], 'en', '✖ --hot-key-share must be between 0 and 1 inclusive, got 1.5.', 'Hint: Pick a value from 0 to 1.'],
    [['--rate', 'lots'], 'en', '✖ --rate must be a number, got "lots".', 'Hint: Write digits only, e.g. 100.'],
    [['--parallelization', '11'], 'en', '✖ --parallelization must be between 1 and 10 inclusive, got 11.', 'Hint: Pick a value from 1 to 10.'],
    [['--window', '301s'], 'en', '✖ --window must be between 0s and 5m, got 5m1s.', 'Hint: Pick a duration from 0s to 5m, e.g. --window 5m.'],
  ])('GIVEN %j (%s) WHEN simulated THEN it prints the message and the hint, exit 1, no stack trace', async (flags, lang, message, hint) => {
    const { code, out, err } = await cli(['simulate', ...flags, '--lang', lang]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`${message}\n  ${hint}`);
  });
});

describe('workshop simulate --unprocessed-share (lab 04 reference handler, real code in virtual time)', () => {
  const run = async (share: string) => {
    const { code, out } = await cli(['simulate', '--lab', 'solutions/04-batch-size', '--duration', '10m', '--unprocessed-share', share, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { minutes: { iteratorAgeMaxMs: number | null; errors: number; invocations: number }[] };
    return {
      errors: json.minutes.reduce((sum, m) => sum + m.errors, 0),
      invocations: json.minutes.reduce((sum, m) => sum + m.invocations, 0),
      peakMs: Math.max(...json.minutes.map((m) => m.iteratorAgeMaxMs ?? 0)),
    };
  };

  // What lab 04's page says about a throttled results table: 10% absorbed, 20% some failed batches and
  // seconds of lag, 30% most batches failing and minutes of lag.
  // One run per test (each about 3 s of CPU): three 10-minute runs of the real handler in one test timed out
  // on a loaded machine (issue 8 item 7).
  it('GIVEN 10% of each BatchWriteItem handed back WHEN the reference handler runs 10 min THEN it absorbs it: no failed invocation, lag under 1 s', async () => {
    const low = await run('0.1');
    expect(low.errors).toBe(0);
    expect(low.peakMs).toBeLessThan(1_000);
  });

  it('GIVEN 20% handed back WHEN run 10 min THEN some invocations fail and the lag reaches seconds, not a minute', async () => {
    const mid = await run('0.2');
    expect(mid.errors).toBeGreaterThan(0);
    expect(mid.peakMs).toBeGreaterThan(1_000);
    expect(mid.peakMs).toBeLessThan(60_000);
  });

  it('GIVEN 30% handed back WHEN run 10 min THEN most invocations fail and the lag passes a minute', async () => {
    const high = await run('0.3');
    expect(high.errors / high.invocations).toBeGreaterThan(0.5);
    expect(high.peakMs).toBeGreaterThan(60_000);
  });

  it('GIVEN --unprocessed-share with the cost model WHEN run THEN it is refused: only a real handler writes', async () => {
    const { code, err } = await cli(['simulate', '--per-record-ms', '5', '--unprocessed-share', '0.2', '--lang', 'en']);
    expect(code).toBe(1);
    expect(err).toContain("✖ --unprocessed-share only applies when a lab's own handler runs");
  });

  it('GIVEN --unprocessed-share 1 WHEN run THEN the range is named', async () => {
    const { err } = await cli(['simulate', '--lab', 'solutions/04-batch-size', '--unprocessed-share', '1', '--lang', 'en']);
    expect(err).toContain('✖ --unprocessed-share must be between 0 and 0.9 inclusive, got 1.');
  });
});

