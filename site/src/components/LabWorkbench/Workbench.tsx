import React, { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import LAB_FILES_JSON from '@site/src/generated/lab-files.json';
import { unifiedDiff } from '../../../../workshop/src/labs/core/line-diff.js';
import type { SiteLocale } from '../charts/human-units';
import { currentFiles, editedOnly, readLab, writeLab } from '../LabPanel/lab-progress';
import { withCode } from '../LabPanel/inline-code';
import { PANEL_TEXTS } from '../LabPanel/texts';
import { createEditor, fileState } from './code-editor';
import { tabName, type LabFiles, type LabFilesIndex } from './lab-files';
import { exportLabFiles, parseLabExport } from './lab-export';
import type { BrowserLabJob } from './lab-protocol';
import { createLabWorkerClient, type LabWorkerClient } from './lab-worker-client';
import { RunLengthControl, RunLengthNote } from './RunLengthControl';
import { ProgressView, StatusView, statusName, type Status } from './StatusView';
import styles from './workbench.module.css';

const INDEX = LAB_FILES_JSON as unknown as LabFilesIndex;

/** The learner's files of `lab` (by repository path) as the starter has them. */
const starterFiles = (lab: LabFiles): Record<string, string> => Object.fromEntries(lab.files.filter((f) => f.edit).map((f) => [f.path, INDEX.sources[f.path]!]));

/** The in-browser lab: the lab's files as tabs in CodeMirror, Run, Check, Reset, the diff, export/import. */
export default function Workbench({ lab: labId, locale }: { readonly lab: string; readonly locale: SiteLocale }): ReactNode {
  const lab = INDEX.labs[labId];
  if (!lab) throw new Error(`LabPanel: no code lab "${labId}". Code labs: ${Object.keys(INDEX.labs).join(', ')} (from the lab definitions).`);
  const t = PANEL_TEXTS[locale];
  const starters = useMemo(() => starterFiles(lab), [lab]);
  const [files, setFiles] = useState<Record<string, string>>(() => currentFiles(starters, readLab(labId)));
  const [passedAt, setPassedAt] = useState<string | undefined>(() => readLab(labId).passedAt);
  const [active, setActive] = useState(() => lab.files[0]!.path);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [showDiff, setShowDiff] = useState(false);
  const [engineLoaded, setEngineLoaded] = useState(false);
  // Lab 09: when Run's redrive starts after the run (`run 09 --after`).
  const redrives = lab.files.some((f) => f.edit && f.path.endsWith('/redrive.ts'));
  const [afterSeconds, setAfterSeconds] = useState(0);
  // Run's simulated duration: undefined = the lab's own, else `run NN --hours` (the CLI's range).
  const [hours, setHours] = useState<number | undefined>(undefined);
  const noteId = useId();
  const client = useRef<LabWorkerClient | null>(null);
  // Keyboard focus: the pressed button is disabled while a job runs, so focus moves to Stop, and back when it ends.
  const stopButton = useRef<HTMLButtonElement | null>(null);
  const focusBack = useRef<HTMLElement | null>(null);
  const view = useRef<EditorView | null>(null);
  const states = useRef(new Map<string, EditorState>());
  const host = useRef<HTMLDivElement | null>(null);
  const importInput = useRef<HTMLInputElement | null>(null);
  const filesRef = useRef(files);
  filesRef.current = files;

  const save = useCallback((next: Readonly<Record<string, string>>, passed: string | undefined) => {
    writeLab(labId, { files: editedOnly(next, starters), ...(passed ? { passedAt: passed } : {}) });
  }, [labId, starters]);

  const onEdit = useCallback((name: string, text: string) => {
    const next = { ...filesRef.current, [name]: text };
    filesRef.current = next;
    setFiles(next);
    setPassedAt(undefined);
    save(next, undefined);
  }, [save]);

  const textOf = (name: string, from: Readonly<Record<string, string>> = filesRef.current): string => from[name] ?? INDEX.sources[name] ?? '';

  const stateFor = useCallback((name: string, text: string): EditorState => {
    const file = lab.files.find((f) => f.path === name)!;
    const label = `${t.editorLabel(name)}${file.edit ? '' : ` (${t.readOnly})`}`;
    const state = fileState({ text, readOnly: !file.edit, label, onChange: (value) => onEdit(name, value) });
    states.current.set(name, state);
    return state;
  }, [lab, t, onEdit]);

  // One editor view; switching tabs swaps in that file's state (its undo history kept).
  useEffect(() => {
    if (!host.current) return undefined;
    const created = createEditor(host.current, stateFor(active, textOf(active)));
    view.current = created;
    // Started now, so the worker's script is loaded before the first Run or Check (and then works offline).
    client.current = createLabWorkerClient(() => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' }), { onEngineLoaded: setEngineLoaded });
    client.current.warm();
    return () => {
      created.destroy();
      client.current?.dispose();
    };
    // Created once; tabs, resets and imports swap states below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const show = (name: string, replaced?: Readonly<Record<string, string>>): void => {
    const current = view.current;
    if (!current) return;
    if (replaced) states.current.clear();
    else states.current.set(active, current.state);
    const state = (!replaced && states.current.get(name)) || stateFor(name, textOf(name, replaced));
    current.setState(state);
    setActive(name);
  };

  const replaceAll = (next: Record<string, string>): void => {
    filesRef.current = next;
    setFiles(next);
    setPassedAt(undefined);
    save(next, undefined);
    show(active, next);
  };

  const job = (command: 'run' | 'check', runHours: number | undefined): BrowserLabJob => ({
    command, labId, language: locale, files: { ...INDEX.sources, ...filesRef.current },
    ...(command === 'run' && redrives ? { afterSeconds } : {}),
    ...(command === 'run' && runHours !== undefined ? { hours: runHours } : {}),
  });

  const start = async (command: 'run' | 'check', runHours: number | undefined = hours): Promise<void> => {
    if (!client.current || status.kind === 'busy') return;
    focusBack.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setStatus({ kind: 'busy', command, fraction: 0 });
    const checked = filesRef.current;
    const answer = await client.current.run(job(command, runHours), lab.slug, (fraction) => setStatus({ kind: 'busy', command, fraction }));
    if (command === 'check' && answer.kind === 'done' && answer.value.command === 'check' && checked === filesRef.current) {
      const passed = answer.value.outcome.passed ? new Date().toISOString() : undefined;
      setPassedAt(passed);
      save(checked, passed);
    }
    setStatus({ kind: 'answer', command, answer });
  };

  const reset = (): void => {
    if (!window.confirm(t.confirmReset)) return;
    replaceAll({ ...starters });
    setStatus({ kind: 'idle', note: t.resetDone });
  };

  const onImport = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const parsed = parseLabExport(await file.text(), lab);
    if ('error' in parsed) {
      setStatus({ kind: 'idle', note: `${t.importFailed} ${parsed.error[locale]}` });
      return;
    }
    replaceAll({ ...filesRef.current, ...parsed.files });
    setStatus({ kind: 'idle', note: t.imported(Object.keys(parsed.files).length) });
  };

  const diff = useMemo(() => lab.files.filter((f) => f.edit)
    .map((f) => unifiedDiff(files[f.path] ?? '', INDEX.sources[f.solutionPath!] ?? '', f.path, f.solutionPath!))
    .filter((text) => text.trim() !== '').join('\n'), [files, lab]);

  const busy = status.kind === 'busy';
  useEffect(() => {
    const focused = document.activeElement;
    if (busy) {
      if (focused === document.body || (focused instanceof HTMLButtonElement && focused.disabled)) stopButton.current?.focus();
    } else if (focusBack.current) {
      if (document.activeElement === document.body && focusBack.current.isConnected) focusBack.current.focus();
      focusBack.current = null;
    }
  }, [busy]);
  return (
    <div className={styles.workbench} data-testid="lab-workbench" data-lab={labId} data-engine={engineLoaded ? 'loaded' : 'loading'}>
      <p>{withCode(t.intro)}</p>
      <div role="tablist" aria-label={t.files} className={styles.tabs}>
        {lab.files.map((file) => (
          <button key={file.path} type="button" role="tab" aria-selected={file.path === active} data-testid={`lab-tab-${tabName(file)}`}
            className={file.path === active ? styles.tabActive : styles.tab} onClick={() => show(file.path)}>
            {tabName(file)}{file.edit ? '' : ` (${t.readOnly})`}{file.edit && files[file.path] !== starters[file.path] ? ' •' : ''}
          </button>
        ))}
      </div>
      <div ref={host} className={styles.editor} role="tabpanel" data-testid="lab-editor" data-file={active}
        data-chars={textOf(active, files).length} />
      <p className={styles.note}>{t.tabNote} {t.saved}{passedAt ? ` ${t.passedBefore}` : ''}</p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void start('run')}>{t.run}</button>
        <RunLengthControl lab={lab} locale={locale} hours={hours} disabled={busy} noteId={noteId} onChange={setHours}
          onRunFor={(suggested) => { setHours(suggested); void start('run', suggested); }} />
        {redrives && (
          <label className={styles.choice}>
            {t.redriveAfter}{' '}
            <select value={afterSeconds} disabled={busy} data-testid="lab-redrive-after" onChange={(event) => setAfterSeconds(Number(event.target.value))}>
              {t.redriveAfterChoices.map((c) => <option key={c.seconds} value={c.seconds}>{c.text}</option>)}
            </select>
          </label>
        )}
        {busy && <button ref={stopButton} type="button" className="button button--danger" data-testid="lab-stop" onClick={() => client.current?.stop()}>{t.stop}</button>}
      </div>
      <RunLengthNote lab={lab} locale={locale} hours={hours} id={noteId} />
      <div className={styles.actions}>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void start('check')}>{t.check}</button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={reset}>{t.reset}</button>
        <button type="button" className="button button--secondary" aria-expanded={showDiff} onClick={() => setShowDiff((v) => !v)}>{showDiff ? t.hideDiff : t.diff}</button>
        <button type="button" className="button button--secondary" onClick={() => exportLabFiles(lab, files)}>{t.exportFiles}</button>
        <button type="button" className="button button--secondary" onClick={() => importInput.current?.click()}>{t.importFiles}</button>
        <input ref={importInput} type="file" accept=".json,application/json" hidden data-testid="lab-import-input"
          onChange={(event) => { void onImport(event.target.files?.[0]); event.target.value = ''; }} />
      </div>
      <p className={styles.note}>{withCode(t.moveToCli.replace('NN', labId))}</p>
      {showDiff && (
        <div data-testid="lab-diff">
          <p><strong>{t.diffHeading}</strong></p>
          {diff ? <pre className={styles.diff}><code>{diff}</code></pre> : <p>{t.noDiff}</p>}
        </div>
      )}
      <ProgressView status={status} locale={locale} />
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="lab-status" data-status={statusName(status)}>
        <StatusView status={status} locale={locale} labId={labId} />
      </div>
    </div>
  );
}
