import { expect, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
/** Emma asks where order #1047 is and, in the same mail, for an invoice. */
const TWO_REQUESTS = '2026-12-04-two-requests.html';

test('a Gmail mail asking two things shows one suggestion group per request, each topped by its reply', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', TWO_REQUESTS, EMMA_THREAD));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('intent')).toHaveAttribute('data-intent', 'where_is_my_order');
  const groups = panel.getByTestId('suggestion-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0)).toHaveAttribute('data-intent', 'where_is_my_order');
  await expect(groups.nth(1)).toHaveAttribute('data-intent', 'invoice');
  await expect(groups.nth(0).getByTestId('request-text')).toContainText('Where is my order?');
  await expect(groups.nth(1).getByTestId('request-text')).toContainText('send me an invoice');

  const wismo = groups.nth(0).getByTestId('suggestion').first();
  await expect(wismo).toHaveAttribute('data-template', 'starter.wismo.tracking');
  await expect(wismo.getByTestId('rendered')).toContainText('1ZA4W68F0386133239');
  const invoice = groups.nth(1).getByTestId('suggestion').first();
  await expect(invoice).toHaveAttribute('data-template', 'starter.invoice.request');
  await expect(invoice.getByTestId('rendered')).toContainText('#1047');
  await expect(invoice.getByRole('button', { name: 'Insert', exact: true })).toBeEnabled();
});
