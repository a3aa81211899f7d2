import { WorkshopError } from '../errors/workshop-error.js';
import type { LoadOptions, LoadStats } from '../load/load-generator.js';
import { formatSummary } from '../load/load-report.js';
import type { CliContext } from './cli-context.js';
import { startLoadProgress } from './load-progress.js';

/** What a watched load needs from the caller: the items to write, and how to start the writing. */
export interface WatchedLoad {
  readonly items: number;
  readonly start: (control: Pick<LoadOptions, 'signal' | 'onProgress'>) => Promise<LoadStats>;
}

/**
 * Runs a load the way the CLI shows one (`load`, and `run --target aws`): progress while it writes,
 * Ctrl-C stops new writes (calls in flight finish and count), then the summary.
 * @throws WorkshopError `load_incomplete` when anything was not written, so the exit code is ≠ 0.
 */
export async function runWatchedLoad(ctx: CliContext, load: WatchedLoad): Promise<LoadStats> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const progress = startLoadProgress(ctx, load.items);
    const stats = await load.start({ signal: controller.signal, onProgress: progress.update });
    progress.stop(stats);
    ctx.out(formatSummary(stats, ctx.language, controller.signal.aborted));
    if (stats.written < stats.requested) {
      throw new WorkshopError({
        code: 'load_incomplete',
        requested: stats.requested,
        failed: stats.failed,
        notSent: stats.notSent,
        ...(stats.firstError === undefined ? {} : { firstError: stats.firstError }),
      });
    }
    return stats;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
