import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (apt). The workshop never downloads a browser build. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags known to work on this project's machines (see shared/reference/toolchain.md). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
] as const;

export async function launchChromium(executablePath: string = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not installed at ${executablePath}. The site's browser test drives Debian's chromium: `
      + 'install it with `apt-get install -y chromium` (.ci/run does this in CI). Never use `npx playwright install`.');
  }
  // playwright-core gives every launch a fresh temporary profile (its own --user-data-dir).
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
