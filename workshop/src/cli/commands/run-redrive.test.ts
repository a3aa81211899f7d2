// `workshop run 09` on the local engine (real engine, real lab files, the supervised worker): lab 07's reference
// consumer fills the on-failure queue, the lab's redrive drains it, `--after` starts it later.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../cli-context.js';
import { runCli } from '../run-cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const base: Omit<CliContext, 'language'> = { out: (t) => out.push(t), err: (t) => err.push(t), isTty: false, env: {}, repoRoot };
  return { out, err, base };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('workshop run 09 (local)', () => {
  it('GIVEN the solution WHEN run THEN the queue held 1 message, the redrive handed its 1 record to the handler and the queue is empty', async () => {
    const { out, base } = capture();
    expect(await runCli(['run', '09', '--solution', '--lang', 'en'], base)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('The on-failure queue holds 1 message(s)');
    expect(text).toMatch(/✔ msg-0001: redriven, 1 record\(s\) handed to the handler for a range of 1 /);
    expect(text).toContain('The queue afterwards: empty.');
  });

  it('GIVEN the untouched starter WHEN run THEN it reports the 1,000 records its one page handed over for a range of 1', async () => {
    const { out, base } = capture();
    expect(await runCli(['run', '09', '--lang', 'en'], base)).toBe(0);
    expect(out.join('\n')).toMatch(/redriven, 1,000 record\(s\) handed to the handler for a range of 1 /);
  });

  it('GIVEN the solution WHEN run --after 25h in pt-BR THEN the records are gone, the message kept, and the report says so in Portuguese', async () => {
    const { out, base } = capture();
    expect(await runCli(['run', '09', '--solution', '--after', '25h', '--lang', 'pt-BR'], base)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Redrive 25 h depois do fim da execução');
    expect(text).toContain('O DynamoDB Streams guarda registros por 24 horas e depois pode removê-los a qualquer momento (veja Limites e fontes, no site)');
    expect(text).toContain('A fila depois: msg-0001');
  });

  it.each([
    [['09', '--after', 'soon'], '--after: "soon" is not a duration.'],
    [['09', '--after', '49h'], '--after must be between 0s and 48h, got 49h.'],
    [['07', '--after', '1h'], '--after only applies with run 09 (redrive.ts)'],
  ])('GIVEN run %j WHEN parsed THEN refused with a clear message and exit 1', async (args, message) => {
    const { err, base } = capture();
    expect(await runCli(['run', ...args, '--lang', 'en'], base)).toBe(1);
    expect(err.join('\n')).toContain(message);
  });
});
