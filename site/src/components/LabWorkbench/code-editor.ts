// The lab panel's editor: CodeMirror 6 with TypeScript highlighting, one state per file. Tab is left to the
// browser (no indentWithTab), so keyboard users move out of the editor with Tab; colours come from CSS
// variables, so light and dark mode both read well.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.modifier, tags.controlKeyword, tags.operatorKeyword], color: 'var(--lab-code-keyword)' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--lab-code-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--lab-code-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--lab-code-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--lab-code-type)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--lab-code-function)' },
]);

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--ifm-background-color)', color: 'var(--ifm-font-color-base)', fontSize: '0.85rem' },
  '.cm-content': { fontFamily: 'var(--ifm-font-family-monospace)', caretColor: 'var(--ifm-font-color-base)' },
  '.cm-gutters': { backgroundColor: 'var(--workshop-panel-bg)', color: 'var(--ifm-color-emphasis-700)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--lab-code-active-line)' },
  '&.cm-focused': { outline: '2px solid var(--ifm-color-primary)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: 'var(--lab-code-selection)' },
});

export interface FileEditorOptions {
  readonly text: string;
  readonly readOnly: boolean;
  readonly label: string;
  readonly onChange: (text: string) => void;
}

/** A fresh editor state for one file. */
export function fileState({ text, readOnly, label, onChange }: FileEditorOptions): EditorState {
  const extensions: Extension[] = [
    lineNumbers(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    syntaxHighlighting(highlight),
    javascript({ typescript: true }),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    theme,
    EditorView.contentAttributes.of({ 'aria-label': label }),
    EditorState.readOnly.of(readOnly),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
  return EditorState.create({ doc: text, extensions });
}

export function createEditor(parent: HTMLElement, state: EditorState): EditorView {
  return new EditorView({ parent, state });
}
