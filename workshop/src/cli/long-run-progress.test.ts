import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLongRunProgress } from './long-run-progress.js';
import { RESTORE_SEQUENCE, restoreTerminal } from './terminal-restore.js';

/** A fake clock and a bar that records what it was told. */
function harness(options: { readonly interactive: boolean; readonly plain?: boolean }, language: 'en' | 'pt-BR' = 'en') {
  let now = 0;
  const err: string[] = [];
  const bar: number[] = [];
  const progress = createLongRunProgress({ err: (t) => err.push(t), language }, { update: (f) => bar.push(f), stop: () => bar.push(-1) }, { now: () => now, ...options });
  const at = (ms: number, fraction: number) => {
    now = ms;
    progress.update(fraction);
  };
  return { progress, err, bar, at };
}

describe('createLongRunProgress (fake clock: no timing)', () => {
  it('GIVEN a terminal, a slow start-up, then 5% per second WHEN updated THEN it states the 18.8 s left once (measured from the first progress), and drives the bar', () => {
    const h = harness({ interactive: true });
    h.at(3_000, 0); // the worker is still starting: not counted
    h.at(3_500, 0.01);
    h.at(4_000, 0.03); // half a second: still measuring
    h.at(4_500, 0.06);
    h.at(5_500, 0.11);
    expect(h.err).toEqual(['This run will take about 18.8 s more of wall time (Ctrl-C stops it).']);
    h.progress.stop();
    expect(h.bar).toEqual([0, 0.01, 0.03, 0.06, 0.11, -1]);
  });

  it('GIVEN a run with about 2 s left THEN nothing is announced', () => {
    const h = harness({ interactive: true });
    h.at(0, 0.1);
    h.at(1_000, 0.4);
    expect(h.err).toEqual([]);
  });

  it('GIVEN no terminal on stderr (tests, pipes) THEN nothing is added, whatever the length', () => {
    const h = harness({ interactive: false });
    h.at(0, 0.001);
    h.at(60_000, 0.01);
    expect(h.err).toEqual([]);
    expect(h.bar).toEqual([0.001, 0.01]);
  });

  it('GIVEN no terminal but WORKSHOP_PROGRESS=plain THEN the notice, then a plain line every 10 s, in the learner language', () => {
    const h = harness({ interactive: false, plain: true }, 'pt-BR');
    h.at(0, 0.01);
    h.at(1_000, 0.02);
    h.at(5_000, 0.06);
    h.at(12_000, 0.13);
    expect(h.err).toEqual(['Esta execução ainda vai levar cerca de 1,6 min de relógio (Ctrl-C interrompe).', '… 13% simulado, faltam cerca de 1,4 min']);
  });
});

describe('restoreTerminal', () => {
  it('GIVEN a terminal and a pipe THEN the cursor and line wrap come back on the terminal only', () => {
    const written: string[] = [];
    const terminal = { isTTY: true, write: (s: string) => written.push(`tty:${s}`) };
    const pipe = Object.assign(new PassThrough(), { isTTY: false });
    restoreTerminal([terminal, pipe]);
    expect(written).toEqual([`tty:${RESTORE_SEQUENCE}`]);
    expect(pipe.read()).toBeNull();
    expect(RESTORE_SEQUENCE).toBe('\x1b[?25h\x1b[?7h');
  });
});
