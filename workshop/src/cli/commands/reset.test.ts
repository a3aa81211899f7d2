// `workshop reset`: a real git repository in a temp folder; the prompt is answered by the test, or by a fake
// terminal (a stream that says it is a TTY) for Ctrl-C, Ctrl-D and the end of the input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../errors/format-issue.js';
import { isWorkshopError } from '../../errors/workshop-error.js';
import { restoreFiles } from '../../labs/node/starter-restore.js';
import type { CliContext } from '../cli-context.js';
import { askOnTerminal, type ConfirmAnswer } from '../confirm-prompt.js';
import { makeRegisterReset } from './reset.js';

const LAB = join('labs', '01-deploy-consumer');
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A repository whose lab 01 has two committed starter files, both changed by the learner since. */
function repoWithLab(): string {
  const root = mkdtempSync(join(tmpdir(), 'reset-'));
  roots.push(root);
  mkdirSync(join(root, LAB, 'sub'), { recursive: true });
  mkdirSync(join(root, 'solutions', '01-deploy-consumer'), { recursive: true });
  writeFileSync(join(root, LAB, 'consumer.ts'), 'starter consumer\n');
  writeFileSync(join(root, LAB, 'sub', 'handler.ts'), 'starter handler\n');
  const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'starter');
  writeFileSync(join(root, LAB, 'consumer.ts'), 'my consumer\n');
  writeFileSync(join(root, LAB, 'sub', 'handler.ts'), 'my handler\n');
  return root;
}

const labFiles = (root: string) => ({
  consumer: readFileSync(join(root, LAB, 'consumer.ts'), 'utf8'),
  handler: readFileSync(join(root, LAB, 'sub', 'handler.ts'), 'utf8'),
  entries: [...readdirSync(join(root, LAB)), ...readdirSync(join(root, LAB, 'sub'))].sort(),
});

async function reset(root: string, answer: ConfirmAnswer, language: CliContext['language'], ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const command = new Command('workshop').exitOverride();
  makeRegisterReset({ confirm: async () => answer })(command, { language, out: (t) => out.push(t), err: (t) => err.push(t), isTty: true, env: {}, repoRoot: root });
  try {
    await command.parseAsync(['reset', '01', ...args], { from: 'user' });
    return { out, err, issue: undefined };
  } catch (error) {
    if (!isWorkshopError(error)) throw error;
    return { out, err, issue: error.issue, text: formatIssue(error.issue, language) };
  }
}

describe('workshop reset (real git repository in a temp folder)', () => {
  it('GIVEN a changed lab WHEN reset --yes THEN both committed starter files are back, the count is right, no temporary file is left', async () => {
    const root = repoWithLab();
    const run = await reset(root, 'no', 'en', '--yes');
    expect(labFiles(root)).toEqual({ consumer: 'starter consumer\n', handler: 'starter handler\n', entries: ['consumer.ts', 'handler.ts', 'sub'] });
    expect(run.out).toEqual(['✔ labs/01-deploy-consumer is back to its starter (2 files).']);
  });

  it.each([
    ['no', 'en', 'Nothing was changed: reset labs/01-deploy-consumer was not confirmed.', 'Answer "y" to go ahead, or pass --yes.'],
    ['no_terminal', 'en', 'Nothing was changed: reset labs/01-deploy-consumer needs a confirmation, and there is no terminal to ask on.', 'Pass --yes to confirm from a script or a pipe.'],
    ['no_terminal', 'pt-BR', 'Nada foi alterado: restaurar labs/01-deploy-consumer precisa de confirmação, e não há terminal para perguntar.', 'Use --yes para confirmar a partir de um script ou de um pipe.'],
    ['interrupted', 'pt-BR', 'Nada foi alterado: restaurar labs/01-deploy-consumer não foi confirmado.', 'Responda "s" para continuar, ou use --yes.'],
  ] as const)('GIVEN the answer %s (%s) WHEN resetting THEN not_confirmed with its words, and the lab is untouched', async (answer, language, message, hint) => {
    const root = repoWithLab();
    const run = await reset(root, answer, language);
    expect(run.issue).toMatchObject({ code: 'not_confirmed', reason: answer === 'no' ? 'declined' : answer });
    expect(run.text).toEqual({ message, hint });
    expect(labFiles(root)).toEqual({ consumer: 'my consumer\n', handler: 'my handler\n', entries: ['consumer.ts', 'handler.ts', 'sub'] });
  });

  it('GIVEN the progress file cannot be written (.workshop is a file) WHEN reset --yes THEN the files are restored and a warning says progress was not updated', async () => {
    const root = repoWithLab();
    writeFileSync(join(root, '.workshop'), 'not a folder');
    const run = await reset(root, 'no', 'en', '--yes');
    expect(run.issue).toBeUndefined();
    expect(labFiles(root).consumer).toBe('starter consumer\n');
    expect(run.err.join('\n')).toMatch(/^⚠ The progress file was not updated \(.+\); `list` may still show lab 01 as done\.$/);
  });
});

