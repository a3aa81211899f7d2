import type { Page, Request } from 'playwright-core';

/**
 * Collects what must never happen on a page: console errors, uncaught exceptions, failed requests.
 * One kind of failed request is not the site's fault and is left out: a request the browser aborts
 * (net::ERR_ABORTED) because the document that made it is being left — a prefetch still in flight when
 * a link to the other locale (a separate app, so a full page load) is followed, or the page is reloaded.
 */
export function watchPage(page: Page): { readonly problems: string[] } {
  const problems: string[] = [];
  let documentsOpened = 0;
  const documentOf = new WeakMap<Request, number>();
  const isDocumentLoad = (request: Request): boolean => request.isNavigationRequest() && request.frame() === page.mainFrame();
  const abortedByLeaving = (request: Request): boolean => request.failure()?.errorText === 'net::ERR_ABORTED'
    && !isDocumentLoad(request) && (documentOf.get(request) ?? documentsOpened) < documentsOpened;

  // Between a navigation's request and its commit the old document still runs and still fetches (a prefetch, its
  // lab worker's chunks): what it asks for then belongs to the document being left, not to the next one.
  let navigationPending = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigationPending = false;
  });
  page.on('request', (request) => {
    if (isDocumentLoad(request)) {
      documentsOpened += 1;
      navigationPending = true;
      documentOf.set(request, documentsOpened);
    } else documentOf.set(request, navigationPending ? documentsOpened - 1 : documentsOpened);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!abortedByLeaving(request)) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { problems };
}

/** Heading levels in document order inside the article (h1…h6). */
export function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('article h1, article h2, article h3, article h4, article h5, article h6', (nodes) => nodes.map((n) => Number(n.tagName.slice(1))));
}

/** Headings start at h1 and never skip a level going down (h2 → h4 is a skip; h4 → h2 is fine). */
export function skippedLevels(levels: readonly number[]): string[] {
  const skips: string[] = [];
  if (levels.length > 0 && levels[0] !== 1) skips.push(`first heading is h${levels[0]}`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) skips.push(`h${levels[i - 1]} → h${level}`);
  });
  return skips;
}
