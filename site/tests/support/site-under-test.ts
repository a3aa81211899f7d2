// The built site served on 127.0.0.1 and a Debian chromium to drive it, for one browser test file. Several
// browser test files run at once (one per vitest fork) and share one build: whichever needs it first builds
// the site while holding a lock directory, the others wait for the lock to go and then reuse the fresh build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findFreePort } from '../../../workshop/src/cli/site/free-port.js';
import { buildSite } from '../../../workshop/src/cli/site/site-build.js';
import { siteBuildState } from '../../../workshop/src/cli/site/site-freshness.js';
import { startSiteServer, type SiteServer } from '../../../workshop/src/cli/site/site-server.js';
import { launchChromium } from './chromium';

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(siteDir, '..');
export const screenshots = path.join(tmpdir(), 'iteratorage-site-screens');

/** A build holding the lock longer than this is taken as abandoned (a killed run) and its lock removed. */
const ABANDONED_LOCK_MS = 15 * 60_000;

export interface SiteUnderTest {
  readonly browser: () => Browser;
  readonly url: () => string;
  /** Lines printed when the file ends (build time, per-step timings). */
  readonly report: (line: string) => void;
}

/** Builds the site unless it is fresh, once across concurrent test files; says what it did. */
async function ensureBuiltSite(): Promise<string> {
  const lock = path.join(tmpdir(), `iteratorage-site-build-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}.lock`);
  let waitedMs = 0;
  for (;;) {
    if (existsSync(lock)) {
      if (Date.now() - statSync(lock).mtimeMs > ABANDONED_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      waitedMs += 500;
      continue;
    }
    if (siteBuildState(repoRoot).fresh) return waitedMs > 0 ? `site build by another test file (waited ${(waitedMs / 1000).toFixed(0)} s)` : 'site build reused (fresh)';
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue; // another file just took it
      throw error;
    }
    try {
      const ms = await buildSite(repoRoot, { quiet: true });
      return `site build (both locales, incl. charts): ${(ms / 1000).toFixed(1)} s`;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * Registers the file's beforeAll (chromium, the build, the server) and afterAll; `name` labels its report.
 * `preferredPort` differs per file, so files starting at once do not race for the same free port.
 */
export function useSiteUnderTest(name: string, preferredPort: number): SiteUnderTest {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  const timings: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing chromium fails at once, with how to install it
    timings.push(await ensureBuiltSite());
    server = await startSiteServer(repoRoot, await findFreePort(preferredPort));
    mkdirSync(screenshots, { recursive: true });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`${name}:\n  ${timings.join('\n  ')}\nscreenshots in ${screenshots}`);
  });
  return { browser: () => browser!, url: () => server!.url, report: (line) => timings.push(line) };
}
