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
 * Progress of a long local run (`simulate`, `run`), always on stderr so `--json` stays clean on stdout. When
 * stderr is a terminal (also with `--json | jq`): the bar, and once the speed is known (a second after the
 * first progress, so the worker's start-up does not count) the run's expected wall time, if it is long, so a
 * legal but huge run never looks hung. Without a terminal nothing is added (logs and tests stay quiet), unless
 * `plain` (WORKSHOP_PROGRESS=plain, e.g. for CI logs): then the same notice and a plain line every 10 s. Wall
 * time is read here, never in the engine. `bar` is the terminal bar to drive (createRunProgress).
 */
export function createLongRunProgress(
  ctx: Pick<CliContext, 'err' | 'language'>,
  bar: RunProgress,
  options: { readonly now?: () => number; readonly interactive: boolean; readonly plain?: boolean },
): RunProgress {
  const now = options.now ?? (() => performance.now());
  const speaks = options.interactive || options.plain === true;
  let first: { readonly at: number; readonly fraction: number } | undefined;
  let announced = false;
  let lastPlainAt = 0;
  return {
    update(fractionDone) {
      bar.update(fractionDone);
      if (!speaks) return;
      const fraction = Math.min(1, Math.max(0, fractionDone));
      const at = now();
      if (first === undefined) {
        if (fraction > 0) first = { at, fraction };
        lastPlainAt = at;
        return;
      }
      const elapsed = at - first.at;
      const done = fraction - first.fraction;
      if (elapsed < CALIBRATE_MS || done <= 0) return;
      const remaining = (elapsed / done) * (1 - fraction);
      if (!announced) {
        announced = true;
        if (remaining > ANNOUNCE_ABOVE_MS) {
          const left = formatMilliseconds(remaining, ctx.language);
          ctx.err(say(ctx, { en: `This run will take about ${left} more of wall time (Ctrl-C stops it).`, 'pt-BR': `Esta execução ainda vai levar cerca de ${left} de relógio (Ctrl-C interrompe).` }));
        }
      }
      if (!options.interactive && at - lastPlainAt >= PLAIN_EVERY_MS) {
        lastPlainAt = at;
        const percent = Math.floor(fraction * 100);
        const left = formatMilliseconds(remaining, ctx.language);
        ctx.err(say(ctx, { en: `… ${percent}% simulated, about ${left} left`, 'pt-BR': `… ${percent}% simulado, faltam cerca de ${left}` }));
      }
    },
    stop() {
      bar.stop();
    },
  };
}
