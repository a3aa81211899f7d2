import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../../workshop/src/engine/scenario.js';
import type { WorkshopIssue } from '../../../../workshop/src/errors/workshop-issue.js';
import type { ChartData } from '../charts/chart-data';
import type { RunReply, RunRequest } from './simulation-protocol';

export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly fraction: number; readonly previous?: ChartData }
  | { readonly status: 'done'; readonly data: ChartData; readonly elapsedMs: number }
  | { readonly status: 'issue'; readonly issue: WorkshopIssue }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Runs `scenario` on the engine in a Web Worker, `debounceMs` after it last changed. A newer scenario
 * cancels a run still in progress (the worker is replaced), so the newest settings always win.
 */
export function useSimulation(scenario: Scenario | undefined, debounceMs = 250): RunState {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const runId = useRef(0);
  const lastData = useRef<ChartData | undefined>(undefined);
  const key = scenario ? JSON.stringify(scenario) : '';

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!scenario) return undefined;
    const id = ++runId.current;
    const onReply = (reply: RunReply): void => {
      if (reply.runId !== runId.current) return;
      if (reply.type === 'progress') {
        setState({ status: 'running', fraction: reply.fraction, previous: lastData.current });
        return;
      }
      busy.current = false;
      if (reply.type === 'done') {
        lastData.current = reply.data;
        setState({ status: 'done', data: reply.data, elapsedMs: reply.elapsedMs });
      } else if (reply.type === 'issue') setState({ status: 'issue', issue: reply.issue });
      else setState({ status: 'failed', message: reply.message });
    };
    const timer = setTimeout(() => {
      setState({ status: 'running', fraction: 0, previous: lastData.current });
      const request: RunRequest = { runId: id, scenario };
      if (typeof Worker === 'undefined') {
        void import('./run-scenario').then(({ runScenario }) => runScenario(request, onReply));
        return;
      }
      if (busy.current && worker.current) {
        worker.current.terminate();
        worker.current = null;
      }
      if (!worker.current) {
        worker.current = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
      }
      worker.current.onmessage = (event: MessageEvent<RunReply>) => onReply(event.data);
      worker.current.onerror = (event: ErrorEvent) => {
        busy.current = false;
        setState({ status: 'failed', message: event.message || 'worker error' });
      };
      busy.current = true;
      worker.current.postMessage(request);
    }, debounceMs);
    return () => clearTimeout(timer);
    // `key` stands for `scenario`: a new object with the same settings does not start a new run.
  }, [key, debounceMs]);

  return state;
}
