// The learner's lab files as modules, in the browser: each file is transpiled by sucrase to CommonJS (line
// numbers kept) and evaluated with a `//# sourceURL` naming it (`/labs/01-deploy-consumer/handler.ts`), so a
// stack frame points at the learner's line. `require` maps the lab's imports to modules bundled with the site:
// the packages of BROWSER_PACKAGES, the kit's two public entries, and lab files (own or inherited) by path.
import { parser as javascriptParser } from '@lezer/javascript';
import { transform } from 'sucrase';
import { codeFrame } from '../../../../workshop/src/supervise/compile-error.js';
import type { WorkshopIssue } from '../../../../workshop/src/errors/workshop-issue.js';
import { pickLabExport, pickLabExtras } from '../../../../workshop/src/labs/core/lab-exports-shape.js';
import type { LabExports, LabModule } from '../../../../workshop/src/labs/core/lab-definition.js';
import { describeThrown, previewValue } from '../../../../workshop/src/supervise/verdicts.js';
import { BROWSER_PACKAGES } from './lab-files';

/** Modules the lab files may import that are not lab files, by specifier; `KIT_ENTRY` is the kit's public entry. */
export type BundledModules = Readonly<Record<string, unknown>>;
export const KIT_ENTRY = 'workshop/src/index.js';
export const LAMBDA_ENTRY = 'workshop/src/lambda.js';

/** A lab's files as text, by repository path (`labs/04-batch-size/handler.ts`), and which file is each module. */
export interface LabSource {
  /** The lab's folder name, used in messages (`Lab 04-batch-size: …`). */
  readonly slug: string;
  readonly files: Readonly<Record<string, string>>;
  /** The file of each module the lab has (its own, or an earlier lab's reference). */
  readonly modules: readonly { readonly module: LabModule; readonly path: string }[];
}

/** A lab file that cannot be loaded, as the issue the CLI would report for it. */
export class LabLoadError extends Error {
  constructor(readonly issue: WorkshopIssue) {
    super(issue.code);
  }
}

/**
 * The stack frames in the learner's files (`labs/…` or `solutions/…`), newest first, at most `max`, as
 * `at createHandler (labs/04-batch-size/handler.ts:12:5)`. Lines are exact; columns are sucrase's output's
 * (type annotations removed), so they can sit a little left of the source's.
 */
export function learnerFrames(stack: string | undefined, max = 5): string[] {
  const frames: string[] = [];
  for (const line of (stack ?? '').split('\n')) {
    const match = /^\s*at (?:(.+?) \()?.*?\/?((?:labs|solutions)\/[\w.-]+\/[\w.-]+\.ts):(\d+):(\d+)\)?$/.exec(line);
    if (!match) continue;
    const where = `${match[2]}:${match[3]}:${match[4]}`;
    frames.push(match[1] ? `at ${match[1]} (${where})` : `at ${where}`);
    if (frames.length >= max) break;
  }
  return frames;
}

const typescriptParser = javascriptParser.configure({ dialect: 'ts' });

/**
 * Where the first syntax error of `source` is (1-based), as Lezer's TypeScript parser (CodeMirror's) sees it.
 * sucrase backtracks out of arrow functions and then blames their first line; every lab handler is one.
 */
export function firstSyntaxError(source: string): { readonly line: number; readonly column: number } | undefined {
  let at: number | undefined;
  typescriptParser.parse(source).iterate({ enter: (node) => { if (at === undefined && node.type.isError) at = node.from; return at === undefined; } });
  if (at === undefined) return undefined;
  const before = source.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

type Loaded = { readonly exports: Record<string, unknown> };

/**
 * Loads the modules of `lab` and checks each export's shape like the CLI's loader.
 * @throws LabLoadError `lab_file_missing`, `lab_syntax_error` (line, column, message, code frame),
 *   `lab_module_invalid` (an import that is not bundled, a throw at module level, a wrong export), or
 *   `code_threw_non_error` (a non-Error thrown at module level).
 */
export function loadLabSource(lab: LabSource, bundled: BundledModules): LabExports {
  const cache = new Map<string, Loaded>();

  const load = (file: string): Loaded => {
    const cached = cache.get(file);
    if (cached) return cached;
    const text = lab.files[file];
    if (text === undefined) throw new LabLoadError({ code: 'lab_file_missing', lab: lab.slug, file });
    let code: string;
    try {
      code = transform(text, { transforms: ['typescript', 'imports'], filePath: file, production: true }).code;
    } catch (error) {
      const loc = (error as { loc?: { line: number; column: number } }).loc;
      const detail = error instanceof Error ? error.message.replace(/^Error transforming [^:]+: /, '').replace(/\s*\(\d+:\d+\)$/, '') : String(error);
      const { line, column } = firstSyntaxError(text) ?? { line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1 };
      throw new LabLoadError({ code: 'lab_syntax_error', lab: lab.slug, file, line, column, detail, frame: codeFrame(text, line, column) });
    }
    const module = { exports: {} as Record<string, unknown> };
    cache.set(file, module);
    const requireFrom = (specifier: string): unknown => resolve(file, specifier);
    // One wrapper line before the code would shift every line by one: the wrapper opens on the code's first line.
    const wrapped = `(function (exports, require, module) {${code}\n})\n//# sourceURL=/${file}`;
    const factory = (0, eval)(wrapped) as (exports: unknown, require: (s: string) => unknown, module: unknown) => void;
    try {
      factory(module.exports, requireFrom, module);
    } catch (error) {
      cache.delete(file);
      if (error instanceof LabLoadError) throw error;
      if (!(error instanceof Error)) throw new LabLoadError({ code: 'code_threw_non_error', lab: lab.slug, value: previewValue(error), where: file });
      const frames = learnerFrames(error.stack);
      throw new LabLoadError({ code: 'lab_module_invalid', lab: lab.slug, file, detail: [describeThrown(error), ...frames].join('\n    ') });
    }
    return module;
  };

  const resolve = (from: string, specifier: string): unknown => {
    if (specifier.endsWith(`/${KIT_ENTRY}`)) return bundled[KIT_ENTRY];
    if (specifier.endsWith(`/${LAMBDA_ENTRY}`)) return bundled[LAMBDA_ENTRY];
    if (specifier.startsWith('./') || specifier.startsWith('../')) return load(joinPath(from, specifier.replace(/\.js$/, '.ts'))).exports;
    if (specifier in bundled) return bundled[specifier];
    const allowed = [...BROWSER_PACKAGES.map((name) => `'${name}'`), `'../../${KIT_ENTRY}'`, `'../../${LAMBDA_ENTRY}'`, "'./<a lab file>.js'"].join(', ');
    throw new LabLoadError({ code: 'lab_module_invalid', lab: lab.slug, file: from,
      detail: `import '${specifier}' is not available in the browser; a lab file may import ${allowed} (types with import type)` });
  };

  const exports: Record<string, unknown> = {};
  for (const { module, path } of lab.modules) {
    const exported = load(path).exports;
    const picked = pickLabExport(module, exported);
    if ('invalid' in picked) throw new LabLoadError({ code: 'lab_module_invalid', lab: lab.slug, file: path, detail: picked.invalid });
    exports[picked.key] = picked.value;
    Object.assign(exports, pickLabExtras(module, exported));
  }
  return exports as LabExports;
}

/** `labs/04-batch-size/handler.ts` + `../01-deploy-consumer/x.ts` → `labs/01-deploy-consumer/x.ts`. */
function joinPath(from: string, relative: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}
