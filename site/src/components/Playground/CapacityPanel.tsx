import React, { type ReactNode } from 'react';
import { formatDuration, formatNumber, type SiteLocale } from '../charts/human-units';
import { estimateCapacity } from './capacity';
import type { ParamValues } from './playground-params';
import { TEXTS } from './texts';
import styles from './playground.module.css';

/** The capacity page's formula applied to the current settings, with how the write rate compares. */
export default function CapacityPanel({ values, locale }: { readonly values: ParamValues; readonly locale: SiteLocale }): ReactNode {
  const t = TEXTS[locale];
  const c = estimateCapacity(values);
  const n = (v: number): string => formatNumber(v, locale, 0);
  return (
    <div className={styles.capacity} data-testid="playground-capacity" data-verdict={c.verdict}>
      <strong>{t.capacityTitle}</strong>
      <p>{t.capacity(n(c.bestPerSecond), formatDuration(c.batchDurationMs, locale), n(c.concurrency))}</p>
      <p>{t.verdict[c.verdict]} <small>{t.assumption}</small></p>
      {c.hotKey && <p data-testid="playground-hot-key" data-outruns={c.hotKey.outruns}>{t.hotKey(n(c.hotKey.perSecond), n(c.hotKey.laneBestPerSecond), c.hotKey.outruns)}</p>}
    </div>
  );
}
