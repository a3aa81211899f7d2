// Export and import of the learner's edited files: one JSON file naming each file by its path in the
// repository (`labs/04-batch-size/handler.ts`), so the learner can carry the work to the CLI (copy each file
// to that path) or to another browser (import it here).
import type { Bilingual } from '../../../../workshop/src/i18n/bilingual.js';
import type { LabFiles } from './lab-files';

export const EXPORT_FORMAT = 'iteratorage-workshop-lab-files/1';

export interface LabExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly lab: string;
  /** Every file the learner edits, by repository path. */
  readonly files: Readonly<Record<string, string>>;
}

export function labExport(lab: LabFiles, files: Readonly<Record<string, string>>): LabExport {
  return {
    format: EXPORT_FORMAT,
    lab: lab.id,
    files: Object.fromEntries(lab.files.filter((f) => f.edit && files[f.path] !== undefined).map((f) => [f.path, files[f.path]!])),
  };
}

/** Starts a download of `lab-NN-<slug>.json`. */
export function exportLabFiles(lab: LabFiles, files: Readonly<Record<string, string>>): void {
  const blob = new Blob([`${JSON.stringify(labExport(lab, files), null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `lab-${lab.slug}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The learner's files (by repository path) in an export of `lab`, or why the text is not one. */
export function parseLabExport(text: string, lab: LabFiles): { readonly files: Record<string, string> } | { readonly error: Bilingual } {
  let value: Partial<LabExport>;
  try {
    value = JSON.parse(text) as Partial<LabExport>;
  } catch {
    return { error: { en: 'it is not JSON.', 'pt-BR': 'não é JSON.' } };
  }
  if (value.format !== EXPORT_FORMAT || typeof value.files !== 'object' || value.files === null) {
    return { error: { en: `it has no "format": "${EXPORT_FORMAT}" with "files".`, 'pt-BR': `não tem "format": "${EXPORT_FORMAT}" com "files".` } };
  }
  if (value.lab !== lab.id) return { error: { en: `it is lab ${String(value.lab)}'s, this page is lab ${lab.id}.`, 'pt-BR': `é do lab ${String(value.lab)}, esta página é do lab ${lab.id}.` } };
  const files: Record<string, string> = {};
  for (const file of lab.files.filter((f) => f.edit)) {
    const text = value.files[file.path];
    if (typeof text === 'string') files[file.path] = text;
  }
  if (Object.keys(files).length === 0) return { error: { en: 'it holds none of this lab\'s files.', 'pt-BR': 'não traz nenhum arquivo deste lab.' } };
  return { files };
}
