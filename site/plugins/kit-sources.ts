import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Lets pages and components import the kit's TypeScript from outside `site/` — the engine core and
 * settings (`../workshop/src`), the lab starters and solutions (`../labs`, `../solutions`) — so charts,
 * the playground and the code on the pages come from the same tested files.
 *
 * - `.js` in an import resolves to the `.ts` file first (the kit writes NodeNext-style `./x.js` imports).
 * - Those folders are transpiled as plain TypeScript (not TSX: `<T>(x: T) => x` must stay a generic).
 *
 * Note: `site/package.json` must NOT say `"type": "module"`: the generated route registry would be parsed
 * as strict ESM (its `require.resolveWeak` left unbundled) and the server bundle's chunks would load as ESM
 * ("exports is not defined in ES module scope"). The Node scripts in `scripts/` are ESM through their own
 * `scripts/package.json`.
 */
export default function kitSourcesPlugin(context: LoadContext): Plugin {
  const repoRoot = path.resolve(context.siteDir, '..');
  const kitDirs = ['workshop', 'labs', 'solutions'].map((dir) => path.join(repoRoot, dir) + path.sep);
  const inKit = (file: string): boolean => kitDirs.some((dir) => file.startsWith(dir)) && !file.includes(`${path.sep}node_modules${path.sep}`);

  return {
    name: 'kit-sources',
    configureWebpack(config, isServer, utils) {
      // The default JS rule keeps the site's own files; the kit's files get the rule below instead.
      for (const rule of config.module?.rules ?? []) {
        if (rule && typeof rule === 'object' && rule.test instanceof RegExp && rule.test.source.includes('[jt]sx?')) {
          const original = rule.exclude;
          rule.exclude = (file: string): boolean =>
            inKit(file) || (typeof original === 'function' ? Boolean(original(file)) : false);
        }
      }
      const jsLoader = utils.getJSLoader({ isServer });
      const loader = typeof jsLoader === 'string' ? { loader: jsLoader, options: {} } : jsLoader;
      const options = (loader.options ?? {}) as { jsc?: Record<string, unknown> };
      return {
        resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
        module: {
          rules: [
            {
              test: /\.ts$/,
              include: inKit,
              use: [{ ...loader, options: { ...options, jsc: { ...options.jsc, parser: { syntax: 'typescript', tsx: false } } } }],
            },
          ],
        },
      };
    },
  };
}
