/**
 * axe-core on every state of the panel and on the settings page, in light and in dark: no serious or
 * critical violation (colour contrast included). The dark runs use the system setting
 * (prefers-color-scheme), the default theme; one more run forces dark from Settings on a light system.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { draftAnswer, startOpenAiServer, type OpenAiServer } from '../servers/openai-server';
import { saveAiEndpoint } from './ai-setup';
import { expect, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const SCHEMES = ['light', 'dark'] as const;

// axe reads every node's colours twice per state; on a busy 2-core machine that takes minutes.
test.describe.configure({ timeout: 360_000 });

let ai: OpenAiServer;
test.beforeAll(async () => {
  ai = await startOpenAiServer();
});
test.afterAll(() => ai.close());

/**
 * Legacy mode runs axe inside the page itself: the default mode finishes the run in a new blank tab,
 * which in an extension's persistent context stalls for a minute and more.
 */
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode();

/** Serious and critical violations, one line each, in both colour schemes. */
async function violations(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const results = await axe(page).analyze();
    for (const v of results.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      found.push(
        `${state} (${colorScheme}): ${v.id} — ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
          .join(' | ')}`,
      );
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

test('the panel passes axe in every state, light and dark', async ({ ext, server }) => {
  const found: string[] = [];
  const inbox = await ext.context.newPage();
  await inbox.goto(server.pageUrl('gmail', '2026-11-24-app.html', '#inbox'));
  const panel = await ext.openPanel(inbox);
  await expect(panel.getByTestId('no-ticket')).toBeVisible();
  // The check itself: grey on white and an unlabelled field are caught.
  await panel.evaluate(() =>
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<p id="probe" style="color:#ccc;background:#fff">faint</p><input id="probe-input">'),
  );
  expect((await violations(panel, 'probe')).join('\n')).toMatch(/color-contrast[\s\S]*label|label[\s\S]*color-contrast/);
  await panel.evaluate(() => ['probe', 'probe-input'].forEach((id) => document.getElementById(id)!.remove()));
  found.push(...(await violations(panel, 'no ticket')));

  await inbox.evaluate((hash) => (location.hash = hash), EMMA_THREAD);
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  await expect(panel.locator('[data-testid=order-card][data-order="#1047"]')).toBeVisible();
  found.push(...(await violations(panel, 'ticket with orders and suggestions')));

  await panel.getByTestId('suggestion').first().getByRole('button', { name: 'Edit' }).click();
  await panel.getByRole('textbox', { name: 'Edit the reply before inserting' }).fill('Hi Emma, your parcel is UPS 1Z999AA10123456784.');
  await expect(panel.getByTestId('unverified-summary').first()).toBeVisible();
  found.push(...(await violations(panel, 'edited reply with an unverified fact')));

  await panel.getByRole('button', { name: 'Templates' }).click();
  await expect(panel.getByRole('heading', { name: /template/i }).first()).toBeVisible();
  found.push(...(await violations(panel, 'template library')));

  // The Queue, on an inbox list (the same tab, now showing the list).
  await inbox.goto(server.pageUrl('gmail', '2026-12-04-inbox-list.html', '#inbox'));
  await panel.getByRole('button', { name: 'Queue' }).click();
  await expect(panel.getByTestId('queue-row').first()).toBeVisible({ timeout: 30_000 });
  found.push(...(await violations(panel, 'queue')));
  expect(found).toEqual([]);
});

test('AI draft and error states pass axe, light and dark', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await saveAiEndpoint(options, ai);

  ai.setScenario(
    draftAnswer('Hi Emma,\n\nyour order #1047 is on its way with UPS, tracking number 1Z999AA10123456784.\n\nBest regards', [
      { kind: 'tracking_number', value: '1Z999AA10123456784' },
    ]),
  );
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const card = panel.getByTestId('ai-draft');
  await card.getByRole('button', { name: 'Draft with AI' }).click();
  await expect(card.locator('mark.unverified').first()).toBeVisible();
  const found = await violations(panel, 'AI draft with a flagged fact');

  ai.setScenario({ kind: 'status', status: 500 });
  await card.getByRole('button', { name: /Redraft|Try again/ }).click();
  await expect(card.getByTestId('ai-draft-error')).toBeVisible();
  found.push(...(await violations(panel, 'AI error')));
  expect(found).toEqual([]);
});

test('every Settings section passes axe, light and dark; a dark theme chosen there applies on a light system', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Appearance' })).toBeVisible();
  const found = await violations(options, 'settings');

  await options.getByRole('radio', { name: 'Dark' }).check();
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  await panel.emulateMedia({ colorScheme: 'light' });
  await expect(panel.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  const background = await panel.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(13, 17, 23)');
  const contrast = await axe(panel).withRules(['color-contrast']).analyze();
  found.push(...contrast.violations.map((v) => `forced dark panel: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));

  // Back to the system's choice: the open panel follows without a reload.
  await options.getByRole('radio', { name: 'Same as the system' }).check();
  await expect(panel.locator('html')).toHaveAttribute('data-theme', 'system');
  expect(await panel.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(246, 248, 250)');
  expect(found).toEqual([]);
});
