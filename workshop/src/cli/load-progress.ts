import cliProgress from 'cli-progress';
import type { LoadStats } from '../load/load-generator.js';
import { etaMs, formatProgress } from '../load/load-report.js';
import { formatMilliseconds } from '../settings/duration.js';
import { say, type CliContext } from './cli-context.js';

/** How often the plain (non-terminal) progress line is printed. */
export const PLAIN_PROGRESS_EVERY_MS = 5_000;

export interface LoadProgress {
  readonly update: (stats: LoadStats) => void;
  readonly stop: (stats: LoadStats) => void;
}

/**
 * Shows a run's progress: a cli-progress bar (rate, written, retried, ETA) on a terminal, otherwise a
 * plain line every few seconds so logs and CI stay readable.
 */
export function startLoadProgress(ctx: CliContext, total: number): LoadProgress {
  if (!ctx.isTty) return plainProgress(ctx);
  const format = say(ctx, {
    en: '{bar} {percentage}% | {value}/{total} written | {rate} items/s | retried {retried} | failed {failed} | ETA {etaText}',
    'pt-BR': '{bar} {percentage}% | {value}/{total} gravados | {rate} itens/s | reenviados {retried} | falhas {failed} | faltam {etaText}',
  });
  const bar = new cliProgress.SingleBar({ format, stream: process.stdout, hideCursor: true, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
  const payload = (s: LoadStats) => {
    const eta = etaMs(s);
    const rate = s.achievedRate.toLocaleString(ctx.language === 'pt-BR' ? 'pt-BR' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return { rate, retried: s.retried, failed: s.failed, etaText: eta === undefined ? '…' : formatMilliseconds(eta, ctx.language) };
  };
  bar.start(total, 0, { rate: '0', retried: 0, failed: 0, etaText: '…' });
  return {
    update: (s) => bar.update(s.written, payload(s)),
    stop: (s) => {
      bar.update(s.written, payload(s));
      bar.stop();
    },
  };
}

function plainProgress(ctx: CliContext): LoadProgress {
  let lastPrinted = Date.now();
  return {
    update: (stats) => {
      const now = Date.now();
      if (now - lastPrinted < PLAIN_PROGRESS_EVERY_MS) return;
      lastPrinted = now;
      ctx.out(formatProgress(stats, ctx.language));
    },
    stop: () => undefined,
  };
}
