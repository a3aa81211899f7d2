// The in-browser lab panel in Chromium, for every code lab (from site/src/generated/lab-files.json, which the
// lab catalog drives): the untouched starter fails Check with the same expectations as `npx workshop check NN`
// (the kit's check run here in Node), the reference solution typed into the editor passes; a syntax error, an
// endless loop and a throwing handler get their messages; progress survives a reload; keyboard, narrow and dark.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { runLabCheck } from '../../../workshop/src/labs/node/lab-check.js';
import { loadLab } from '../../../workshop/src/labs/node/lab-loader.js';
import { loadReferenceLab } from '../../../workshop/src/labs/node/lab-scenario-loader.js';
import { runRedriveLabJob } from '../../../workshop/src/labs/core/redrive-run-job.js';
import { runLabRunJob } from '../../../workshop/src/labs/core/lab-run-job.js';
import { redriveRunLines } from '../../../workshop/src/labs/core/redrive-run-summary.js';
import { runSummaryLines } from '../../../workshop/src/labs/core/run-summary.js';
import { tabName, type LabFilesIndex } from '../../src/components/LabWorkbench/lab-files';
import { firstLoadScriptBytes, trackScripts } from './first-load';
import { screenshots } from './site-under-test';
import { BUTTONS, failedIds, openPanel as openPanelAt, press, replaceText, type Lang } from './lab-panel-driver';

interface Env {
  readonly siteDir: string;
  readonly repoRoot: string;
  readonly url: () => string;
  readonly browser: () => Browser;
  readonly report: (line: string) => void;
}

const openPanel = (context: BrowserContext, env: Env, slug: string, lang: Lang) => openPanelAt(context, env.url(), slug, lang);

/** `run 09`'s summary and redrive lines in Node (the CLI's run job calls the same function), for `variant` redriving `afterSeconds` after the run. */
async function cliRedriveRun(env: Env, labId: string, variant: 'starter' | 'solution', lang: Lang, afterSeconds = 0): Promise<{ summary: string; redrive: string }> {
  const { definition, exports } = await loadLab(env.repoRoot, labId, { variant });
  const run = await runRedriveLabJob(definition, exports, (id) => loadReferenceLab(env.repoRoot, id), { afterSeconds });
  return { summary: runSummaryLines(run, lang).join('\n'), redrive: redriveRunLines(run.redrive, lang).join('\n') };
}

/** Run in the panel of a lab with a redrive (lab 09): the chart drawn, then the summary and redrive report `run 09` prints. */
async function runRedrive(page: Page, labId: string, lang: Lang): Promise<{ summary: string; redrive: string }> {
  expect((await press(page, BUTTONS[lang].run)).status).toBe('ran');
  await page.locator(`[data-testid="lab-${labId}-run-iterator-age"] path[data-series="iteratorAge"]`).waitFor();
  return { summary: (await page.getByTestId('lab-run-summary').textContent()) ?? '', redrive: (await page.getByTestId('lab-run-redrive').textContent()) ?? '' };
}

