import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLongRunProgress } from './long-run-progress.js';
import { RESTORE_SEQUENCE, restoreTerminal } from './terminal-restore.js';

/** A fake clock and a bar that records what it was told. */
function harness(interactive: boolean, language: 'en' | 'pt-BR' = 'en') {
  let now = 0;
  const err: string[] = [];
  const bar: number[] = [];
  const progress = createLongRunProgress({ err: (t) => err.push(t), language }, { update: (f) => bar.push(f), stop: () => bar.push(-1) }, { now: () => now, interactive });
  return { progress, err, bar, at: (ms: number) => (now = ms) };
}

describe('createLongRunProgress (fake clock: no timing)', () => {
  it('GIVEN 5% done after 1 s WHEN updated THEN it states the expected 20 s once, and drives the bar', () => {
    const h = harness(true);
    h.at(500);
    h.progress.update(0.02);
    expect(h.err).toEqual([]); // still calibrating
    h.at(1_000);
    h.progress.update(0.05);
    h.at(2_000);
    h.progress.update(0.1);
    expect(h.err).toEqual(['This run will take about 20 s of wall time (Ctrl-C stops it).']);
    h.progress.stop();
    expect(h.bar).toEqual([0.02, 0.05, 0.1, -1]);
  });

  it('GIVEN a run expected to take 2 s THEN nothing is announced', () => {
    const h = harness(true);
    h.at(1_000);
    h.progress.update(0.5);
    expect(h.err).toEqual([]);
  });

  it('GIVEN no terminal on stderr (--json > file in CI) THEN a plain progress line every 10 s, in the learner language', () => {
    const h = harness(false, 'pt-BR');
    h.at(1_000);
    h.progress.update(0.01);
    h.at(10_000);
    h.progress.update(0.05);
    h.at(15_000);
    h.progress.update(0.07);
    expect(h.err).toEqual(['Esta execução vai levar cerca de 1,7 min de relógio (Ctrl-C interrompe).', '… 5% simulado, faltam cerca de 3,2 min']);
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
