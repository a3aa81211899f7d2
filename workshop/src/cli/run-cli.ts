import { Command, CommanderError } from 'commander';
import { formatIssue } from '../errors/format-issue.js';
import { isWorkshopError } from '../errors/workshop-error.js';
import { resolveLanguage } from '../i18n/language.js';
import type { CliContext } from './cli-context.js';
import { localizeCommander, translateCommanderError } from './commander-language.js';
import { COMMANDS } from './commands/index.js';

/**
 * Builds the `workshop` program and runs it on `argv` (without node and script). Never throws: a
 * WorkshopError becomes its message and hint in the learner's language, anything else a short line
 * (the stack only with --debug). Resolves with the exit code.
 */
export async function runCli(argv: readonly string[], base: Omit<CliContext, 'language'>): Promise<number> {
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langFlag = langIndex < 0 ? undefined : argv[langIndex]!.includes('=') ? argv[langIndex]!.split('=')[1] : argv[langIndex + 1];
  const ctx: CliContext = { ...base, language: resolveLanguage({ flag: langFlag, env: base.env }) };
  const debug = argv.includes('--debug');
  const pt = ctx.language === 'pt-BR';

  const program = buildProgram(ctx);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (isWorkshopError(error)) {
      const text = formatIssue(error.issue, ctx.language);
      ctx.err(`✖ ${text.message}`);
      ctx.err(`  ${pt ? 'Dica' : 'Hint'}: ${text.hint}`);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      ctx.err(`✖ ${formatIssue({ code: 'internal', detail }, ctx.language).message}`);
    }
    if (debug && error instanceof Error && error.stack) ctx.err(error.stack);
    return 1;
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
