// Measures the in-browser lab panel in a built site, in Debian's chromium (a benchmark: it prints figures and
// asserts nothing):
//   - a lab page's first-load JS (every script fetched up to `load`, as served, uncompressed);
//   - the lazy bundle: the JS fetched from clicking "Do this lab in the browser" until the panel's worker has
//     loaded its engine and no script arrived for 3 s — each file's raw bytes and gzip bytes (Node's zlib at its
//     default level 6, the file read from the build), by file;
//   - the time from clicking Check to the result, for every lab the panel has: the untouched starter (the first
//     Check of a fresh panel) and the reference solution pasted (median of 3).
//
//   node --import tsx site/scripts/lab-panel-bench.ts [--before <build dir>]
// Serves site/build (build it first: `npm run build -w site`). With --before (another build, e.g. one kept from
// before a change, absolute or relative to site/), its first-load and lazy JS are printed beside.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { findFreePort } from '../../workshop/src/cli/site/free-port.js';
import { startSiteServer } from '../../workshop/src/cli/site/site-server.js';
import { tabName, type LabFilesIndex } from '../src/components/LabWorkbench/lab-files';
import { launchChromium } from '../tests/support/chromium';
import { firstLoadScriptBytes, trackScripts } from '../tests/support/first-load';
import { BUTTONS, openPanel, press, replaceText } from '../tests/support/lab-panel-driver';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(siteDir, '..');
const FIRST_LOAD_ROUTES = ['/labs/04-batch-size', '/labs/07-poison-pill', '/en/labs/07-poison-pill'];
const LAZY_ROUTE = '/labs/04-batch-size';
const QUIET_MS = 3_000;
const SOLUTION_CHECKS = 3;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Waits until no new script has been fetched for `QUIET_MS`. */
async function scriptsSettled(count: () => number): Promise<void> {
  let seen = count();
  let since = performance.now();
  while (performance.now() - since < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (count() !== seen) {
      seen = count();
      since = performance.now();
    }
  }
}

/** The scripts the panel fetches when opened, as files of `buildDir`: raw and gzip bytes each. */
async function lazyScripts(browser: Browser, url: string, buildDir: string): Promise<{ file: string; raw: number; gzip: number }[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = trackScripts(page);
  await page.goto(`${url}${LAZY_ROUTE}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  const before = new Set(scripts.urls());
  await page.getByRole('button', { name: BUTTONS['pt-BR'].open }).click();
  await page.locator('[data-testid="lab-editor"] .cm-content').waitFor({ timeout: 60_000 });
  // A build with the engine-loaded signal says when the worker's warm-up is done; any build then goes quiet.
  await page.locator('[data-testid="lab-workbench"][data-engine="loaded"]').waitFor({ timeout: 60_000 }).catch(() => undefined);
  await scriptsSettled(() => scripts.urls().length);
  await context.close();
  return scripts.urls().filter((u) => !before.has(u)).map((u) => {
    const file = new URL(u).pathname.replace(/^\//, '');
    const bytes = readFileSync(path.join(buildDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
}

async function measureBuild(browser: Browser, label: string, buildDir: string): Promise<void> {
  statSync(path.join(buildDir, 'index.html'));
  const server = await startSiteServer(repoRoot, await findFreePort(3400), { dir: buildDir });
  try {
    console.log(`\n## ${label} (${buildDir})`);
    for (const route of FIRST_LOAD_ROUTES) {
      const context = await browser.newContext();
      console.log(`first-load JS ${route}: ${(await firstLoadScriptBytes(context, `${server.url}${route}`)).toLocaleString('en-US')} bytes`);
      await context.close();
    }
    const lazy = await lazyScripts(browser, server.url, buildDir);
    console.log(`lazy bundle (opening the panel on ${LAZY_ROUTE}): ${lazy.length} scripts, raw ${lazy.reduce((a, s) => a + s.raw, 0).toLocaleString('en-US')} bytes (${kb(lazy.reduce((a, s) => a + s.raw, 0))}), gzip ${lazy.reduce((a, s) => a + s.gzip, 0).toLocaleString('en-US')} bytes (${kb(lazy.reduce((a, s) => a + s.gzip, 0))})`);
    for (const script of [...lazy].sort((a, b) => b.raw - a.raw)) console.log(`  ${script.file}: raw ${kb(script.raw)}, gzip ${kb(script.gzip)}`);
  } finally {
    await server.stop();
  }
}

async function checkTimes(browser: Browser): Promise<void> {
  const index = JSON.parse(readFileSync(path.join(siteDir, 'src/generated/lab-files.json'), 'utf8')) as LabFilesIndex;
  const server = await startSiteServer(repoRoot, await findFreePort(3400));
  try {
    console.log(`\n## Check → result, site/build, chromium (pt-BR pages; starter: first Check of a fresh panel, engine loaded; solution: median of ${SOLUTION_CHECKS})`);
    for (const lab of Object.values(index.labs)) {
      const context = await browser.newContext();
      const { page } = await openPanel(context, server.url, lab.slug, 'pt-BR');
      await page.locator('[data-testid="lab-workbench"][data-engine="loaded"]').waitFor({ timeout: 60_000 });
      const starter = await press(page, BUTTONS['pt-BR'].check);
      for (const file of lab.files.filter((f) => f.edit)) await replaceText(page, tabName(file), index.sources[file.solutionPath!]!);
      const solution: number[] = [];
      let status = '';
      for (let i = 0; i < SOLUTION_CHECKS; i++) {
        const answer = await press(page, BUTTONS['pt-BR'].check);
        solution.push(answer.ms);
        status = answer.status;
      }
      console.log(`lab ${lab.id} ${lab.slug}: starter ${starter.ms} ms (${starter.status}), solution ${median(solution)} ms (${status}; runs ${solution.join(', ')} ms)`);
      await context.close();
    }
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const beforeAt = process.argv.indexOf('--before');
  const before = beforeAt > 0 ? path.resolve(siteDir, process.argv[beforeAt + 1]!) : undefined;
  const browser = await launchChromium();
  try {
    if (before) await measureBuild(browser, 'before', before);
    await measureBuild(browser, 'site/build', path.join(siteDir, 'build'));
    await checkTimes(browser);
  } finally {
    await browser.close();
  }
}

await main();
