import type { Plugin } from '@docusaurus/types';

/** What stands in for `node:async_hooks` in the client bundle: a module that says where it is, if ever loaded. */
export const ASYNC_HOOKS_STAND_IN = `data:text/javascript,${encodeURIComponent(
  'throw new Error("node:async_hooks is not available in the browser (Lambda multi-concurrency mode only)");',
)}`;

/**
 * What the in-browser lab panel needs to bundle Powertools for AWS Lambda (lab 07's handler imports
 * `@aws-lambda-powertools/batch`) for the browser.
 *
 * `@aws/lambda-invoke-store` (a dependency of Powertools) imports `node:async_hooks` on one path only: when
 * `AWS_LAMBDA_MAX_CONCURRENCY` is set (Lambda's multi-concurrency mode), which never happens in the browser
 * (site/src/components/LabWorkbench/lambda-env.ts: an empty environment). The bundler still resolves it, and
 * Rspack refuses a `node:` URL for the browser ("Unhandled scheme"): the client bundle gets, in its place, a
 * `data:` module (Rspack reads those by default) that throws a clear error if it were ever loaded.
 */
export default function lambdaInBrowserPlugin(): Plugin {
  return {
    name: 'lambda-in-browser',
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      const { NormalModuleReplacementPlugin } = utils.currentBundler.instance;
      return { plugins: [new NormalModuleReplacementPlugin(/^node:async_hooks$/, ASYNC_HOOKS_STAND_IN)] };
    },
  };
}