export function labPanelCases(env: Env): void {
  const index = JSON.parse(readFileSync(path.join(env.siteDir, 'src/generated/lab-files.json'), 'utf8')) as LabFilesIndex;
  const labs = index.labs;
  const text = (file: string): string => index.sources[file]!;

  it('GIVEN a lab page WHEN it first loads THEN the panel\'s editor, transpiler and engine are not loaded; opening the panel loads them', async () => {
    const context = await env.browser().newContext();
    const firstLoad = await firstLoadScriptBytes(context, `${env.url()}/labs/04-batch-size`);
    const page = await context.newPage();
    const scripts = trackScripts(page);
    await page.goto(`${env.url()}/labs/04-batch-size`, { waitUntil: 'networkidle' });
    const before = await scripts.bytes();
    await page.getByRole('button', { name: BUTTONS['pt-BR'].open }).click();
    await page.locator('[data-testid="lab-editor"] .cm-content').waitFor({ timeout: 60_000 });
    // The worker's own fetches count too: wait until it says its engine is loaded (network-idle can come first).
    await page.locator('[data-testid="lab-workbench"][data-engine="loaded"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const lazy = (await scripts.bytes()) - before;
    env.report(`lab page first-load JS: ${firstLoad.toLocaleString('en-US')} bytes; the panel loads ${lazy.toLocaleString('en-US')} bytes more when opened (editor, transpiler, engine, lab files, worker)`);
    expect(lazy).toBeGreaterThan(0);
    await context.close();
  }, 240_000);

  for (const [index, lab] of Object.values(labs).entries()) {
    const lang: Lang = index % 2 === 0 ? 'pt-BR' : 'en';
    // A lab with a redrive (lab 09): Run shows `run 09`'s chart, summary and redrive report, for the starter and the solution.
    const redrives = lab.files.some((f) => f.edit && f.path.endsWith('/redrive.ts'));
    it(`GIVEN lab ${lab.id} in ${lang} WHEN the untouched starter is checked THEN it fails with the CLI's expectations; WHEN the solution is pasted THEN Check passes${redrives ? `; Run shows run ${lab.id}'s redrive report (right away, and 25 h later)` : ''}`, async () => {
      const cli = await runLabCheck(env.repoRoot, lab.id, 'starter');
      const context = await env.browser().newContext();
      const { page, problems } = await openPanel(context, env, lab.slug, lang);
      const starter = await press(page, BUTTONS[lang].check);
      expect(starter.status).toBe('failed');
      expect(await failedIds(page)).toEqual(cli.expectations.filter((e) => !e.passed).map((e) => e.id));
      for (const expectation of cli.expectations.filter((e) => !e.passed)) {
        expect(await page.locator(`li[data-expectation="${expectation.id}"]`).textContent()).toContain(expectation.description[lang]);
      }
      // The starter's redrive reads one page: 1,000 records for a range of 1.
      if (redrives) expect(await runRedrive(page, lab.id, lang)).toEqual(await cliRedriveRun(env, lab.id, 'starter', lang));
      for (const file of lab.files.filter((f) => f.edit)) await replaceText(page, tabName(file), text(file.solutionPath!));
      const solution = await press(page, BUTTONS[lang].check);
      expect(await failedIds(page)).toEqual([]);
      expect(solution.status).toBe('passed');
      if (redrives) {
        const right = await runRedrive(page, lab.id, lang);
        expect(right).toEqual(await cliRedriveRun(env, lab.id, 'solution', lang));
        expect(right.redrive).toMatch(/✔ msg-0001: (redriven|reprocessada), 1 /);
        // `run 09 --after 25h`, chosen by keyboard: the records are gone, the message kept.
        await page.getByTestId('lab-redrive-after').focus();
        for (const _ of [1, 2]) await page.keyboard.press('ArrowDown');
        expect(await page.inputValue('[data-testid="lab-redrive-after"]')).toBe('90000');
        const late = await runRedrive(page, lab.id, lang);
        expect(late).toEqual(await cliRedriveRun(env, lab.id, 'solution', lang, 90_000));
        expect(late.redrive).toContain('msg-0001 (');
      }
      env.report(`lab ${lab.id} (${lang}): Check → result ${starter.ms} ms (starter, first), ${solution.ms} ms (solution)`);
      expect(problems).toEqual([]);
      await context.close();
    }, 240_000);
  }

  it('GIVEN lab 01 WHEN the solution passes and the page is reloaded THEN the edits and the pass are kept, and the home page shows it', async () => {
    const lab = labs['01']!;
    const context = await env.browser().newContext();
    const { page, problems } = await openPanel(context, env, lab.slug, 'en');
    for (const file of lab.files.filter((f) => f.edit)) await replaceText(page, tabName(file), text(file.solutionPath!));
    expect((await press(page, BUTTONS.en.check)).status).toBe('passed');
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('button', { name: BUTTONS.en.open }).click();
    await page.locator('[data-testid="lab-editor"] .cm-content').waitFor();
    const handler = lab.files.find((f) => f.path.endsWith('/handler.ts'))!;
    await page.getByTestId('lab-tab-handler.ts').click();
    expect(await page.getAttribute('[data-testid="lab-editor"]', 'data-chars')).toBe(String(text(handler.solutionPath!).length));
    expect(await page.getByTestId('lab-workbench').textContent()).toContain('already passed');
    await page.goto(`${env.url()}/en/`, { waitUntil: 'load' });
    await page.locator('[data-testid="browser-progress"][data-ready="true"]').waitFor();
    expect(await page.getAttribute('[data-testid="browser-progress"] li[data-lab="01"]', 'data-state')).toBe('passed');
    expect(await page.getAttribute('[data-testid="browser-progress"] li[data-lab="02"]', 'data-state')).toBe('new');
    // Reset (confirmed) brings the starter back.
    await page.goto(`${env.url()}/en/labs/${lab.slug}`, { waitUntil: 'load' });
    await page.getByRole('button', { name: BUTTONS.en.open }).click();
    await page.locator('[data-testid="lab-editor"] .cm-content').waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: BUTTONS.en.reset, exact: true }).click();
    await page.getByTestId('lab-tab-handler.ts').click();
    expect(await page.getAttribute('[data-testid="lab-editor"]', 'data-chars')).toBe(String(text(handler.path).length));
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('GIVEN lab 04 WHEN the handler has a syntax error, then an endless loop, then throws, then waits on nothing THEN each gets its message (the CLI\'s), and Run draws the chart', async () => {
    const lab = labs['04']!;
    const context = await env.browser().newContext();
    const { page, problems } = await openPanel(context, env, lab.slug, 'pt-BR');
    const run = await press(page, BUTTONS['pt-BR'].run);
    expect(run.status).toBe('ran');
    await page.locator('[data-testid="lab-04-run-iterator-age"] path[data-series="iteratorAge"]').waitFor();
    expect(await page.getByTestId('lab-run-summary').textContent()).toContain('Gravados');
    await replaceText(page, 'handler.ts', 'export const createHandler = () => async () => {\n  const x = ;\n};\n');
    expect((await press(page, BUTTONS['pt-BR'].check)).status).toBe('issue');
    expect(await page.getAttribute('[data-testid="lab-issue"]', 'data-code')).toBe('lab_syntax_error');
    expect(await page.getByTestId('lab-issue').textContent()).toContain('labs/04-batch-size/handler.ts, linha 2');
    await replaceText(page, 'handler.ts', 'export const createHandler = () => async () => {\n  while (true) {}\n};\n');
    expect((await press(page, BUTTONS['pt-BR'].check)).status).toBe('issue');
    expect(await page.getAttribute('[data-testid="lab-issue"]', 'data-code')).toBe('code_ran_too_long');
    expect(await page.getByTestId('lab-issue').textContent()).toContain('laço infinito');
    await replaceText(page, 'handler.ts', "export const createHandler = () => async () => {\n  const order = undefined as unknown as { id: string };\n  return order.id;\n};\n");
    expect((await press(page, BUTTONS['pt-BR'].check)).status).toBe('failed');
    expect(await page.getByTestId('lab-handler-error').textContent()).toMatch(/labs\/04-batch-size\/handler\.ts:3:\d+/);
    // A handler waiting on a promise nobody settles: the CLI's verdict (its worker's beforeExit), not the 120 s budget's.
    await replaceText(page, 'handler.ts', 'export const createHandler = () => () => new Promise<void>(() => {});\n');
    expect((await press(page, BUTTONS['pt-BR'].check)).status).toBe('issue');
    expect(await page.getAttribute('[data-testid="lab-issue"]', 'data-code')).toBe('code_never_returned');
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('GIVEN lab 03 with the solution pasted WHEN 30 h is chosen and Run pressed THEN progress was shown and the summary is `run 03 --hours 30`\'s long run (its records lost computed here in Node); Stop ends a 48 h run', async () => {
    const lab = labs['03']!;
    // `run 03 --solution --hours 30`'s run, in Node (the CLI's run job calls this function: panel-run-hours.test.ts).
    const { definition, exports } = await loadLab(env.repoRoot, '03', { variant: 'solution' });
    const cli = await runLabRunJob(definition, exports, (id) => loadReferenceLab(env.repoRoot, id), { horizonSeconds: 30 * 3600, longRun: true });
    const lost = cli.longRun!.facts.lost;
    expect(lost).toBeGreaterThan(0);
    const context = await env.browser().newContext();
    const { page, problems } = await openPanel(context, env, lab.slug, 'en');
    for (const file of lab.files.filter((f) => f.edit)) await replaceText(page, tabName(file), text(file.solutionPath!));
    await page.getByLabel('Simulated duration of Run:').selectOption('30');
    expect(await page.getByTestId('lab-run-hours-note').textContent()).toContain('npx workshop run 03 --hours 30');
    // Every percentage the progress line shows, seen in the page as it changes (no timing assumed).
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const percent = document.querySelector('[data-testid="lab-progress"]')?.getAttribute('data-percent');
        if (percent != null && seen.at(-1) !== Number(percent)) seen.push(Number(percent));
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-percent'] });
    });
    const long = await press(page, BUTTONS.en.run);
    expect(long.status).toBe('ran');
    const summary = (await page.getByTestId('lab-run-summary').textContent()) ?? '';
    expect(summary).toBe(runSummaryLines(cli, 'en').join('\n'));
    expect(summary).toContain(`${lost.toLocaleString('en-US')} records lost, with no error`);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p >= 0 && p <= 100)).toBe(true);
    expect(Math.max(...seen)).toBeGreaterThan(0);
    env.report(`lab 03 (en): Run 30 h (1,000 writes/s, ${lost.toLocaleString('en-US')} records lost) → result ${long.ms} ms, ${seen.length} progress values shown`);
    // Stop during a 48 h run: pressed (in the page) as soon as the progress shows 1 % or more; the worker is terminated.
    await page.getByLabel('Simulated duration of Run:').selectOption('48');
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (Number(document.querySelector('[data-testid="lab-progress"]')?.getAttribute('data-percent') ?? 0) < 1) return;
        observer.disconnect();
        (document.querySelector('[data-testid="lab-stop"]') as HTMLButtonElement | null)?.click();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-percent'] });
    });
    expect((await press(page, BUTTONS.en.run)).status).toBe('stopped');
    // A new worker runs the next job: the lab's own length, chosen back by keyboard (Home: the first option).
    await page.getByLabel('Simulated duration of Run:').focus();
    await page.keyboard.press('Home');
    expect(await page.inputValue('[data-testid="lab-run-hours"]')).toBe('');
    // Run by keyboard: focus moves to Stop while it computes (Run is disabled), and back to Run with the answer.
    await page.getByRole('button', { name: BUTTONS.en.run, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !['busy', 'idle'].includes(document.querySelector('[data-testid="lab-status"]')?.getAttribute('data-status') ?? 'idle'), undefined, { timeout: 180_000 });
    expect(await page.getAttribute('[data-testid="lab-status"]', 'data-status')).toBe('ran');
    expect(await page.getByTestId('lab-run-summary').textContent()).toContain('Your estimate after');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(BUTTONS.en.run);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('GIVEN the panel opened on a phone-sized, dark page WHEN used by keyboard and then offline THEN Tab leaves the editor, nothing overflows, and Check still answers', async () => {
    const context = await env.browser().newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    // Lab 09: its check imports the most modules of its own (lazy-modules.ts), each a chunk the warm-up must have loaded.
    const { page, problems } = await openPanel(context, env, labs['09']!.slug, 'en');
    await page.locator('[data-testid="lab-editor"] .cm-content').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByTestId('lab-workbench').screenshot({ path: path.join(screenshots, 'lab-panel-09-dark-narrow.png') });
    // Offline only once the panel has loaded what it needs (its worker warms the engine up when it starts, and
    // says so: a network-idle page is not enough, the worker's own fetch can still be ahead).
    await page.locator('[data-testid="lab-workbench"][data-engine="loaded"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    expect(['failed', 'passed']).toContain((await press(page, BUTTONS.en.check)).status);
    await context.setOffline(false);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
}
