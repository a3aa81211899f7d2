import { Presets, SingleBar } from 'cli-progress';
import type { CliContext } from '../cli-context.js';
import { say } from '../cli-context.js';

/** Shown only on a terminal, and only once a run has taken this long (ms of wall time). */
const SHOW_AFTER_MS = 1_000;

export interface RunProgress {
  /** Share of simulated time done, 0–1. */
  readonly update: (fractionDone: number) => void;
  readonly stop: () => void;
}

/**
 * A progress bar on stderr for long simulations: appears after a second on a TTY, never otherwise (so
 * `--json` output and tests stay clean). Wall-clock time is read here, in the CLI, never in the engine.
 */
export function createRunProgress(
  ctx: Pick<CliContext, 'isTty' | 'language'>,
  options: { readonly now?: () => number; readonly stream?: NodeJS.WritableStream } = {},
): RunProgress {
  const now = options.now ?? (() => performance.now());
  const stream = options.stream ?? process.stderr;
  const startedAt = now();
  let bar: SingleBar | undefined;
  return {
    update(fractionDone) {
      if (!ctx.isTty) return;
      const percent = Math.round(Math.min(1, Math.max(0, fractionDone)) * 100);
      if (bar === undefined) {
        if (now() - startedAt < SHOW_AFTER_MS) return;
        const label = say(ctx, { en: 'Simulating', 'pt-BR': 'Simulando' });
        bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | ETA {eta_formatted}`, stream, clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
        bar.start(100, percent);
      } else {
        bar.update(percent);
      }
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
