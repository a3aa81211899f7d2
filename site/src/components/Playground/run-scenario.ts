import { simulate } from '../../../../workshop/src/engine/simulate.js';
import { isWorkshopError } from '../../../../workshop/src/errors/workshop-error.js';
import { toChartData } from '../charts/chart-data';
import type { RunReply, RunRequest } from './simulation-protocol';

/** Runs one playground request on the engine (in the worker, or on the page when workers are unavailable). */
export async function runScenario(request: RunRequest, reply: (message: RunReply) => void): Promise<void> {
  const { runId, scenario } = request;
  const started = performance.now();
  let lastReported = -1;
  try {
    const result = await simulate(scenario, {
      onProgress: (fraction) => {
        if (fraction - lastReported >= 0.05) {
          lastReported = fraction;
          reply({ runId, type: 'progress', fraction });
        }
      },
    });
    reply({ runId, type: 'done', data: toChartData(result, scenario.alarm), elapsedMs: performance.now() - started });
  } catch (error) {
    if (isWorkshopError(error)) reply({ runId, type: 'issue', issue: error.issue });
    else reply({ runId, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
