import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { formatIssue } from '../errors/format-issue.js';
import { isWorkshopError } from '../errors/workshop-error.js';
import type { WorkshopIssue } from '../errors/workshop-issue.js';
import { LANGUAGES, parseLanguage, resolveLanguage } from '../i18n/language.js';
import type { CliContext } from './cli-context.js';
import { localizeCommander, translateCommanderError } from './commander-language.js';
import { COMMANDS } from './commands/index.js';

/** Exit codes: 0 done, 1 a refused input or a failed check, 2 a command line commander cannot parse, 130 Ctrl-C. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/**
 * Builds the `workshop` program and runs it on `argv` (without node and script). Never throws: a
 * WorkshopError becomes its message and hint in the learner's language, anything else a short line
 * (the stack only with --debug). Resolves with the exit code.
 */
export async function runCli(argv: readonly string[], base: Omit<CliContext, 'language'>): Promise<number> {
  const langFlag = flagValue(argv, '--lang');
  const ctx: CliContext = { ...base, language: resolveLanguage({ flag: langFlag, env: base.env }) };
  const debug = argv.includes('--debug');
  const pt = ctx.language === 'pt-BR';
  const report = (issue: WorkshopIssue) => {
    const text = formatIssue(issue, ctx.language);
    ctx.err(`✖ ${text.message}`);
    ctx.err(`  ${pt ? 'Dica' : 'Hint'}: ${text.hint}`);
  };
  // An unknown --lang is refused (in the language LANG gives), not silently read as English.
  if (langFlag !== undefined && parseLanguage(langFlag) === undefined) {
    report({ code: 'invalid_choice', field: '--lang', allowed: LANGUAGES, got: langFlag });
    return EXIT.failed;
  }

  const program = buildProgram(ctx);
  const command = commandName(argv);
  // `help <unknown>` says so (commander would print the general help and exit 0).
  const topic = command === 'help' ? argv[argv.indexOf('help') + 1] : undefined;
  if (topic !== undefined && !topic.startsWith('-') && !program.commands.some((c) => c.name() === topic)) {
    ctx.err(translateCommanderError(`error: unknown command '${topic}'`, ctx.language));
    ctx.err(`${pt ? 'Comandos' : 'Commands'}: ${program.commands.map((c) => c.name()).join(', ')}.`);
    return EXIT.usage;
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (isWorkshopError(error)) {
      report(withCommandContext(error.issue, command));
      return error.issue.code === 'not_confirmed' && error.issue.reason === 'interrupted' ? EXIT.interrupted : EXIT.failed;
    }
    const detail = error instanceof Error ? error.message : String(error);
    ctx.err(`✖ ${formatIssue({ code: 'internal', detail }, ctx.language).message}`);
    if (debug && error instanceof Error && error.stack) ctx.err(error.stack);
    return EXIT.failed;
  }
}

/** The `workshop` program with every command registered, speaking `ctx.language`; nothing is parsed yet. */
export function buildProgram(ctx: CliContext): Command {
  const pt = ctx.language === 'pt-BR';
  const output = {
    writeOut: (s: string) => ctx.out(s.replace(/\n$/, '')),
    writeErr: (s: string) => ctx.err(s.replace(/\n$/, '')),
    outputError: (s: string, write: (s: string) => void) => write(translateCommanderError(s, ctx.language)),
  };
  const program = localizeCommander(new Command('workshop'), ctx.language)
    .description(pt ? 'Oficina IteratorAge: atraso de consumidores de DynamoDB Streams → Lambda, local ou na AWS.' : 'IteratorAge Workshop: DynamoDB Streams → Lambda consumer lag, locally or on AWS.')
    .version(kitVersion(ctx.repoRoot), '-V, --version', pt ? 'mostra a versão da oficina' : 'show the workshop version')
    .option('--lang <language>', pt ? 'idioma das mensagens: pt-BR ou en (padrão: LANG)' : 'message language: pt-BR or en (default: from LANG)')
    .option('--debug', pt ? 'mostra detalhes técnicos dos erros' : 'show technical details of errors')
    .showHelpAfterError(true)
    .configureOutput(output)
    .exitOverride();

  for (const register of COMMANDS) register(program, ctx);
  for (const command of program.commands) {
    command.exitOverride().configureOutput(output);
  }
  return program;
}

/** The version in workshop/package.json (read when asked for, not at every start). */
function kitVersion(repoRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(repoRoot, 'workshop', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** `--lang pt` or `--lang=pt` anywhere on the line. */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  const at = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (at < 0) return undefined;
  return argv[at]!.includes('=') ? argv[at]!.slice(flag.length + 1) : argv[at + 1];
}

/** The command word (`load`, `check`…): the first argument that is neither an option nor --lang's value. */
function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--lang') i += 1;
    else if (!argv[i]!.startsWith('-')) return argv[i];
  }
  return undefined;
}

/** What the command offers instead of an account: only `run`/`check` have a local target, only `load` an endpoint. */
export function withCommandContext(issue: WorkshopIssue, command: string | undefined): WorkshopIssue {
  if (issue.code !== 'missing_credentials' || issue.alternative !== undefined) return issue;
  if (command === 'run' || command === 'check') return { ...issue, alternative: 'local_target' };
  if (command === 'load') return { ...issue, alternative: 'local_endpoint' };
  return issue;
}
