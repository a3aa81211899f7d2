import React, { type ReactNode } from 'react';
import { formatIssue } from '../../../../workshop/src/errors/format-issue.js';
import type { WorkshopIssue } from '../../../../workshop/src/errors/workshop-issue.js';
import { formatMilliseconds } from '../../../../workshop/src/settings/duration.js';
import RunCharts from '../charts/RunCharts';
import type { SiteLocale } from '../charts/human-units';
import { PANEL_TEXTS } from '../LabPanel/texts';
import type { HandlerError } from './lab-protocol';
import type { LabJobAnswer } from './lab-worker-client';
import styles from './workbench.module.css';

export type Status =
  | { readonly kind: 'idle'; readonly note?: string }
  | { readonly kind: 'busy'; readonly command: 'run' | 'check'; readonly fraction: number }
  | { readonly kind: 'answer'; readonly command: 'run' | 'check'; readonly answer: LabJobAnswer };

/** `idle`, `busy`, `passed`, `failed`, `ran`, `issue`, `failed-kit` or `stopped`: what the status region shows (tests read it). */
export function statusName(status: Status): string {
  if (status.kind !== 'answer') return status.kind;
  const { answer } = status;
  if (answer.kind === 'issue') return answer.issue.code === 'internal' ? 'failed-kit' : 'issue';
  if (answer.kind === 'stopped') return 'stopped';
  return answer.value.command === 'check' ? (answer.value.outcome.passed ? 'passed' : 'failed') : 'ran';
}

function IssueView({ issue, locale }: { readonly issue: WorkshopIssue; readonly locale: SiteLocale }): ReactNode {
  const text = formatIssue(issue, locale);
  // The CLI's hints for these name its environment variables; in the browser the limits are fixed.
  const cliOnly = issue.code === 'code_ran_too_long' || issue.code === 'code_out_of_memory' || issue.code === 'code_ended_without_result';
  return (
    <div data-testid="lab-issue" data-code={issue.code}>
      <p><strong>{PANEL_TEXTS[locale].issue}</strong></p>
      <pre className={styles.output}>{text.message}</pre>
      {!cliOnly && <p>{text.hint}</p>}
    </div>
  );
}

function ThrownView({ error, locale }: { readonly error: HandlerError; readonly locale: SiteLocale }): ReactNode {
  return (
    <div data-testid="lab-handler-error">
      <p><strong>{PANEL_TEXTS[locale].handlerThrew}</strong></p>
      <pre className={styles.output}>{[error.message, ...error.frames.map((f) => `    ${f}`)].join('\n')}</pre>
    </div>
  );
}

/**
 * A job's progress while it computes, outside the panel's aria-live region: a labelled <progress> a screen
 * reader can read on demand, and the percentage as text, neither announced at each tick.
 */
export function ProgressView({ status, locale }: { readonly status: Status; readonly locale: SiteLocale }): ReactNode {
  if (status.kind !== 'busy') return null;
  const t = PANEL_TEXTS[locale];
  const percent = Math.floor(status.fraction * 100);
  return (
    <p className={styles.progress} data-testid="lab-progress" data-percent={percent}>
      <progress max={100} value={percent} aria-label={t.progressLabel} /> <span aria-hidden="true">{t.progress(percent)}</span>
    </p>
  );
}

/** What the last Run or Check answered (inside the panel's aria-live region). */
export function StatusView({ status, locale, labId }: { readonly status: Status; readonly locale: SiteLocale; readonly labId: string }): ReactNode {
  const t = PANEL_TEXTS[locale];
  if (status.kind === 'idle') return status.note ? <p>{status.note}</p> : null;
  // The percentage is shown beside this region (ProgressView), so a screen reader hears "Running…" once, then the answer.
  if (status.kind === 'busy') return <p>{status.command === 'run' ? t.running : t.checking}</p>;
  const { answer } = status;
  if (answer.kind === 'stopped') return <p data-testid="lab-stopped">{t.stopped(formatMilliseconds(answer.elapsedMs, locale))}</p>;
  if (answer.kind === 'issue' && answer.issue.code === 'internal') return <div><p><strong>{t.kitFailed}</strong></p><pre className={styles.output}>{answer.issue.detail}</pre></div>;
  if (answer.kind === 'issue') return <IssueView issue={answer.issue} locale={locale} />;
  const took = formatMilliseconds(answer.elapsedMs, locale);
  const { value } = answer;
  if (value.command === 'check') {
    const { outcome } = value;
    return (
      <div data-testid="lab-check-result" data-elapsed-ms={answer.elapsedMs}>
        <p><strong>{outcome.passed ? t.passed : t.failed}</strong> {t.checkedIn(took)}</p>
        <ul className={styles.expectations}>
          {outcome.expectations.map((e) => (
            <li key={e.id} data-expectation={e.id} data-passed={String(e.passed)}>
              <span aria-hidden="true">{e.passed ? '✔' : '✖'} </span>
              <span className={styles.visuallyHidden}>{e.passed ? t.expectationPassed : t.expectationFailed}</span>
              {e.description[locale]}
              <br /><span className={styles.detail}>{e.detail[locale]}</span>
            </li>
          ))}
        </ul>
        {outcome.observations.map((o, i) => <p key={i}>• {o[locale]}</p>)}
        {value.handlerError && <ThrownView error={value.handlerError} locale={locale} />}
      </div>
    );
  }
  return (
    <div data-testid="lab-run-result">
      <p>{t.ranIn(took)}</p>
      <RunCharts name={`lab-${labId}-run`} data={value.chart} locale={locale} {...(value.threshold === undefined ? {} : { threshold: value.threshold })} />
      <pre className={styles.output} data-testid="lab-run-summary">{value.summary.join('\n')}</pre>
      {value.redrive && <pre className={styles.output} data-testid="lab-run-redrive">{value.redrive.join('\n')}</pre>}
      {value.handlerError && <ThrownView error={value.handlerError} locale={locale} />}
    </div>
  );
}
