// The CLI shell: every command answers --help in both languages, and commander's own words (headings,
// parse errors) follow the learner's language too.
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/format-issue.js';
import { withCommandContext } from './run-cli.js';
import { runCliCaptured } from './test-fixtures/captured-cli.js';

const COMMAND_NAMES = ['list', 'run', 'check', 'hint', 'diff', 'reset', 'synth', 'deploy', 'destroy', 'leftovers', 'load', 'watch', 'redrive', 'simulate', 'doctor'];

const cli = (...argv: string[]) => runCliCaptured(argv);

afterEach(() => {
  process.exitCode = undefined;
});

describe('workshop --help and commander in the learner\'s language', () => {
  it('GIVEN the top-level help in each language WHEN printed THEN it lists every command', async () => {
    for (const lang of ['en', 'pt-BR']) {
      const { code, out } = await cli('--help', '--lang', lang);
      expect(code).toBe(0);
      for (const name of COMMAND_NAMES) expect(out, `${name} in ${lang}`).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it.each(COMMAND_NAMES)('GIVEN `%s --help` WHEN asked in Portuguese and in English THEN each is in its language, with no English left from commander in Portuguese', async (name) => {
    const pt = await cli(name, '--help', '--lang', 'pt-BR');
    expect(pt.code).toBe(0);
    expect(pt.out).toMatch(new RegExp(`^Uso: workshop ${name} \\[opções\\]`));
    expect(pt.out).toContain('Opções:');
    expect(pt.out).toContain('-h, --help');
    expect(pt.out).not.toMatch(/Usage:|Options:|Arguments:|\[options\]|display help|\(default:/);
    const en = await cli(name, '--help', '--lang', 'en');
    expect(en.out).toMatch(new RegExp(`^Usage: workshop ${name} \\[options\\]`));
    expect(en.out).not.toBe(pt.out);
  });

  it.each([
    [['run', '03', '--bogus'], "erro: opção desconhecida '--bogus'", "error: unknown option '--bogus'"],
    [['run'], "erro: falta o argumento obrigatório 'lab'", "error: missing required argument 'lab'"],
    [['list', 'extra'], "erro: argumentos demais para 'list': esperava 0, recebeu 1.", "error: too many arguments for 'list'. Expected 0 arguments but got 1."],
    [['chekc'], "erro: comando desconhecido 'chekc'\n(Você quis dizer check?)", "error: unknown command 'chekc'\n(Did you mean check?)"],
    [['load', '--table'], "erro: falta o valor da opção '--table <nome>'", "error: option '--table <name>' argument missing"],
  ])('GIVEN %j WHEN parsed THEN exit 2 and the error reads in each language', async (argv, pt, en) => {
    const inPt = await cli(...argv, '--lang', 'pt-BR');
    expect(inPt.code).toBe(2);
    expect(inPt.err.startsWith(pt)).toBe(true);
    const inEn = await cli(...argv, '--lang', 'en');
    expect(inEn.code).toBe(2);
    expect(inEn.err.startsWith(en)).toBe(true);
  });
});

describe('"no credentials" hints offer only what the command has', () => {
  it.each([
    ['check', 'local_target', 'or use the local target (the default)'],
    ['run', 'local_target', 'or use the local target (the default)'],
    ['load', 'local_endpoint', 'or write to a local DynamoDB with --endpoint http://127.0.0.1:8000'],
    ['watch', undefined, undefined],
    ['leftovers', undefined, undefined],
    ['deploy', undefined, undefined],
  ] as const)('GIVEN missing_credentials from `%s` THEN alternative %s', (command, alternative, words) => {
    const issue = withCommandContext({ code: 'missing_credentials' }, command);
    expect(issue).toEqual(alternative ? { code: 'missing_credentials', alternative } : { code: 'missing_credentials' });
    const { hint } = formatIssue(issue, 'en');
    if (words) expect(hint).toContain(words);
    else expect(hint).toBe('Run "aws configure" or "aws sso login", or pass --profile.');
    if (!words) expect(formatIssue(issue, 'pt-BR').hint).toBe('Rode "aws configure" ou "aws sso login", ou use --profile.');
  });
});
