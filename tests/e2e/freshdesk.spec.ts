import { expect, test } from './fixtures';
import { editorState, recordEditingEvents } from './editor-state';

const BUSY_PAGE = '2026-11-24-busy-page.html';

test("reads a Freshdesk ticket, opens the closed reply box and inserts the reply into Freshdesk's Froala editor", async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('freshdesk', BUSY_PAGE));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-subject')).toHaveText('Exchange shirt for a size L – order #1052');
  await expect(panel.getByTestId('ticket-customer')).toContainText("Liam O'Connor");
  await expect(panel.locator('[data-testid=order-card][data-order="#1052"]')).toContainText('Classic Linen Shirt');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).toContainText('Liam');
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  expect(rendered.split('\n').length).toBeGreaterThan(1);
  // The reply box starts closed: no editor yet.
  expect(await editorState(page)).toBeNull();

  const events = await recordEditingEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  // Froala's own HTML (editor.html.get()) holds the reply, line for line.
  const state = await editorState(page);
  expect(state?.editor).toBe('froala');
  expect(state?.text.trim()).toBe(rendered);
  expect((await events()).input).toBeGreaterThan(0);
  await expect(page.locator('[data-test-id="active-editor"] .fr-element')).toContainText(rendered.split('\n')[0]!);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("the agent's own draft in an open reply box stays below the inserted reply", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('freshdesk', '2026-11-24-agent-replied-last.html'));
  await page.getByRole('button', { name: 'Reply' }).click();
  await page.locator('.fr-element[contenteditable=true]').click();
  await page.keyboard.type('Draft: offer free shipping');
  expect((await editorState(page))?.text).toBe('Draft: offer free shipping');
  const panel = await ext.openPanel(page);

  const top = panel.getByTestId('suggestion').first();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  expect((await editorState(page))?.text).toBe(`${rendered}\n\nDraft: offer free shipping`);
});
