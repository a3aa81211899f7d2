import { describe, expect, it } from 'vitest';
import { createRunProgress } from './progress-bar.js';

/** A fake terminal stream that keeps what the bar writes. */
function fakeTerminal() {
  const chunks: string[] = [];
  const stream = { isTTY: true, columns: 80, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WritableStream;
  return { stream, text: () => chunks.join('') };
}

describe('createRunProgress', () => {
  it('GIVEN a TTY and a run past one second WHEN progress is reported THEN a bar is drawn in the learner language', () => {
    let clock = 0;
    const terminal = fakeTerminal();
    const progress = createRunProgress({ isTty: true, language: 'pt-BR' }, { now: () => clock, stream: terminal.stream });
    clock = 1_500;
    progress.update(0.42);
    progress.stop();
    expect(terminal.text()).toContain('Simulando');
    expect(terminal.text()).toContain('42%');
  });

  it('GIVEN a TTY and a run under one second WHEN progress is reported THEN nothing is drawn', () => {
    const terminal = fakeTerminal();
    const progress = createRunProgress({ isTty: true, language: 'en' }, { now: () => 0, stream: terminal.stream });
    progress.update(1);
    progress.stop();
    expect(terminal.text()).toBe('');
  });

  it('GIVEN no TTY (a pipe, --json to a file, CI) WHEN a long run reports progress THEN nothing is drawn', () => {
    let clock = 0;
    const terminal = fakeTerminal();
    const progress = createRunProgress({ isTty: false, language: 'en' }, { now: () => clock, stream: terminal.stream });
    clock = 60_000;
    progress.update(0.5);
    progress.stop();
    expect(terminal.text()).toBe('');
  });
});
