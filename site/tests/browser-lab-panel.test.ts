// The in-browser lab panel in a real browser: Debian's chromium driven by playwright-core, against the built
// site served on 127.0.0.1 — the learner's code in a Web Worker, graded by the kit's own checks, for every
// code lab (support/lab-panel-cases.ts). Shares the site build with browser-site.test.ts.
import { describe } from 'vitest';
import { labPanelCases } from './support/lab-panel-cases';
import { repoRoot, siteDir, useSiteUnderTest } from './support/site-under-test';

const site = useSiteUnderTest('browser test (lab panel)', 3300);

describe('the in-browser lab panel in Chromium (the learner\'s code in a Web Worker, the kit\'s own checks)', () => {
  labPanelCases({ siteDir, repoRoot, url: site.url, browser: site.browser, report: site.report });
});
