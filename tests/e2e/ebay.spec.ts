import { expect, recordInputEvents, test } from './fixtures';

const BUSY_PAGE = '2026-11-24-buyer-waiting.html';

test('reads an eBay conversation, finds the web order the buyer names and inserts a reply into the message box', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('ebay', BUSY_PAGE));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-customer')).toContainText('jack.sullivan_oakpark');
  const order = panel.locator('[data-testid=order-card][data-order="#1059"]');
  await expect(order).toContainText('Alpaca Socks');
  await expect(order).toContainText('USPS');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).not.toBeEmpty();
  const rendered = (await top.getByTestId('rendered').innerText()).trim();

  const inputEvents = await recordInputEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  const box = page.getByTestId('reply-textarea');
  expect((await box.inputValue()).trim()).toBe(rendered);
  expect(await inputEvents()).toBeGreaterThan(0);
  // The page's own listener saw the input: its counter and Send button follow the box.
  await expect(page.getByTestId('reply-count')).toHaveText(String((await box.inputValue()).length));
  await expect(page.getByTestId('send-button')).toBeEnabled();
  // Deskpilot never sends.
  await expect(page.getByRole('alert')).toHaveCount(0);
});
