// The panel's Run duration: the lab's own, or a whole number of hours in `run NN --hours`'s range (one
// definition, workshop/src/labs/core/run-hours.ts), with the hours the lab's texts suggest first and one
// click each ("Run 26 h"). A lab with a long run (lab 03) writes its load at that rate for all the hours, as the
// CLI does; the note under the row says which, and names the command that computes the same run.
import React, { type ReactNode } from 'react';
import { RUN_HOURS, runHoursChoices } from '../../../../workshop/src/labs/core/run-hours.js';
import type { SiteLocale } from '../charts/human-units';
import { withCode } from '../LabPanel/inline-code';
import { PANEL_TEXTS } from '../LabPanel/texts';
import type { LabFiles } from './lab-files';
import styles from './workbench.module.css';

interface Props {
  readonly lab: LabFiles;
  readonly locale: SiteLocale;
  /** undefined: the lab's own length. */
  readonly hours: number | undefined;
}

/** The labelled <select> (and a "Run H h" button per suggested hour), described by the note `noteId`. */
export function RunLengthControl({ lab, locale, hours, disabled, noteId, onChange, onRunFor }: Props & {
  readonly disabled: boolean;
  readonly noteId: string;
  readonly onChange: (hours: number | undefined) => void;
  readonly onRunFor: (hours: number) => void;
}): ReactNode {
  const t = PANEL_TEXTS[locale];
  const { suggested } = lab.runHours;
  const option = (h: number) => <option key={h} value={h}>{t.hoursOption(h)}</option>;
  return (
    <>
      <label className={styles.choice}>
        {t.runLength}{' '}
        <select value={hours ?? ''} disabled={disabled} data-testid="lab-run-hours" aria-describedby={noteId}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}>
          <option value="">{t.runLengthOwn}</option>
          {suggested.length > 0 && <optgroup label={t.runLengthSuggested}>{suggested.map(option)}</optgroup>}
          <optgroup label={t.runLengthAll(RUN_HOURS.min, RUN_HOURS.max)}>{runHoursChoices().filter((h) => !suggested.includes(h)).map(option)}</optgroup>
        </select>
      </label>
      {suggested.map((h) => (
        <button key={h} type="button" className="button button--secondary" disabled={disabled} data-testid={`lab-run-for-${h}`} onClick={() => onRunFor(h)}>
          {t.runFor(h)}
        </button>
      ))}
    </>
  );
}

/** What the chosen duration runs, as the command that computes the same: `run NN`, `run NN --hours H`. */
export function RunLengthNote({ lab, locale, hours, id }: Props & { readonly id: string }): ReactNode {
  const t = PANEL_TEXTS[locale];
  const rate = lab.runHours.longRunRatePerSecond;
  const text = hours === undefined ? t.runLengthNoteOwn(lab.id)
    : rate !== undefined ? t.runLengthNoteLongRun(lab.id, hours, rate.toLocaleString(locale === 'pt-BR' ? 'pt-BR' : 'en-US'))
    : t.runLengthNoteHours(lab.id, hours);
  return <p className={styles.note} id={id} data-testid="lab-run-hours-note">{withCode(text)}</p>;
}
