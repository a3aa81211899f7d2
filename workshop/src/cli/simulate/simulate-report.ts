import { minuteOfPeriod } from '../../engine/simulate.js';
import type { Scenario } from '../../engine/scenario.js';
import type { OnFailureRecord } from '../../engine/on-failure-record.js';
import type { SimulationResult } from '../../engine/simulation-result.js';
import type { ExecutionReport } from '../../engine/handler/calibrated-runner.js';
import { describeExecution } from './execution-report.js';
import type { Language } from '../../i18n/language.js';
import { renderLineChart } from '../../observe/terminal-chart.js';
import type { ConsumerSettings } from '../../settings/consumer-settings.js';
import { formatMilliseconds } from '../../settings/duration.js';

/** The one object `simulate --json` prints: documented in issue #3, checked byte for byte by a golden file. */
export interface SimulateJson {
  readonly minutes: readonly {
    readonly t: number;
    readonly iteratorAgeMaxMs: number | null;
    readonly iteratorAgeAvgMs: number | null;
    readonly invocations: number;
    readonly errors: number;
    readonly throttles: number;
    readonly backlog: number;
    readonly processed: number;
    readonly lost: number;
  }[];
  readonly totals: { readonly written: number; readonly processed: number; readonly lost: number; readonly onFailure: number; readonly inStream: number };
  /** Alarm state changes, when the scenario has an alarm: the minute its period starts, and the new state. */
  readonly alarm?: readonly { readonly minute: number; readonly state: string }[];
  /** The first 100 records the on-failure destination received, in AWS's JSON layout (empty without a destination). */
  readonly onFailureRecords: readonly OnFailureRecord[];
  /** With a lab's handler: 'exact' (every invocation ran it) or 'fast-forward' (calibrated replays). */
  readonly mode?: ExecutionReport['mode'];
  readonly invocations?: ExecutionReport['invocations'];
  /** When fast-forward's premise broke and the rest of the run went exact. */
  readonly fallback?: ExecutionReport['fallback'];
}

export function toSimulateJson(result: SimulationResult, scenario: Pick<Scenario, 'alarm'>): SimulateJson {
  const { written, processed, lost, onFailure, inStream } = result.totals;
  return {
    minutes: result.minutes.map((m) => ({
      t: m.t,
      iteratorAgeMaxMs: m.iteratorAgeMaxMs,
      iteratorAgeAvgMs: m.iteratorAgeAvgMs,
      invocations: m.invocations,
      errors: m.errors,
      throttles: m.throttles,
      backlog: m.backlog,
      processed: m.processed,
      lost: m.lost,
    })),
    totals: { written, processed, lost, onFailure, inStream },
    ...(result.alarm && scenario.alarm
      ? { alarm: result.alarm.map((c) => ({ minute: minuteOfPeriod(scenario.alarm!, c.periodIndex), state: c.state })) }
      : {}),
    onFailureRecords: result.onFailureRecords,
    ...(result.execution
      ? { mode: result.execution.mode, invocations: result.execution.invocations, ...(result.execution.fallback ? { fallback: result.execution.fallback } : {}) }
      : {}),
  };
}

