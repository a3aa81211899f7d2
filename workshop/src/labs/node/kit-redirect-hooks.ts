// Module resolution hooks (node:module `register`) of the compiled kit, registered by learner-loader.ts after
// tsx: a learner's import that resolves to the TypeScript source of one of the kit's compiled entries is sent to
// the compiled entry, so that the lab and the kit share one instance of it. Anything else resolves as tsx says.
import type { RedirectData } from './learner-loader.js';

type Resolved = { readonly url: string; readonly format?: string | null; readonly shortCircuit?: boolean };
type NextResolve = (specifier: string, context: unknown) => Promise<Resolved>;

let redirects: Readonly<Record<string, string>> = {};

export function initialize(data: RedirectData): void {
  redirects = data.redirects;
}

export async function resolve(specifier: string, context: unknown, nextResolve: NextResolve): Promise<Resolved> {
  const resolved = await nextResolve(specifier, context);
  const target = redirects[resolved.url.split('?')[0]!];
  return target === undefined ? resolved : { ...resolved, url: target, format: 'module' };
}
