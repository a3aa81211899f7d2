import { formatMilliseconds } from '../settings/duration.js';
import { say, type CliContext } from './cli-context.js';
import type { RunProgress } from './simulate/progress-bar.js';

/** A run expected to take longer than this (wall time) says so, with its expected length. */
export const ANNOUNCE_ABOVE_MS = 10_000;
/** Measured for this long before the expected length is computed. */
const CALIBRATE_MS = 1_000;
/** Without a terminal on stderr, one plain progress line this often. */
const PLAIN_EVERY_MS = 10_000;

/**
 * Progress of a long local run (`simulate`, `run`), always on stderr so `--json` stays clean on stdout: a bar
 * when stderr is a terminal (also with `--json | jq`), plain lines otherwise. After a second it states the
 * run's expected wall time once, if that is long, so a legal but huge run never looks hung. Wall-clock time
 * is read here, never in the engine. `bar` is the terminal bar to drive (createRunProgress).
 */
export function createLongRunProgress(
  ctx: Pick<CliContext, 'err' | 'language'>,
  bar: RunProgress,
  options: { readonly now?: () => number; readonly interactive: boolean },
): RunProgress {
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  let announced = false;
  let lastPlainAt = startedAt;
  return {
    update(fractionDone) {
      bar.update(fractionDone);
      const elapsed = now() - startedAt;
      if (fractionDone <= 0 || elapsed < CALIBRATE_MS) return;
      const remaining = (elapsed / Math.min(1, fractionDone)) * (1 - Math.min(1, fractionDone));
      if (!announced) {
        announced = true;
        if (elapsed + remaining > ANNOUNCE_ABOVE_MS) {
          const total = formatMilliseconds(elapsed + remaining, ctx.language);
          ctx.err(say(ctx, { en: `This run will take about ${total} of wall time (Ctrl-C stops it).`, 'pt-BR': `Esta execução vai levar cerca de ${total} de relógio (Ctrl-C interrompe).` }));
        }
      }
      if (!options.interactive && now() - lastPlainAt >= PLAIN_EVERY_MS) {
        lastPlainAt = now();
        const percent = Math.floor(Math.min(1, fractionDone) * 100);
        const left = formatMilliseconds(remaining, ctx.language);
        ctx.err(say(ctx, { en: `… ${percent}% simulated, about ${left} left`, 'pt-BR': `… ${percent}% simulado, faltam cerca de ${left}` }));
      }
    },
    stop() {
      bar.stop();
    },
  };
}
