import { execFile, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countItems, createLocalSourceTable } from '../../load/local-source-table.js';
import { startLocalDynamo, type LocalDynamo } from '../../testing/dynalite-server.js';
import { runCliCaptured } from '../test-fixtures/captured-cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const cliEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_UPDATE_NOTIFIER: '1' };
let local: LocalDynamo;

beforeAll(async () => {
  local = await startLocalDynamo();
  await createLocalSourceTable(local.client, 'orders-cli');
  await createLocalSourceTable(local.client, 'orders-sigint');
});
afterAll(async () => {
  await local.close();
});

/** Runs the CLI in this process and collects what it prints. */
const cli = (...argv: string[]) => runCliCaptured(argv);

describe('npx workshop load (real subprocess, dynalite on 127.0.0.1)', () => {
  it('GIVEN --rate 400 --duration 2s WHEN run THEN it exits 0 and Scan counts exactly 800 items', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['--no-install', 'workshop', 'load', '--table', 'orders-cli', '--rate', '400', '--duration', '2s', '--keys', '10', '--endpoint', local.endpoint, '--lang', 'en'],
      { cwd: repoRoot, env: cliEnv },
    );
    expect(stdout).toContain('Plan: 800 writes to table orders-cli');
    expect(stdout).toContain('Cost: none — local server, not AWS.');
    expect(stdout).toMatch(/written\s+800\n/);
    expect(await countItems(local.client, 'orders-cli')).toBe(800);
  });

  it('GIVEN a run stopped with SIGINT WHEN it ends THEN it prints the summary, exits 130, and the table holds exactly the written count', async () => {
    const child = spawn(
      process.execPath,
      ['workshop/bin/workshop.js', 'load', '--table', 'orders-sigint', '--rate', '200', '--duration', '1m', '--endpoint', local.endpoint, '--lang', 'en'],
      { cwd: repoRoot, env: cliEnv },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    // Press Ctrl-C once the first items are in the table (polled, so a slow machine does not make it flaky).
    const poll = setInterval(async () => {
      if ((await countItems(local.client, 'orders-sigint')) > 0) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 100);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(poll);
    expect(stdout).toContain('Interrupted (Ctrl-C): calls in flight were allowed to finish.');
    const written = Number(/written\s+([\d,]+)\n/.exec(stdout)?.[1]?.replace(/,/g, ''));
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(12_000);
    expect(stderr).toContain('items were not written');
    expect(code).toBe(130); // Ctrl-C: 128 + SIGINT, after the summary
    expect(await countItems(local.client, 'orders-sigint')).toBe(written);
  });
});

describe('workshop load: checks before the first write', () => {
  it('GIVEN 200 items/s for 10 min to AWS WHEN --max-cost 0.10 THEN it refuses with the estimate ($0.1500: source + the consumer\'s results rows) and the price date', async () => {
    const result = await cli('load', '--table', 't', '--rate', '200', '--duration', '10m', '--max-cost', '0.10', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.out).toContain("Estimated cost: $0.1500 (120,000 WRU on the source table + up to 120,000 WRU the lab's consumer writes to its results table, on-demand at $0.625 per million, price since 2024-11-01, us-east-1).");
    expect(result.err).toContain('✖ This run would cost about $0.1500, above --max-cost $0.1000.');
  });

  it('GIVEN lab 02\'s largest suggested load (500 items/s for 15 min) WHEN no --max-cost is given THEN the default $0.25 guard refuses its $0.5625', async () => {
    const result = await cli('load', '--table', 't', '--rate', '500', '--duration', '15m', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.err).toContain('✖ This run would cost about $0.5625, above --max-cost $0.2500.');
  });

  it('GIVEN the same run in pt-BR WHEN refused THEN the message is in Portuguese with a decimal comma', async () => {
    const result = await cli('load', '--table', 't', '--rate', '200', '--duration', '10m', '--max-cost', '0.10', '--lang', 'pt-BR');
    expect(result.out).toContain('Custo estimado: US$ 0,1500 (120.000 WRU na tabela de origem + até 120.000 WRU que o consumidor do lab grava na tabela de resultados, sob demanda a US$ 0,625 por milhão');
    expect(result.err).toContain('✖ Esta execução custaria cerca de US$ 0,1500, acima de --max-cost US$ 0,1000.');
  });

  it.each([
    [['--rate', '0'], 'en', '✖ --rate must be between 1 and 10,000 inclusive, got 0.'],
    [['--rate', '0'], 'pt-BR', '✖ --rate deve estar entre 1 e 10.000 (inclusive); valor recebido: 0.'],
    [['--duration', 'ten'], 'en', '✖ --duration: "ten" is not a duration.'],
    [['--duration', 'ten'], 'pt-BR', '✖ --duration: "ten" não é uma duração.'],
    [['--item-size', '500000'], 'en', '✖ --item-size must be between 337 and 409,600 bytes inclusive, got 500,000.'],
    [['--item-size', '500000'], 'pt-BR', '✖ --item-size deve estar entre 337 e 409.600 bytes (inclusive); valor recebido: 500.000.'],
    [['--item-size', '200'], 'en', "✖ --item-size 200 bytes cannot hold an order: its own attributes (keys, status, amount, note, lines, shipping, tags, timestamp) take up to 336 bytes before the padding, so items are from 337 to 409,600 bytes (400 KB, DynamoDB's item limit)."],
    [['--item-size', '200'], 'pt-BR', '✖ --item-size 200 bytes não comporta um pedido: os próprios atributos dele (chaves, status, valor, observação, itens, entrega, tags, data) ocupam até 336 bytes antes do enchimento, então os itens vão de 337 a 409.600 bytes (400 KB, o limite de item do DynamoDB).'],
    [['--keys', 'many'], 'en', '✖ --keys must be a number, got "many".'],
    [['--concurrency', '2.5'], 'en', '✖ --concurrency must be a whole number, got 2.5.'],
    [['--hot-key-share', '2'], 'pt-BR', '✖ --hot-key-share deve estar entre 0 e 1 (inclusive); valor recebido: 2.'],
    [['--duration', '2d'], 'en', '✖ --duration must be between 1s and 24h, got 48h.'],
  ])('GIVEN %j in %s WHEN run THEN exit 1 with "%s" and nothing written', async (args, lang, message) => {
    const result = await cli('load', '--table', 't', ...args, '--lang', lang);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toBe(message);
    expect(result.out).toBe('');
  });

  it('GIVEN no --table WHEN run THEN it says the option is required', async () => {
    const result = await cli('load', '--lang', 'en');
    expect(result.err).toContain('✖ --table is required but was not set.');
  });

  it('GIVEN a table missing from dynalite WHEN run THEN table_not_found names it and the endpoint, before any write', async () => {
    const result = await cli('load', '--table', 'nope', '--duration', '1s', '--endpoint', local.endpoint, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.err).toContain(`✖ Table "nope" does not exist at ${local.endpoint}.`);
    expect(result.out).not.toContain('Load summary');
  });
});
