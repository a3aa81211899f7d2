// Prints the JavaScript a lab page loads on its first paint, for any built site:
//   node --import tsx site/tests/support/measure-first-load.ts [repoRoot] [route…]
// (the browser test prints the same number for this tree's build; give another checkout's root to compare).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../../../workshop/src/cli/site/free-port.js';
import { startSiteServer } from '../../../workshop/src/cli/site/site-server.js';
import { launchChromium } from './chromium';
import { firstLoadScriptBytes } from './first-load';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(process.argv[2] ?? path.join(here, '../../..'));
const routes = process.argv.length > 3 ? process.argv.slice(3) : ['/labs/04-batch-size', '/en/labs/04-batch-size', '/'];
async function main(): Promise<void> {
  const server = await startSiteServer(repoRoot, await findFreePort(3300));
  const browser = await launchChromium();
  try {
    for (const route of routes) {
      const context = await browser.newContext();
      console.log(`${route}: ${(await firstLoadScriptBytes(context, `${server.url}${route}`)).toLocaleString('en-US')} bytes of JS on first load`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main();
