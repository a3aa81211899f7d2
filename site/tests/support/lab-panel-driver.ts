// Drives the in-browser lab panel of a served site the way a learner does (open it, paste into a tab, press a
// button), for the browser test (lab-panel-cases.ts) and the panel's benchmark (site/scripts/lab-panel-bench.ts).
import type { BrowserContext, Page } from 'playwright-core';
import { watchPage } from './page-watch';

export const BUTTONS = {
  'pt-BR': { open: 'Fazer este lab no navegador', run: 'Rodar', check: 'Verificar', reset: 'Restaurar' },
  en: { open: 'Do this lab in the browser', run: 'Run', check: 'Check', reset: 'Reset' },
} as const;
export type Lang = keyof typeof BUTTONS;
export const prefix = (lang: Lang): string => (lang === 'en' ? '/en' : '');

/** Opens lab `slug`'s page of the site at `siteUrl` in `lang`, hydrated, and its panel, until the editor shows. */
export async function openPanel(context: BrowserContext, siteUrl: string, slug: string, lang: Lang): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const { problems } = watchPage(page);
  await page.goto(`${siteUrl}${prefix(lang)}/labs/${slug}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.getByRole('button', { name: BUTTONS[lang].open }).click();
  await page.locator('[data-testid="lab-editor"] .cm-content').waitFor({ timeout: 60_000 });
  return { page, problems };
}

/** Replaces the open tab's text the way a learner pastes it (select all, then typed-in text). */
export async function replaceText(page: Page, file: string, text: string): Promise<void> {
  await page.getByTestId(`lab-tab-${file}`).click();
  await page.waitForFunction((name) => document.querySelector('[data-testid="lab-editor"]')?.getAttribute('data-file')?.endsWith(`/${name}`), file);
  await page.locator('[data-testid="lab-editor"] .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.waitForFunction((expected) => document.querySelector('[data-testid="lab-editor"]')?.getAttribute('data-chars') === expected,
    String(text.length), { timeout: 20_000 });
}

/** Clicks `button` and waits for the status region's answer; returns it and the wall time it took. */
export async function press(page: Page, name: string): Promise<{ status: string; ms: number }> {
  const started = performance.now();
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction(() => !['busy', 'idle'].includes(document.querySelector('[data-testid="lab-status"]')?.getAttribute('data-status') ?? 'idle'), undefined, { timeout: 180_000 });
  const ms = Math.round(performance.now() - started);
  return { status: (await page.getAttribute('[data-testid="lab-status"]', 'data-status')) ?? '', ms };
}

/** The ids of the expectations the last Check shows as failed. */
export const failedIds = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="lab-check-result"] li[data-passed="false"]', (items) => items.map((li) => li.getAttribute('data-expectation') ?? ''));
