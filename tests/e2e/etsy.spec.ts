import { expect, recordInputEvents, test } from './fixtures';

test('reads an Etsy conversation, finds the web order the buyer names and inserts a reply into the composer', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('etsy', '2026-11-24-buyer-waiting.html'));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-customer')).toContainText('Charlotte Dubois');
  const order = panel.locator('[data-testid=order-card][data-order="#1068"]');
  await expect(order).toContainText('Cotton Table Runner');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).not.toBeEmpty();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();

  const inputEvents = await recordInputEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  expect((await page.getByRole('textbox', { name: 'Message', exact: true }).inputValue()).trim()).toBe(rendered);
  expect(await inputEvents()).toBeGreaterThan(0);
  // The composer's own listener saw the input.
  await expect(page.locator('[data-selector=composer-state]')).toHaveText('Draft');
  await expect(page.locator('[data-selector=send]')).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