/** The human report: what the run was, what happened (ground truth beside CloudWatch's view), and the chart. */
export function formatSimulateReport(result: SimulationResult, scenario: Scenario, language: Language, describe: string): string {
  const pt = language === 'pt-BR';
  const n = (value: number) => Math.round(value).toLocaleString(pt ? 'pt-BR' : 'en-US');
  const t = result.totals;
  const sum = (pick: (m: SimulationResult['minutes'][number]) => number) => result.minutes.reduce((total, m) => total + pick(m), 0);
  let peak: { value: number; minute: number } | undefined;
  for (const m of result.minutes) if (m.iteratorAgeMaxMs !== null && (peak === undefined || m.iteratorAgeMaxMs > peak.value)) peak = { value: m.iteratorAgeMaxMs, minute: m.t };

  const lines = [
    describe,
    '',
    `${pt ? 'Escritos na tabela      ' : 'Written to the table    '} ${n(t.written)}`,
    `${pt ? 'Processados             ' : 'Processed               '} ${n(t.processed)}`,
    `${pt ? 'Ainda no stream (fila)  ' : 'Still in the stream     '} ${n(t.inStream)}`,
    `${pt ? 'Perdidos (retenção 24 h)' : 'Lost (24 h retention)   '} ${n(t.lost)}`,
    `${pt ? 'Enviados ao on-failure  ' : 'Sent to on-failure      '} ${n(t.onFailure)}`,
    `${pt ? 'Invocações              ' : 'Invocations             '} ${n(sum((m) => m.invocations))} (${pt ? 'erros' : 'errors'} ${n(sum((m) => m.errors))}, throttles ${n(sum((m) => m.throttles))})`,
    peak
      ? `${pt ? 'Pico de IteratorAge     ' : 'IteratorAge peak        '} ${formatMilliseconds(peak.value, language)} (${pt ? 'minuto' : 'minute'} ${peak.minute})`
      : `${pt ? 'Pico de IteratorAge     ' : 'IteratorAge peak        '} ${pt ? 'sem dados (nenhuma invocação)' : 'no data (no invocations)'}`,
  ];
  if (result.resultsTable) {
    const { itemsWritten, itemsHandedBack } = result.resultsTable;
    const handedBack = itemsHandedBack > 0 ? (pt ? ` (${n(itemsHandedBack)} devolvidos sem processar e gravados de novo ou perdidos)` : ` (${n(itemsHandedBack)} handed back unprocessed, then rewritten or given up)`) : '';
    lines.splice(lines.length - 1, 0, `${pt ? 'Gravados nos resultados ' : 'Results written         '} ${n(itemsWritten)}${handedBack}`);
  }
  if (result.execution) lines.push(...describeExecution(result.execution, language));
  if (t.lost > 0) {
    lines.push(pt
      ? `⚠ ${n(t.lost)} registros passaram de 24 h no stream sem serem lidos e foram descartados: o consumidor nunca os verá.`
      : `⚠ ${n(t.lost)} records stayed in the stream past 24 h unread and were trimmed: the consumer will never see them.`);
  }
  if (scenario.alarm && result.alarm) {
    const changes = result.alarm.map((c) => `${c.state} ${pt ? 'no minuto' : 'at minute'} ${minuteOfPeriod(scenario.alarm!, c.periodIndex)}`);
    const fired = result.alarm.find((c) => c.state === 'ALARM');
    lines.push(`${pt ? 'Alarme                  ' : 'Alarm                   '} ${fired
      ? (pt ? `disparou no minuto ${minuteOfPeriod(scenario.alarm, fired.periodIndex)}` : `fired at minute ${minuteOfPeriod(scenario.alarm, fired.periodIndex)}`)
      : (pt ? 'não disparou' : 'never fired')} — ${changes.join(' → ')}`);
  }
  lines.push('', renderLineChart(result.minutes.map((m) => m.iteratorAgeMaxMs), {
    unit: 'ms',
    stretch: true,
    language,
    title: pt ? 'IteratorAge (Máximo por minuto)' : 'IteratorAge (Maximum per minute)',
    ...(scenario.alarm ? { threshold: scenario.alarm.threshold } : {}),
  }));
  return lines.join('\n');
}

/** One line saying what was simulated, e.g. "Simulated 1 h · constant 200 items/s · 1 shard · … · cost model 5 ms + 20 ms/record". */
export function describeScenario(scenario: Scenario, settings: ConsumerSettings, language: Language, handlerName?: string): string {
  const pt = language === 'pt-BR';
  const n = (value: number) => value.toLocaleString(pt ? 'pt-BR' : 'en-US', { maximumFractionDigits: 2 });
  const perSecond = pt ? 'itens/s' : 'items/s';
  const p = scenario.load.profile;
  const profile =
    p.kind === 'constant' ? `${pt ? 'constante' : 'constant'} ${n(p.ratePerSecond)} ${perSecond}`
      : p.kind === 'steps' ? `${pt ? 'degraus' : 'steps'} ${p.steps.map((s) => n(s.ratePerSecond)).join(' → ')} ${perSecond}`
        : p.kind === 'ramp' ? `${pt ? 'rampa' : 'ramp'} ${n(p.fromPerSecond)} → ${n(p.toPerSecond)} ${perSecond}`
          : `${pt ? 'diário' : 'daily'} ${n(p.basePerSecond)} → ${n(p.peakPerSecond)} ${perSecond} (${pt ? 'pico às' : 'peak at'} ${p.peakHour}h)`;
  const shards = scenario.shards ?? 1;
  const fn = scenario.function;
  const model = fn.kind === 'cost'
    ? `${pt ? 'modelo de custo' : 'cost model'} ${n(fn.fixedMs)} ms + ${n(fn.perRecordMs)} ms/${pt ? 'registro' : 'record'}`
    : `handler ${handlerName ?? ''}`.trim();
  const horizon = scenario.horizonSeconds;
  const writes = scenario.load.duration.seconds;
  return [
    `${pt ? 'Simulado' : 'Simulated'} ${formatMilliseconds((horizon ?? writes) * 1000, language)}${horizon !== undefined && horizon !== writes
      ? (pt ? ` (escritas nos primeiros ${formatMilliseconds(writes * 1000, language)})` : ` (writes during the first ${formatMilliseconds(writes * 1000, language)})`)
      : ''}`,
    profile,
    `${n(shards)} ${shards === 1 ? 'shard' : 'shards'}`,
    `${n(scenario.load.keys)} ${pt ? 'chaves' : 'keys'}`,
    `BatchSize ${n(settings.batchSize)}`,
    `ParallelizationFactor ${settings.parallelizationFactor}`,
    `${pt ? 'janela' : 'window'} ${n(settings.maxBatchingWindow.seconds)} s`,
    model,
  ].join(' · ');
}
