// Bad and unusual inputs against the real CLI (issue 13 items 4–7), both languages: each case asserts the
// message, the exit code, and that nothing was left behind. Most run the program in this process through
// `runCli` (what bin/workshop.js runs, minus the process); the few that are about the process itself (a pipe
// closed early, Ctrl-C) spawn `node --import tsx workshop/src/cli/main.ts`. No AWS account, no network
// beyond loopback: the commands that would call AWS are refused before they do.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../i18n/language.js';
import { runCliCaptured } from './test-fixtures/captured-cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The CLI in this process: what it printed and its exit code. */
const cli = runCliCaptured;

/** What git sees as changed or new in the repository (untracked included): must not change across this file. */
const gitStatus = () => execFileSync('git', ['-C', repoRoot, 'status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });

/** A loopback port nobody listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

let statusBefore: string;
let refusedPort: number;
beforeAll(async () => {
  statusBefore = gitStatus();
  refusedPort = await closedPort();
});
afterAll(() => {
  expect(gitStatus(), 'nothing left behind in the repository').toBe(statusBefore);
});

type Case = readonly [argv: readonly string[], lang: Language, message: string, hint: string];

describe('bad values: the message names the flag typed, states the range the way it is typed, in the learner\'s language (exit 1)', () => {
  it.each<Case>([
    [['load', '--table', 't', '--duration', '48h'], 'en', '✖ --duration must be between 1s and 24h, got 48h.', '  Hint: Pick a duration from 1s to 24h, e.g. --duration 24h.'],
    [['load', '--table', 't', '--duration', '48h'], 'pt-BR', '✖ --duration deve estar entre 1s e 24h; valor recebido: 48h.', '  Dica: Escolha uma duração de 1s a 24h, por exemplo --duration 24h.'],
    [['watch', '--function', 'f', '--since', '10s'], 'pt-BR', '✖ --since deve estar entre 1m e 24h; valor recebido: 10s.', '  Dica: Escolha uma duração de 1m a 24h, por exemplo --since 1m.'],
    [['watch', '--function', 'f', '--interval', '1h'], 'en', '✖ --interval must be between 5s and 10m, got 1h.', '  Hint: Pick a duration from 5s to 10m, e.g. --interval 10m.'],
    [['run', '03', '--minutes', '100'], 'pt-BR', '✖ --minutes deve estar entre 1 e 60 minutos (inclusive); valor recebido: 100.', '  Dica: Escolha um valor de 1 a 60.'],
    [['load', '--table', 't', '--max-cost', '1000'], 'pt-BR', '✖ --max-cost deve estar entre 0 e 100 dólares (inclusive); valor recebido: 1.000.', '  Dica: Escolha um valor de 0 a 100.'],
    [['simulate', '--batch-size', '0'], 'en', '✖ --batch-size must be between 1 and 10,000 inclusive, got 0.', '  Hint: Pick a value from 1 to 10,000.'],
    [['simulate', '--batch-size', '0'], 'pt-BR', '✖ --batch-size deve estar entre 1 e 10.000 (inclusive); valor recebido: 0.', '  Dica: Escolha um valor de 1 a 10.000.'],
    [['simulate', '--parallelization', '1.5'], 'en', '✖ --parallelization must be a whole number, got 1.5.', '  Hint: Round it, e.g. 2.'],
    [['simulate', '--window', '2x'], 'en', '✖ --window: "2x" is not a duration.', '  Hint: Write a number and a unit: 30s, 10m, 1h or 2d.'],
    [['simulate', '--rate', 'Infinity'], 'en', '✖ --rate must be between 0 and 100,000 inclusive, got a number too large to use (∞).', '  Hint: Pick a value from 0 to 100,000.'],
    [['load', '--table', 't', '--rate', '1e400'], 'pt-BR', '✖ --rate deve estar entre 1 e 10.000 (inclusive); valor recebido: um número grande demais (∞).', '  Dica: Escolha um valor de 1 a 10.000.'],
    [['load', '--table', 't', '--endpoint', 'localhost:8000'], 'en', '✖ --endpoint must be an http:// or https:// URL, got "localhost:8000".', '  Hint: Write the scheme, host and port, e.g. --endpoint http://127.0.0.1:8000.'],
    [['load', '--table', 't', '--endpoint', 'nota url'], 'pt-BR', '✖ --endpoint deve ser uma URL http:// ou https://, recebido "nota url".', '  Dica: Escreva o esquema, o host e a porta, por exemplo --endpoint http://127.0.0.1:8000.'],
    [['list', '--lang', 'fr'], 'en', '✖ --lang must be one of pt-BR, en, got "fr".', '  Hint: Use one of: pt-BR, en.'],
  ])('GIVEN %j (%s) THEN exit 1 with the message and the hint, nothing on stdout', async (argv, lang, message, hint) => {
    const run = await cli(argv.includes('--lang') ? argv : [...argv, '--lang', lang], { env: { LANG: lang === 'pt-BR' ? 'pt_BR.UTF-8' : 'en_US.UTF-8' } });
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([message, hint]);
    expect(run.out).toBe('');
  });
});

describe('options a command would silently ignore are refused (exit 1)', () => {
  it.each<Case>([
    [['run', '01', '--max-cost', '1'], 'en', '✖ --max-cost only applies with --target aws; here it would be ignored.', '  Hint: Drop --max-cost, or use --target aws.'],
    [['run', '02', '--target', 'aws', '--minutes', '5'], 'pt-BR', '✖ --minutes só vale com --target local; aqui seria ignorado.', '  Dica: Tire --minutes, ou use --target local.'],
    [['check', '01', '--function', 'consumer'], 'en', '✖ --function only applies with --target aws; here it would be ignored.', '  Hint: Drop --function, or use --target aws.'],
  ])('GIVEN %j (%s) THEN refused before anything runs', async (argv, lang, message, hint) => {
    const run = await cli([...argv, '--lang', lang]);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([message, hint]);
    expect(run.out).toBe('');
  });

  it('GIVEN simulate --profile daily --duration 1h WHEN run THEN a warning on stderr says it only sees the night, and the run still reports (exit 0)', async () => {
    const en = await cli(['simulate', '--profile', 'daily', '--duration', '1h', '--json', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.err).toBe('⚠ --profile daily is a 24-hour day from midnight, but this run lasts 1h: it only sees the night (about 20% of --rate), never the 14:00 peak. Use --duration 24h or more to see the whole day.');
    expect(JSON.parse(en.out)).toHaveProperty('totals');
    const pt = await cli(['simulate', '--profile', 'daily', '--duration', '1h', '--json', '--lang', 'pt-BR']);
    expect(pt.err).toMatch(/^⚠ --profile daily é um dia de 24 horas .* nunca o pico das 14h\./);
  });
});

describe('load: a local or broken endpoint gets the connection hint, never the credentials one, and no AWS price', () => {
  it.each(['en', 'pt-BR'] as const)('GIVEN nothing listening at --endpoint (%s) WHEN load runs THEN "nothing answered", no AWS cost, exit 1', async (lang) => {
    const endpoint = `http://127.0.0.1:${refusedPort}`;
    const run = await cli(['load', '--table', 't', '--duration', '1s', '--endpoint', endpoint, '--lang', lang]);
    expect(run.code).toBe(1);
    const [message, hint] = run.err.split('\n');
    expect(message).toBe(lang === 'en' ? `✖ Nothing answered at ${endpoint} (ECONNREFUSED).` : `✖ Nada respondeu em ${endpoint} (ECONNREFUSED).`);
    expect(hint).not.toMatch(/credential|credencia/i);
    expect(run.out).toContain(lang === 'en' ? 'Cost: none — local server, not AWS.' : 'Custo: nenhum — servidor local, fora da AWS.');
    expect(run.out).not.toMatch(/\$/);
  });

  it('GIVEN a tiny run above --max-cost 0 WHEN priced THEN the amounts keep their digits (never "$0.0000 above $0.0000") and the counts are singular', async () => {
    const run = await cli(['load', '--table', 't', '--rate', '1', '--duration', '1s', '--keys', '1', '--concurrency', '1', '--max-cost', '0', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')[0]).toMatch(/^Plan: 1 write to table t \(1 items\/s for 1 s, up to \d+ bytes and 1 WRU per item, 1 key, 1 call in flight\)\.$/);
    expect(run.err).toMatch(/^✖ This run would cost about \$0\.0000\d+, above --max-cost \$0\.\n/);
    expect(run.err).not.toContain('$0.0000 ');
  });
});

describe('commands, languages and versions', () => {
  it.each([
    ['en', "error: unknown command 'bogus'"],
    ['pt-BR', "erro: comando desconhecido 'bogus'"],
  ] as const)('GIVEN help bogus (%s) THEN it says the command is unknown and lists them, exit 2', async (lang, first) => {
    const run = await cli(['help', 'bogus', '--lang', lang]);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')[0]).toBe(first);
    expect(run.err).toContain('list, run, check, hint, diff, reset');
    expect(run.out).toBe('');
  });

  it('GIVEN --version and -V THEN the version of workshop/package.json, exit 0', async () => {
    const { version } = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./workshop/package.json"))'], { cwd: repoRoot, encoding: 'utf8' })) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = await cli([flag]);
      expect(run).toEqual({ code: 0, out: version, err: '' });
    }
  });

  it('GIVEN the pt-BR help of every command THEN no English placeholder or "[options]" is left', async () => {
    for (const name of ['run', 'check', 'load', 'watch', 'redrive', 'simulate', 'synth', 'deploy', 'leftovers']) {
      const run = await cli([name, '--help', '--lang', 'pt-BR']);
      expect(run.out, name).not.toMatch(/<(name|time|region|target|count|duration|share|folder|dir|number|usd|address|shape|records|factor)>|\[options\]/);
    }
    const top = await cli(['--help', '--lang', 'pt-BR']);
    expect(top.out).not.toContain('[options]');
    expect(top.out).toMatch(/-V, --version +mostra a versão da oficina/);
  });
});

describe('files: refused before anything is written, nothing half-done', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

  it.each([
    [[''], 'en', '✖ --output is empty: it needs a folder to write to.'],
    [['.'], 'pt-BR', '✖ --output "." é a raiz do repositório (ou acima dela): o assembly se misturaria com os arquivos da oficina.'],
    [['labs'], 'en', '✖ --output "labs" already holds other files and no cloud assembly: the CDK would mix its files with them.'],
    [['package.json'], 'en', '✖ --output "package.json" exists and is not a folder.'],
  ] as const)('GIVEN synth 01 --output %j (%s) THEN refused before the CDK runs (no manifest.json written), exit 1', async ([output], lang, message) => {
    const run = await cli(['synth', '01', '--output', output!, '--lang', lang]);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')[0]).toBe(message);
    expect(existsSync(join(repoRoot, 'manifest.json'))).toBe(false);
    expect(existsSync(join(repoRoot, 'labs', 'manifest.json'))).toBe(false);
  });

  it('GIVEN reset without --yes and no terminal on stdin THEN not confirmed, the hint says --yes, the lab is untouched (exit 1)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-reset-'));
    roots.push(root);
    mkdirSync(join(root, 'labs', '01-deploy-consumer'), { recursive: true });
    writeFileSync(join(root, 'labs', '01-deploy-consumer', 'consumer.ts'), 'starter\n');
    execFileSync('git', ['-C', root, 'init', '-q']);
    execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.']);
    execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 's']);
    writeFileSync(join(root, 'labs', '01-deploy-consumer', 'consumer.ts'), 'mine\n');
    for (const [lang, message, hint] of [
      ['en', '✖ Nothing was changed: reset labs/01-deploy-consumer needs a confirmation, and there is no terminal to ask on.', '  Hint: Pass --yes to confirm from a script or a pipe.'],
      ['pt-BR', '✖ Nada foi alterado: restaurar labs/01-deploy-consumer precisa de confirmação, e não há terminal para perguntar.', '  Dica: Use --yes para confirmar a partir de um script ou de um pipe.'],
    ] as const) {
      const run = await cli(['reset', '01', '--lang', lang], { root });
      expect(run.code).toBe(1);
      expect(run.err.split('\n')).toEqual([message, hint]);
    }
    expect(readdirSync(join(root, 'labs', '01-deploy-consumer'))).toEqual(['consumer.ts']);
    expect(execFileSync('git', ['-C', root, 'diff', '--stat'], { encoding: 'utf8' })).toContain('consumer.ts');
  });

  it('GIVEN a passing lab whose progress file cannot be written (.workshop is a file) WHEN checked THEN "passes", a warning, no "unexpected" error, exit 0', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-progress-'));
    roots.push(root);
    for (const name of ['workshop', 'node_modules', 'solutions', 'package.json', 'tsconfig.json']) symlinkSync(join(repoRoot, name), join(root, name));
    mkdirSync(join(root, 'labs'));
    for (const entry of readdirSync(join(repoRoot, 'labs'))) symlinkSync(join(repoRoot, 'labs', entry), join(root, 'labs', entry));
    rmSync(join(root, 'labs', '01-deploy-consumer'));
    cpSync(join(repoRoot, 'solutions', '01-deploy-consumer'), join(root, 'labs', '01-deploy-consumer'), { recursive: true });
    writeFileSync(join(root, '.workshop'), 'in the way');
    const run = await cli(['check', '01', '--lang', 'en'], { root });
    expect(run.out).toContain('✔ Lab 01 passes.');
    expect(run.err).toMatch(/⚠ Could not write \.workshop\/progress\.json: E[A-Z]+\. The lab passes, but `list` will not show it as done\./);
    expect(run.err).not.toMatch(/unexpected|inesperado/i);
    expect(run.code).toBe(0);
  });
});

describe('the process itself (real subprocess: node --import tsx workshop/src/cli/main.ts)', () => {
  const main = ['--import', 'tsx', join(repoRoot, 'workshop', 'src', 'cli', 'main.ts')];
  const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'en_US.UTF-8' };
  const exitOf = (child: ReturnType<typeof spawn>) => new Promise<number | null>((r) => child.on('close', (code) => r(code)));

  it('GIVEN check 01 (a starter: fails) whose stdout reader has gone (| head -0) WHEN it writes THEN the exit code is still 1, not 0, and no stack trace', async () => {
    const child = spawn('node', [...main, 'check', '01'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.destroy(); // the reader closed the pipe before the first line
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitOf(child)).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
  });

  it('GIVEN a long simulate WHEN Ctrl-C (SIGINT) arrives THEN it stops with exit 130 and prints no error', async () => {
    // WORKSHOP_PROGRESS=plain: progress notices without a terminal, so the test knows when the run has started.
    const child = spawn('node', [...main, 'simulate', '--rate', '100000', '--duration', '7d', '--shards', '100', '--json'], { cwd: repoRoot, env: { ...env, WORKSHOP_PROGRESS: 'plain' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    // Ctrl-C once the run has started and announced its length (so the CLI is past its start-up, whatever the machine's speed).
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('This run will take about')) child.kill('SIGINT');
    });
    expect(await exitOf(child)).toBe(130);
    expect(stderr).not.toMatch(/✖|unexpected|^\s+at /m);
  });
});

describe('no English inside a pt-BR message: engine issues in a check go through the per-language formatter', () => {
  it('GIVEN a probe that the engine refuses (a WorkshopError) WHEN a check quotes it THEN each language has its own words', async () => {
    const { attempt } = await import('../labs/core/check-kit.js');
    const { WorkshopError } = await import('../errors/workshop-error.js');
    const run = await attempt(async () => {
      throw new WorkshopError({ code: 'out_of_range', field: 'batchSize', min: 1, max: 10_000, inclusive: true, got: 20_000 });
    });
    expect(run.error).toEqual({
      en: 'batchSize must be between 1 and 10,000 inclusive, got 20,000.',
      'pt-BR': 'batchSize deve estar entre 1 e 10.000 (inclusive); valor recebido: 20.000.',
    });
    const own = await attempt(async () => {
      throw new Error('my handler broke');
    });
    expect(own.error).toEqual({ en: 'my handler broke', 'pt-BR': 'my handler broke' }); // the learner's own words, unchanged
  });
});
