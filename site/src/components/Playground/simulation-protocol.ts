import type { Scenario } from '../../../../workshop/src/engine/scenario.js';
import type { WorkshopIssue } from '../../../../workshop/src/errors/workshop-issue.js';
import type { ChartData } from '../charts/chart-data';

/** Messages between the playground and its Web Worker. */
export interface RunRequest {
  readonly runId: number;
  readonly scenario: Scenario;
}

export type RunReply =
  | { readonly runId: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly runId: number; readonly type: 'done'; readonly data: ChartData; readonly elapsedMs: number }
  /** The engine refused the scenario: show the kit's words for it. */
  | { readonly runId: number; readonly type: 'issue'; readonly issue: WorkshopIssue }
  | { readonly runId: number; readonly type: 'failed'; readonly message: string };
