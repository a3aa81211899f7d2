import React, { useEffect, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { hasTask, LAB_CATALOG } from '../../../../workshop/src/labs/core/lab-catalog.js';
import { useSiteLocale } from '../charts/use-site-locale';
import { withCode } from '../LabPanel/inline-code';
import { readLab } from '../LabPanel/lab-progress';
import styles from './browser-progress.module.css';

type LabState = 'passed' | 'started' | 'new';

const TEXTS = {
  'pt-BR': {
    title: 'Sem instalar nada: os labs no navegador',
    intro: 'Cada lab de código tem, na sua página, o botão “Fazer este lab no navegador”: o mesmo motor e a mesma verificação, sem Node nem terminal. O seu progresso neste navegador:',
    state: { passed: 'verificação aprovada', started: 'em andamento (arquivos editados)', new: 'não começado' } as Record<LabState, string>,
    note: 'O progresso fica salvo só neste navegador; `npx workshop list` mostra o da linha de comando. Para levar o trabalho para o repositório, use “Exportar arquivos” no lab.',
  },
  en: {
    title: 'Nothing to install: the labs in the browser',
    intro: 'Every code lab\'s page has a “Do this lab in the browser” button: the same engine and the same check, with no Node and no terminal. Your progress in this browser:',
    state: { passed: 'check passed', started: 'in progress (files edited)', new: 'not started' } as Record<LabState, string>,
    note: 'Progress is kept in this browser only; `npx workshop list` shows the command line\'s. To take your work to the repository, use “Export files” in the lab.',
  },
};

/** The home page's summary of what the learner did in the in-browser lab panels (localStorage, per lab). */
export default function BrowserProgress(): ReactNode {
  const locale = useSiteLocale();
  const t = TEXTS[locale];
  const labs = LAB_CATALOG.filter(hasTask);
  // Read after hydration: the server-rendered page knows nothing of this browser's storage.
  const [states, setStates] = useState<Record<string, LabState> | undefined>(undefined);
  useEffect(() => {
    setStates(Object.fromEntries(labs.map((lab) => {
      const stored = readLab(lab.id);
      return [lab.id, stored.passedAt ? 'passed' : Object.keys(stored.files).length > 0 ? 'started' : 'new'];
    })));
    // LAB_CATALOG is a constant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <aside className={styles.box} aria-labelledby="browser-progress-title" data-testid="browser-progress" data-ready={states ? 'true' : 'false'}>
      <p id="browser-progress-title" className={styles.title}><strong>{t.title}</strong></p>
      <p>{t.intro}</p>
      <ul className={styles.list}>
        {labs.map((lab) => {
          const state = states?.[lab.id];
          return (
            <li key={lab.id} data-lab={lab.id} data-state={state ?? 'unknown'}>
              <Link to={`/labs/${lab.slug}`}>Lab {lab.id} — {lab.title[locale]}</Link>
              {state && <>: <span className={state === 'passed' ? styles.passed : undefined}>{state === 'passed' ? '✔ ' : ''}{t.state[state]}</span></>}
            </li>
          );
        })}
      </ul>
      <p className={styles.note}>{withCode(t.note)}</p>
    </aside>
  );
}
