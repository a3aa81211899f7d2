// The modules the lab checks import only when a check runs: the lab definitions are loaded by `list`, `hint` and
// `--help` too, and must not load the engine with them. One import site per module, here, so a bundler makes
// one chunk of each and the site's lab worker can take every path once when it starts (its warm-up): after that
// no Check fetches anything, and the in-browser panel works offline for every lab. Browser-safe.

export const lazyModules = {
  simulate: () => import('../../engine/simulate.js'),
  alarmEvaluator: () => import('../../engine/alarm-evaluator.js'),
  throttlesSeries: () => import('../../engine/throttles-series.js'),
  throttlesAlarmSettings: () => import('../../settings/throttles-alarm-settings.js'),
  retainedStream: () => import('../../engine/retained-stream.js'),
  redriveLabRun: () => import('./redrive-lab-run.js'),
} as const;

/** Imports every module of {@link lazyModules} (the lab worker's warm-up). */
export function loadEveryLazyModule(): Promise<unknown> {
  return Promise.all(Object.values(lazyModules).map((load) => load()));
}