describe('restoreFiles: all or nothing', () => {
  const files = new Map([
    [join(LAB, 'consumer.ts'), Buffer.from('starter consumer\n')],
    [join(LAB, 'sub', 'handler.ts'), Buffer.from('starter handler\n')],
  ]);

  it('GIVEN the second file cannot be put in place (rename fails) WHEN restoring THEN the first is rolled back and no temporary or set-aside file is left', () => {
    const root = repoWithLab();
    let renames = 0;
    const failing = ((from: string, to: string) => {
      renames += 1;
      if (renames === 4) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' }); // set aside, put, set aside, PUT
      renameSync(from, to);
    }) as typeof renameSync;
    expect(() => restoreFiles(root, files, { rename: failing })).toThrow(expect.objectContaining({ issue: { code: 'file_not_written', path: join(LAB, 'sub', 'handler.ts'), detail: 'ENOSPC' } }));
    expect(labFiles(root)).toEqual({ consumer: 'my consumer\n', handler: 'my handler\n', entries: ['consumer.ts', 'handler.ts', 'sub'] });
  });

  it('GIVEN a file where the starter needs a folder WHEN restoring THEN nothing is changed and no temporary file is left', () => {
    const root = repoWithLab();
    rmSync(join(root, LAB, 'sub'), { recursive: true });
    writeFileSync(join(root, LAB, 'sub'), 'a file in the way');
    expect(() => restoreFiles(root, files)).toThrow(expect.objectContaining({ issue: expect.objectContaining({ code: 'file_not_written', path: join(LAB, 'sub', 'handler.ts') }) }));
    expect(readFileSync(join(root, LAB, 'consumer.ts'), 'utf8')).toBe('my consumer\n');
    expect(readdirSync(join(root, LAB)).sort()).toEqual(['consumer.ts', 'sub']);
  });
});

describe('askOnTerminal (a fake terminal)', () => {
  const terminal = () => Object.assign(new PassThrough(), { isTTY: true });
  const ask = (input: PassThrough & { isTTY: boolean }, typed: string) => {
    const answer = askOnTerminal('Go? [y/N] ', { input, output: new PassThrough() });
    input.write(typed);
    return answer;
  };

  it.each([
    ['y\n', 'yes'], ['sim\n', 'yes'], ['\n', 'no'], ['nope\n', 'no'],
    ['\x03', 'interrupted'], // Ctrl-C
    ['\x04', 'no'], // Ctrl-D on an empty line
  ] as const)('GIVEN %j typed WHEN asked THEN %s', async (typed, expected) => {
    expect(await ask(terminal(), typed)).toBe(expected);
  });

  it('GIVEN the input ends before an answer WHEN asked THEN no (it never hangs)', async () => {
    const input = terminal();
    const answer = askOnTerminal('Go? [y/N] ', { input, output: new PassThrough() });
    input.end();
    expect(await answer).toBe('no');
  });

  it('GIVEN stdin is not a terminal WHEN asked THEN no_terminal, without reading it', async () => {
    expect(await askOnTerminal('Go? ', { input: new PassThrough(), output: new PassThrough() })).toBe('no_terminal');
  });
});
