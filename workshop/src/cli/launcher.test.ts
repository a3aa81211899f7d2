// bin/workshop.js, the real launcher, both ways it can start the kit: from the compiled bundle (what every start
// uses once the bundle is built) and from the TypeScript sources through tsx (its fallback, forced here with
// WORKSHOP_KIT_FROM_SOURCE). Same bytes out, same exit code: the bundle changes how fast the CLI starts, nothing else.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshKit } from '../../bin/kit-bundle.js';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const LAUNCHER = fileURLToPath(new URL('../../bin/workshop.js', import.meta.url));

function start(args: readonly string[], fromSource: boolean): { readonly status: number | null; readonly stdout: string; readonly stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'pt_BR.UTF-8' };
  delete env.WORKSHOP_KIT_FROM_SOURCE;
  const run = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: REPO, encoding: 'utf8', timeout: 50_000, env: fromSource ? { ...env, WORKSHOP_KIT_FROM_SOURCE: '1' } : env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bin/workshop.js: the compiled kit and its fallback (the sources through tsx) answer alike', () => {
  it.each([
    [['--help']],
    [['list']],
    [['hint', '04', '--lang', 'en']],
    [['check', '99']], // refused before any job: exit 1, the message in pt-BR
  ])('GIVEN `workshop %j` WHEN started from the bundle and from the sources THEN the same output and exit code', (args) => {
    const compiled = start(args, false);
    // That start ran the bundle: it left a fresh one (it builds one when there is none).
    expect(freshKit({ repoRoot: REPO })).toBeDefined();
    expect(compiled.stdout.length + compiled.stderr.length).toBeGreaterThan(0);
    expect(start(args, true)).toEqual(compiled);
  });
});
