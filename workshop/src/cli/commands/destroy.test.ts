import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

describe('workshop destroy (in-process CLI; stops before any AWS call)', () => {
  it('GIVEN no terminal and no --yes WHEN destroying THEN nothing is deleted: not_confirmed in the learner language, exit 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['destroy', 'workshop/src/infra/test-fixtures/sample-lab', '--lang', 'pt-BR'], {
      out: (t) => out.push(t), err: (t) => err.push(t), isTty: false, env: {}, repoRoot: REPO_ROOT,
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('Nada foi alterado: destroy IteratorAgeWorkshop-sample-lab precisa de confirmação, e não há terminal para perguntar.');
    expect(err.join('\n')).toContain('Dica: Use --yes para confirmar a partir de um script ou de um pipe.');
    expect(out).toEqual([]);
  });
});
