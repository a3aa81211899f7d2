import React, { Suspense, lazy, useState, type ReactNode } from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { useSiteLocale } from '../charts/use-site-locale';
import { PANEL_TEXTS } from './texts';
import styles from './lab-panel.module.css';

// The editor (CodeMirror), the transpiler (sucrase) and the engine load only when the panel opens.
const Workbench = lazy(() => import('../LabWorkbench/Workbench'));

export interface LabPanelProps {
  /** Two-digit lab id, e.g. `04`: the lab's files come from the lab catalog (site/src/generated/lab-files.json). */
  readonly lab: string;
}

/**
 * "Do this lab in the browser": a button; once pressed, the lab's files in an editor with Run, Check, Reset
 * and a comparison with the reference solution. Nothing of it loads with the page itself.
 */
export default function LabPanel({ lab }: LabPanelProps): ReactNode {
  const locale = useSiteLocale();
  const t = PANEL_TEXTS[locale];
  const [open, setOpen] = useState(false);
  const regionId = `lab-panel-${lab}`;
  return (
    <div className={styles.panel} data-testid={`lab-panel-${lab}`}>
      <button
        type="button"
        className={`button button--primary ${styles.toggle}`}
        aria-expanded={open}
        aria-controls={regionId}
        data-testid="lab-panel-open"
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t.close : t.open}
      </button>
      <div id={regionId} hidden={!open}>
        {open && (
          <BrowserOnly fallback={<p>{t.loading}</p>}>
            {() => (
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <Workbench lab={lab} locale={locale} />
              </Suspense>
            )}
          </BrowserOnly>
        )}
      </div>
    </div>
  );
}
