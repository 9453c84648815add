import type { Page } from '@playwright/test';
import { editorState, recordEditingEvents } from './editor-state';
import { expect, test } from './fixtures';

/** What Help Scout's real editor (Slate, from npm) holds in its own document. */
const slateText = async (page: Page) => (await editorState(page))?.text ?? null;

test('reads a Help Scout conversation and types the reply into the real Slate editor', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('help-scout', '2026-11-24-customer-waiting.html'));
  // The fixture server bundles the editor from npm on first request: allow for a cold build.
  await expect.poll(() => slateText(page), { timeout: 30_000 }).toBe('');
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-subject')).toHaveText('Where is my serving bowl?');
  await expect(panel.getByTestId('ticket-customer')).toContainText('Aria Chen');
  const order = panel.locator('[data-testid=order-card][data-order="#1057"]');
  await expect(order).toContainText('FedEx');
  await expect(order).toContainText('Ceramic Serving Bowl');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).not.toBeEmpty();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();

  const events = await recordEditingEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  // The editor's own model holds the reply, line breaks included, not only its DOM.
  expect(rendered).toContain('\n');
  await expect.poll(() => slateText(page)).toBe(rendered);
  // Typed as a user types: one beforeinput per line and per Enter, which Slate took itself.
  expect((await events()).beforeinput).toBeGreaterThan(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("keeps the agent's draft in Slate below the inserted reply", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('help-scout', '2026-11-24-customer-waiting.html'));
  await expect.poll(() => slateText(page), { timeout: 30_000 }).toBe('');
  await page.getByRole('button', { name: 'Reply' }).click();
  await page.getByRole('textbox', { name: 'Reply Editor' }).click();
  await page.keyboard.type('P.S. I have asked FedEx too.');
  await expect.poll(() => slateText(page)).toBe('P.S. I have asked FedEx too.');

  const panel = await ext.openPanel(page);
  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).not.toBeEmpty();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  await expect.poll(() => slateText(page)).toBe(`${rendered}\n\nP.S. I have asked FedEx too.`);
});
