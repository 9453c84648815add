import { expect, test } from './fixtures';
import { editorState, recordEditingEvents } from './editor-state';

const BUSY_PAGE = '2026-11-24-busy-page.html';

test("reads a Zendesk ticket and inserts the reply into Zendesk's CKEditor 5 composer, whose model holds it", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('zendesk', BUSY_PAGE));
  await expect(page.locator('.ck-editor__editable[contenteditable=true]')).toBeVisible();
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-subject')).toHaveText('Where is my order #1047?');
  await expect(panel.getByTestId('ticket-customer')).toContainText('Emma Schneider');
  const order = panel.locator('[data-testid=order-card][data-order="#1047"]');
  await expect(order).toContainText('1ZA4W68F0386133239');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).toContainText('1ZA4W68F0386133239');
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  expect(rendered.split('\n').length).toBeGreaterThan(1);

  const events = await recordEditingEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  // CKEditor's own model holds the reply, line for line: the page would send exactly this.
  const state = await editorState(page);
  expect(state?.editor).toBe('ckeditor5');
  expect(state?.text.trim()).toBe(rendered);
  expect(state?.data).toContain('1ZA4W68F0386133239');
  expect((await events()).beforeinput).toBeGreaterThan(0);
  // Deskpilot never sends: the page's Submit button was not pressed.
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("the agent's own draft in the composer stays below the inserted reply", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('zendesk', '2026-11-24-agent-replied-last.html'));
  const composer = page.locator('.ck-editor__editable[contenteditable=true]');
  await composer.click();
  await page.keyboard.type('Draft: check the FedEx claim');
  expect((await editorState(page))?.text).toBe('Draft: check the FedEx claim');
  const panel = await ext.openPanel(page);

  const top = panel.getByTestId('suggestion').first();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  expect((await editorState(page))?.text).toBe(`${rendered}\n\nDraft: check the FedEx claim`);
});
