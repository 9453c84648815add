import type { Page } from '@playwright/test';
import { expect, recordInputEvents, test } from './fixtures';

const OLIVER = '#1035';
/** What Outlook's editor (roosterjs, from npm) holds in its own Content Model, as plain text. */
const roosterText = (page: Page) => page.evaluate(() => window.__editorState?.()?.text.replace(/\r\n/g, '\n') ?? null);

test('reads an Outlook conversation and inserts the reply above the quoted original in the real roosterjs editor', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('outlook', '2026-11-24-customer-waiting.html'));
  // The fixture server bundles the editor from npm on first request: allow for a cold build.
  await expect.poll(() => roosterText(page), { timeout: 30_000 }).toContain('From: Oliver Hughes');
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-subject')).toHaveText('RE: Delivery of order #1035');
  await expect(panel.getByTestId('ticket-customer')).toContainText('Oliver Hughes');
  const order = panel.locator(`[data-testid=order-card][data-order="${OLIVER}"]`);
  await expect(order).toContainText('Royal Mail');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).not.toBeEmpty();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();

  const inputEvents = await recordInputEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  // Deskpilot opened the inline reply itself, and roosterjs's model holds the reply, line breaks
  // included, on top of the quoted original it already held.
  await expect(page.getByRole('textbox', { name: 'Message body' })).toBeVisible();
  expect(rendered).toContain('\n');
  await expect.poll(async () => (await roosterText(page))?.startsWith(rendered)).toBe(true);
  expect(await roosterText(page)).toContain('From: Oliver Hughes <oliver.hughes@example.com>');
  expect(await inputEvents()).toBeGreaterThan(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("keeps the agent's draft on its own line below the inserted reply", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('outlook', '2026-11-24-customer-waiting.html'));
  await expect.poll(() => roosterText(page), { timeout: 30_000 }).toContain('From: Oliver Hughes');
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Message body' });
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Draft: label attached.');
  await expect.poll(() => roosterText(page)).toMatch(/^Draft: label attached\.\n/);

  const panel = await ext.openPanel(page);
  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).not.toBeEmpty();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  await expect.poll(async () => (await roosterText(page))?.startsWith(`${rendered}\n\nDraft: label attached.\n`)).toBe(true);
});
