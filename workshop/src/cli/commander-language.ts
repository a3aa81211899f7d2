import { Help, type Command } from 'commander';
import type { Language } from '../i18n/language.js';

/** Commander writes its own help headings and parse errors in English; these are their Portuguese words. */
const TITLES_PT: Readonly<Record<string, string>> = {
  'Usage:': 'Uso:',
  'Arguments:': 'Argumentos:',
  'Options:': 'Opções:',
  'Commands:': 'Comandos:',
  'Global Options:': 'Opções globais:',
};

/** The value placeholders of the options (`--table <name>`), in Portuguese. */
const PLACEHOLDERS_PT: Readonly<Record<string, string>> = {
  name: 'nome', time: 'tempo', 'items/s': 'itens/s', 'items-per-second': 'itens-por-segundo', count: 'quantidade', dir: 'pasta',
  duration: 'duração', factor: 'fator', folder: 'pasta', language: 'idioma', number: 'número', records: 'registros', region: 'região',
  shape: 'formato', share: 'fração', target: 'alvo', address: 'endereço', usd: 'dólares', command: 'comando',
};

/** `--table <name>` → `--table <nome>`; placeholders without a Portuguese word (`<lab>`, `<ms>`, `<url>`) stay. */
export function placeholdersPt(flags: string): string {
  return flags.replace(/<([^>]+)>/g, (whole, word: string) => (PLACEHOLDERS_PT[word] ? `<${PLACEHOLDERS_PT[word]}>` : whole));
}

const ERRORS_PT: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^error: unknown option '([^']+)'/, (flag) => `erro: opção desconhecida '${flag}'`],
  [/^error: unknown command '([^']+)'/, (name) => `erro: comando desconhecido '${name}'`],
  [/^error: missing required argument '([^']+)'/, (name) => `erro: falta o argumento obrigatório '${name}'`],
  [/^error: option '([^']+)' argument missing/, (flags) => `erro: falta o valor da opção '${placeholdersPt(flags)}'`],
  [/^error: required option '([^']+)' not specified/, (flags) => `erro: a opção obrigatória '${placeholdersPt(flags)}' não foi informada`],
  [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (name, expected, got) => `erro: argumentos demais${name ? ` para '${name}'` : ''}: esperava ${expected}, recebeu ${got}.`],
  [/\(Did you mean ([^?]+)\?\)/, (suggestion) => `(Você quis dizer ${suggestion}?)`],
];

/**
 * Makes commander speak the learner's language: help headings and the help option/command. Call it on the
 * program before registering subcommands (they inherit these settings when created).
 */
export function localizeCommander(program: Command, language: Language): Command {
  if (language !== 'pt-BR') return program.helpCommand(true);
  return program
    .configureHelp({
      styleTitle: (title) => TITLES_PT[title] ?? title,
      commandUsage: (command) => new Help().commandUsage(command).replace('[options]', '[opções]').replace('[command]', '[comando]'),
      subcommandTerm: (command) => new Help().subcommandTerm(command).replace('[options]', '[opções]'),
      optionTerm: (option) => placeholdersPt(option.flags),
    })
    .helpOption('-h, --help', 'mostra a ajuda do comando')
    .helpCommand('help [comando]', 'mostra a ajuda de um comando');
}

/** A commander parse error in the learner's language (the text is unchanged in English). */
export function translateCommanderError(text: string, language: Language): string {
  if (language !== 'pt-BR') return text;
  return ERRORS_PT.reduce((out, [pattern, words]) => out.replace(pattern, (_, ...groups: string[]) => words(...groups)), text);
}
