import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';

/** One `npx workshop …` (or `npm run workshop -- …`) written in a page, with where it was found. */
export interface DocumentedCommand {
  readonly file: string;
  readonly line: number;
  readonly tokens: readonly string[];
}

const INVOCATION = /(?:npx workshop|npm run workshop --)(?=\s|$|`)/g;

/** Every workshop command line in the given Markdown files: code-block lines and inline code alike. */
export function findDocumentedCommands(files: readonly string[], root: string): DocumentedCommand[] {
  const found: DocumentedCommand[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((text, index) => {
      for (const match of text.matchAll(INVOCATION)) {
        // The command ends at the end of inline code, a shell comment, a pipe, or the end of the line.
        const rest = text.slice(match.index + match[0].length).split(/`|\s#|\||&&/)[0] ?? '';
        found.push({ file: path.relative(root, file), line: index + 1, tokens: rest.trim().split(/\s+/).filter(Boolean) });
      }
    });
  }
  return found;
}

/**
 * What is wrong with a documented command, checked against the real CLI program: the command must exist,
 * every `--option` must be one of its own or a global one, and a lab folder it names must exist.
 * Placeholders (`<source-table>`, `NN`, `labs/NN-...`) are accepted as values.
 */
export function problemsOf(command: DocumentedCommand, program: Command, repoRoot: string): string[] {
  const where = `${command.file}:${command.line}: npx workshop ${command.tokens.join(' ')}`;
  const [name, ...args] = command.tokens;
  const globalFlags = new Set(program.options.flatMap((o) => [o.long, o.short]).filter(Boolean).concat(['--help', '-h']));
  if (name === undefined || name.startsWith('-')) {
    return args.concat(name ?? []).filter((a) => a.startsWith('-') && !globalFlags.has(a.split('=')[0]!)).map((a) => `${where}: unknown option ${a}`);
  }
  if (name === 'help' || name.startsWith('<')) return []; // `help`, or a placeholder such as <command>
  const sub = program.commands.find((c) => c.name() === name);
  if (!sub) return [`${where}: no command "${name}"`];
  const options = [...sub.options, ...program.options];
  const problems: string[] = [];
  let expectsValue = false;
  for (const arg of args) {
    if (expectsValue) {
      expectsValue = false; // an option's value, e.g. the 20 of --rate 20
      continue;
    }
    if (arg.startsWith('-')) {
      const flag = arg.split('=')[0]!;
      const option = options.find((o) => o.long === flag || o.short === flag);
      if (!option && !globalFlags.has(flag)) problems.push(`${where}: "${name}" has no option ${flag}`);
      expectsValue = Boolean(option && (option.required || option.optional) && !arg.includes('='));
    } else if (/^(labs|solutions)\/\d\d-[a-z0-9-]+$/.test(arg) && !existsSync(path.join(repoRoot, arg))) {
      problems.push(`${where}: no folder ${arg}`);
    } else if (/^\d\d?$/.test(arg) && !readdirSync(path.join(repoRoot, 'labs')).some((d) => d.startsWith(`${arg.padStart(2, '0')}-`))) {
      problems.push(`${where}: no lab ${arg}`);
    }
  }
  return problems;
}

/** Markdown files under `dir`, recursively (node_modules and build output skipped). */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'node_modules' || entry === 'build' ? [] : markdownFiles(full);
    return /\.mdx?$/.test(entry) ? [full] : [];
  });
}
