import React, { type ReactNode } from 'react';
import type { SiteLocale } from '../charts/human-units';
import { fromSliderPosition, SLIDER_STEPS, toSliderPosition, type ParamKey, type ParamSpec } from './playground-params';
import styles from './playground.module.css';

/** One setting: a slider and a text box holding the same value (the text box accepts anything, so bad input gets the kit's message). */
export default function ParamField({ spec, text, locale, onChange }: {
  readonly spec: ParamSpec; readonly text: string; readonly locale: SiteLocale; readonly onChange: (key: ParamKey, value: string) => void;
}): ReactNode {
  const id = `playground-${spec.key}`;
  const number = Number(text);
  const sliderValue = toSliderPosition(spec, Number.isFinite(number) ? number : spec.defaultValue);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{spec.label[locale]}</label>
      <div className={styles.inputs}>
        <input
          type="range"
          min={spec.logScale ? 0 : spec.min}
          max={spec.logScale ? SLIDER_STEPS : spec.max}
          step={spec.logScale ? 1 : spec.step}
          value={sliderValue}
          aria-label={spec.label[locale]}
          aria-valuetext={text}
          data-testid={`${id}-slider`}
          onChange={(e) => onChange(spec.key, String(fromSliderPosition(spec, Number(e.target.value))))}
        />
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          className={styles.number}
          data-testid={`${id}-input`}
          onChange={(e) => onChange(spec.key, e.target.value)}
        />
      </div>
    </div>
  );
}
