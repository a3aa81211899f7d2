// The loader of the learner's files. They are TypeScript: from the kit's sources (tests, `node --import tsx`,
// the launcher's fallback) whatever runs the kit already loads them. The compiled kit (bin/kit-bundle.js) runs
// without a loader, which is why it starts fast, so before it imports a lab file it registers tsx, and resolve
// hooks (kit-redirect-hooks.ts) that send the lab's imports of the kit's public modules (index.ts, lambda.ts,
// runtime/*: what ARCHITECTURE.md lets lab code import) to the compiled entries the kit itself runs: the learner's
// code sees the same module instances (classes, module state) as the kit, as it does from the sources.
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPILED_KIT, kitModuleFile } from '../../kit-location.js';

/** What kit-redirect-hooks.ts is given: source file URL → the compiled entry's file URL. */
export interface RedirectData {
  readonly redirects: Readonly<Record<string, string>>;
}

let ready: Promise<void> | undefined;

/** Makes this thread able to import the learner's TypeScript files; once per thread, and at once from the sources. */
export function ensureLearnerLoader(): Promise<void> {
  const kit = COMPILED_KIT;
  if (kit === undefined) return Promise.resolve();
  ready ??= (async () => {
    const tsx = await import('tsx/esm/api');
    tsx.register();
    const redirects: Record<string, string> = {};
    for (const entry of kit.entries) redirects[pathToFileURL(join(kit.sourceDir, entry)).href] = pathToFileURL(kitModuleFile(entry)).href;
    // Registered after tsx, so it runs first and sees what tsx resolved (`./index.js` → the `index.ts` source).
    register(pathToFileURL(kitModuleFile('labs/node/kit-redirect-hooks.ts')).href, { data: { redirects } satisfies RedirectData });
  })();
  return ready;
}
