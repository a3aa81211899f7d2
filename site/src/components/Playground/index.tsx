import React, { type ReactNode, useEffect, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { formatIssue } from '../../../../workshop/src/errors/format-issue.js';
import type { AlarmSettings } from '../../../../workshop/src/settings/alarm-settings.js';
import PRESETS from '@site/src/generated/playground-presets.json';
import RunCharts from '../charts/RunCharts';
import { formatDuration, formatNumber } from '../charts/human-units';
import { useSiteLocale } from '../charts/use-site-locale';
import { buildScenario, DEFAULT_ALARM } from './build-scenario';
import CapacityPanel from './CapacityPanel';
import ParamField from './ParamField';
import { DEFAULT_VALUES, fromQuery, PARAMS, toQuery, toText, type ParamKey, type ParamSpec, type ParamText, type ParamValues } from './playground-params';
import { TEXTS } from './texts';
import { useSimulation } from './use-simulation';
import styles from './playground.module.css';

export interface PlaygroundProps {
  /** Embedded in a lab page: fewer words, no URL updates, a link to the full playground. @default false */
  readonly compact?: boolean;
  /** Start from a lab's settings, e.g. `05-parallelization` (generated from the lab's scenario). */
  readonly preset?: string;
}

interface Preset {
  readonly values: Partial<ParamValues>;
  readonly alarm?: AlarmSettings;
}

const LOAD_KEYS: readonly ParamKey[] = ['rate', 'durationMinutes', 'shards', 'keys', 'hotKeyPercent'];

/** Runs the engine in the browser on the settings of the form; the URL's query string holds them. */
export default function Playground({ compact = false, preset }: PlaygroundProps): ReactNode {
  const locale = useSiteLocale();
  const t = TEXTS[locale];
  const presets = PRESETS as Readonly<Record<string, Preset>>;
  const chosen = preset === undefined ? undefined : presets[preset];
  if (preset !== undefined && !chosen) {
    throw new Error(`Playground: no preset "${preset}". Known presets: ${Object.keys(presets).join(', ') || '(none yet)'}. `
      + 'Presets come from the labs\' scenarios via site/scripts/generate-charts.ts.');
  }
  const initial = useMemo(() => toText({ ...DEFAULT_VALUES, ...chosen?.values }), [chosen]);
  const [text, setText] = useState<ParamText>(initial);
  const playgroundUrl = useBaseUrl('/playground');

  // The full page reads its settings from the URL once, then keeps the URL in step with the form.
  const [urlRead, setUrlRead] = useState(false);
  useEffect(() => {
    if (compact) return;
    const search = window.location.search;
    setText((current) => fromQuery(search, current));
    setUrlRead(true);
  }, [compact]);
  useEffect(() => {
    if (!compact && urlRead) window.history.replaceState(window.history.state, '', `${window.location.pathname}${toQuery(text)}`);
  }, [compact, urlRead, text]);

  const outcome = useMemo(() => buildScenario(text, chosen?.alarm ?? DEFAULT_ALARM), [text, chosen]);
  const run = useSimulation(outcome.ok ? outcome.scenario : undefined);
  const set = (key: ParamKey, value: string): void => setText((current) => ({ ...current, [key]: value }));
  const field = (p: ParamSpec): ReactNode => <ParamField key={p.key} spec={p} text={text[p.key]} locale={locale} onChange={set} />;

  const shown = run.status === 'done' ? run.data : run.status === 'running' ? run.previous : undefined;
  return (
    <section className={styles.playground} data-testid="playground" aria-label={t.heading}>
      {chosen && preset && <p className={styles.note}>{t.presetNote(preset)}</p>}
      <div className={styles.form}>
        <fieldset className={styles.group}>
          <legend>{t.consumer}</legend>
          <p className={styles.groupNote}>{t.consumerNote}</p>
          {PARAMS.filter((p) => !LOAD_KEYS.includes(p.key)).map(field)}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{t.load}</legend>
          <p className={styles.groupNote}>{t.loadNote}</p>
          {PARAMS.filter((p) => LOAD_KEYS.includes(p.key)).map(field)}
        </fieldset>
      </div>

      <p className={styles.status} role="status" aria-live="polite" data-testid="playground-status" data-status={outcome.ok ? run.status : 'invalid'}>
        {!outcome.ok ? t.invalid
          : run.status === 'running' ? t.running(Math.round(run.fraction * 100))
          : run.status === 'done' ? t.done(formatDuration(run.elapsedMs, locale))
          : run.status === 'failed' ? `${t.failed} ${run.message}` : ''}
      </p>

      {(!outcome.ok || run.status === 'issue') && (
        <ul className={styles.issues} data-testid="playground-issues">
          {(outcome.ok ? (run.status === 'issue' ? [run.issue] : []) : outcome.issues).map((issue, i) => {
            const words = formatIssue(issue, locale);
            return (
              <li key={i}>
                <strong>{words.message}</strong> {words.hint}
              </li>
            );
          })}
        </ul>
      )}

      {outcome.ok && <CapacityPanel values={outcome.values} locale={locale} />}

      {shown && (
        <>
          <div className={styles.facts}>
            <div data-testid="playground-alarm" data-state={shown.summary.alarm?.finalState}>
              <strong>{t.alarmTitle}</strong>{' '}
              <span className={shown.summary.alarm?.finalState === 'ALARM' ? styles.alarm : styles.ok}>
                {t.alarmState(shown.summary.alarm?.finalState ?? 'INSUFFICIENT_DATA')}
              </span>
            </div>
            <div data-testid="playground-lost">
              <strong>{t.lostTitle}</strong> {formatNumber(shown.summary.lost, locale, 0)}
            </div>
          </div>
          <RunCharts name="playground" data={shown} locale={locale} />
        </>
      )}

      {compact ? (
        <Link to={`${playgroundUrl}${toQuery(text)}`}>{t.openFull}</Link>
      ) : (
        <a href={toQuery(text)} data-testid="playground-share">{t.share}</a>
      )}
    </section>
  );
}
