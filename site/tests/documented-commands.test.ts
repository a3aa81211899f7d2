// Docs must not drift from the CLI: every `npx workshop …` written in the site (both locales), the README
// and the labs' READMEs is checked against the real program — its command, options and lab folders.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../workshop/src/cli/run-cli.js';
import { findDocumentedCommands, markdownFiles, problemsOf, type DocumentedCommand } from './support/documented-commands';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const program = buildProgram({ language: 'en', out: () => undefined, err: () => undefined, isTty: false, env: {}, repoRoot });

const sources = [
  ...markdownFiles(path.join(repoRoot, 'site/docs')),
  ...markdownFiles(path.join(repoRoot, 'site/i18n/en/docusaurus-plugin-content-docs/current')),
  path.join(repoRoot, 'README.md'),
  ...markdownFiles(path.join(repoRoot, 'labs')),
  ...markdownFiles(path.join(repoRoot, 'solutions')),
];

const documented = (file: string, text: string): DocumentedCommand => ({ file, line: 1, tokens: text.split(' ') });

describe('the commands the docs tell learners to type (real CLI program)', () => {
  it('GIVEN the site, README and lab READMEs WHEN scanned THEN they show many workshop commands', () => {
    expect(findDocumentedCommands(sources, repoRoot).length).toBeGreaterThan(50);
  });

  it('GIVEN every documented command WHEN checked against the CLI THEN each command, option and lab folder exists', () => {
    const problems = findDocumentedCommands(sources, repoRoot).flatMap((c) => problemsOf(c, program, repoRoot));
    expect(problems).toEqual([]);
  });

  it.each([
    ['load --table t --rte 200', '"load" has no option --rte'],
    ['chek 03', 'no command "chek"'],
    ['deploy labs/09-nothing', 'no folder labs/09-nothing'],
    ['run 42', 'no lab 42'],
  ])('GIVEN the mistyped "%s" WHEN checked THEN it is reported (%s)', (text, problem) => {
    expect(problemsOf(documented('page.mdx', text), program, repoRoot).join('\n')).toContain(problem);
  });

  it('GIVEN placeholders and global options WHEN checked THEN they pass', () => {
    for (const text of ['load --table <source-table> --rate 200', 'reset NN', 'destroy labs/NN-...', 'run 03 --lang pt-BR', '--help']) {
      expect(problemsOf(documented('page.mdx', text), program, repoRoot), text).toEqual([]);
    }
  });
});
