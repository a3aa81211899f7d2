// Where the kit is. The kit runs either from its TypeScript sources (tests, `node --import tsx`, the fallback of
// bin/workshop.js) or from its compiled copy (bin/kit-bundle.js: an esbuild bundle in workshop/node_modules/.cache,
// whose code lives in other folders than its sources). Code that needs the repository's folders asks here, so it
// gets the same answer both ways; code that starts a kit module by file (the supervised worker) asks which copy runs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the compiled copy was built with (bin/kit-bundle.js defines it with esbuild's `define`; absent in the sources). */
export interface CompiledKit {
  /** workshop/src, absolute. */
  readonly sourceDir: string;
  /** The bundle's folder, absolute: an entry `X.ts` of `entries` is compiled to `<bundleDir>/X.mjs`. */
  readonly bundleDir: string;
  /** The bundle's entry points, relative to `sourceDir` (`cli/main.ts`, `index.ts`, `runtime/order-result.ts`…). */
  readonly entries: readonly string[];
}

declare const __WORKSHOP_COMPILED_KIT__: CompiledKit | undefined;

/** The compiled copy this code runs from, or undefined when it runs from the TypeScript sources. */
export const COMPILED_KIT: CompiledKit | undefined = typeof __WORKSHOP_COMPILED_KIT__ === 'undefined' ? undefined : __WORKSHOP_COMPILED_KIT__;

/** workshop/src, whichever copy runs (this file is workshop/src/kit-location.ts). */
export const KIT_SOURCE_DIR: string = COMPILED_KIT?.sourceDir ?? dirname(fileURLToPath(import.meta.url));

/** The kit's package folder, workshop/. */
export const WORKSHOP_DIR: string = resolve(KIT_SOURCE_DIR, '..');

/** The repository root. */
export const REPO_ROOT: string = resolve(KIT_SOURCE_DIR, '../..');

/** The file to load for the kit module `relative` (to workshop/src, `.ts`): its compiled entry, or the source. */
export function kitModuleFile(relative: string): string {
  if (COMPILED_KIT?.entries.includes(relative)) return join(COMPILED_KIT.bundleDir, relative.replace(/\.ts$/, '.mjs'));
  return join(KIT_SOURCE_DIR, relative);
}
