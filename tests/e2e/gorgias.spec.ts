import { expect, test } from './fixtures';
import { editorState, recordEditingEvents } from './editor-state';

const BUSY_PAGE = '2026-11-24-busy-page.html';

test("reads a Gorgias ticket and inserts the reply into Gorgias's Draft.js field, whose EditorState holds it", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gorgias', BUSY_PAGE));
  await expect(page.locator('.public-DraftEditor-content[contenteditable=true]')).toBeVisible();
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-subject')).toHaveText('Bowl arrived cracked');
  await expect(panel.getByTestId('ticket-customer')).toContainText('Hannah Fischer');
  await expect(panel.locator('[data-testid=order-card][data-order="#1036"]')).toContainText('Ceramic Serving Bowl');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).toContainText('Hannah');
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  expect(rendered.split('\n').length).toBeGreaterThan(1);

  const events = await recordEditingEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  // Draft.js's ContentState (getPlainText) holds the reply, one block per line.
  const state = await editorState(page);
  expect(state?.editor).toBe('draft-js');
  expect(state?.text.trim()).toBe(rendered);
  expect(JSON.parse(state!.data).blocks.length).toBe(rendered.split('\n').length);
  expect((await events()).paste).toBeGreaterThan(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("the agent's own draft in the reply field stays below the inserted reply", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gorgias', '2026-11-24-agent-replied-last.html'));
  await page.locator('.public-DraftEditor-content[contenteditable=true]').click();
  await page.keyboard.type('Draft: mention the care card');
  await expect.poll(async () => (await editorState(page))?.text).toBe('Draft: mention the care card');
  const panel = await ext.openPanel(page);

  const top = panel.getByTestId('suggestion').first();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  expect((await editorState(page))?.text).toBe(`${rendered}\n\nDraft: mention the care card`);
});
