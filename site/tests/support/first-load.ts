import type { BrowserContext, Page, Response } from 'playwright-core';

/** JavaScript a page fetched (response bodies as served, uncompressed), by URL, counted from the call on. */
export function trackScripts(page: Page): { readonly bytes: () => Promise<number>; readonly urls: () => string[] } {
  const seen = new Map<string, Promise<number>>();
  page.on('response', (response: Response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) || seen.has(url)) return;
    seen.set(url, response.body().then((body) => body.length, () => 0));
  });
  return {
    bytes: async () => (await Promise.all(seen.values())).reduce((a, b) => a + b, 0),
    urls: () => [...seen.keys()],
  };
}

/** The JS a route loads for its first paint: every script fetched up to the `load` event, in a fresh page, in bytes. */
export async function firstLoadScriptBytes(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const scripts = trackScripts(page);
  await page.goto(url, { waitUntil: 'load' });
  const bytes = await scripts.bytes();
  await page.close();
  return bytes;
}
