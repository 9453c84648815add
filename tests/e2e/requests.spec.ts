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

test('a side question asked first does not take the top: the lead request group and its reply come first', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', TWO_REQUESTS, EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const groups = panel.getByTestId('suggestion-group');
  await expect(groups.nth(0)).toHaveAttribute('data-intent', 'where_is_my_order');

  // The customer's latest message is rewritten in the page; the content script reads it again.
  await page.evaluate(() => {
    const bodies = document.querySelectorAll('div.a3s');
    bodies[bodies.length - 1]!.textContent =
      'Quick question first: could you send me an invoice for my company? Where is my order #1047? The tracking has not moved for a week.';
  });
  await expect(groups.nth(0).getByTestId('request-text')).toContainText('Where is my order');
  await expect(panel.getByTestId('intent')).toHaveAttribute('data-intent', 'where_is_my_order');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0)).toHaveAttribute('data-intent', 'where_is_my_order');
  await expect(groups.nth(1)).toHaveAttribute('data-intent', 'invoice');
  // The first card in the panel is what "insert the top suggestion" inserts.
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-template', 'starter.wismo.tracking');
});
