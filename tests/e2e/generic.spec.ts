import type { Page } from '@playwright/test';
import { expect, recordInputEvents, test } from './fixtures';

const HELPDESK = '2026-11-24-helpdesk-ticket.html';
const FORUM = '2026-11-24-forum-thread.html';

/**
 * "Always read this site", as the panel's button does it after the browser granted the origin:
 * Playwright cannot accept a permission prompt, and the test build already holds loopback access.
 */
function siteAccess(panel: Page, action: 'status' | 'enable' | 'disable', url: string) {
  return panel.evaluate(
    ({ action, url }) => {
      const tabId = Number(new URLSearchParams(location.search).get('tabId'));
      return chrome.runtime.sendMessage({ type: 'siteAccess', action, url, tabId });
    },
    { action, url },
  );
}

test('an allowed helpdesk is read by the generic adapter, on every page of it, until the agent stops', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const ticketUrl = server.pageUrl('generic', HELPDESK);
  await page.goto(ticketUrl);
  const panel = await ext.openPanel(page);
  // Nothing is injected into a page no adapter knows until the agent asks.
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'no-content-script');

  expect(await siteAccess(panel, 'enable', ticketUrl)).toEqual({ pattern: 'http://127.0.0.1/*', granted: true, registered: true });

  // The open tab is read at once, without a reload.
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Damaged mug – order #4521');
  const card = panel.getByTestId('ticket-card');
  await expect(card).toContainText(/General reader · read with \d+% confidence/);
  await expect(panel.getByTestId('ticket-customer')).toContainText('Sarah Kim');
  await expect(panel.getByTestId('latest-message')).toContainText('the box had a dent');
  await expect(card).toContainText('Order #4521');

  const insertable = panel.getByTestId('suggestion').getByRole('button', { name: 'Insert', exact: true }).and(panel.locator(':enabled'));
  const inputEvents = await recordInputEvents(page);
  await insertable.first().click();
  await expect(panel.getByTestId('suggestion').getByRole('status').first()).toContainText('Inserted');
  await expect.poll(() => page.locator('#reply-body').inputValue()).not.toBe('');
  expect(await page.locator('textarea[name=note]').inputValue()).toBe('');
  expect(await inputEvents()).toBeGreaterThan(0);

  // Another page of the same site is read by the registered script as it loads.
  const forum = await ext.context.newPage();
  await forum.goto(server.pageUrl('generic', FORUM));
  const forumPanel = await ext.openPanel(forum);
  await expect(forumPanel.getByTestId('ticket-subject')).toHaveText('Order 10452 never arrived – DHL tracking stuck');
  await expect(forumPanel.getByTestId('ticket-customer')).toContainText('mhoffmann');

  // Stopping unregisters it (the test build's loopback permission is part of its manifest and stays).
  expect(await siteAccess(forumPanel, 'disable', ticketUrl)).toEqual({ pattern: 'http://127.0.0.1/*', granted: true, registered: false });
  const later = await ext.context.newPage();
  await later.goto(`${server.pageUrl('generic', FORUM)}?after=stop`);
  const laterPanel = await ext.openPanel(later);
  await expect(laterPanel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'no-content-script');
});

test('a page with no conversation gets a clear "no ticket here" from the generic adapter', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const url = server.pageUrl('generic', '2026-11-24-no-conversation.html');
  await page.goto(url);
  const panel = await ext.openPanel(page);
  await siteAccess(panel, 'enable', url);
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'nothing-found');
  await siteAccess(panel, 'disable', url);
});

test('"Use selection as ticket": the selected text, line breaks kept, becomes the ticket', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const url = server.pageUrl('generic', '2026-11-24-no-conversation.html');
  await page.goto(url);
  const panel = await ext.openPanel(page);
  await siteAccess(panel, 'enable', url);
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'nothing-found');

  // The agent selects the two paragraphs of the post, then picks the context-menu entry, which
  // hands the reader Chromium's selectionText (line breaks collapsed).
  const selected = await page.evaluate(() => {
    const paragraphs = document.querySelectorAll('article p:not(.byline)');
    const range = document.createRange();
    range.setStartBefore(paragraphs[0]!);
    range.setEndAfter(paragraphs[1]!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  expect(selected).toContain('\n');
  const worker = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId))!;
  const answer = await worker.evaluate(
    async ({ pageUrl, selectionText }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'genericRead', use: 'selection', selection: selectionText }, { frameId: 0 });
    },
    { pageUrl: url, selectionText: selected.replace(/\s+/g, ' ') },
  );
  expect(answer).toEqual({ ok: true, reading: 'selection' });

  await expect(panel.getByTestId('ticket-card')).toContainText('General reader · read with 50% confidence');
  await expect(panel.getByTestId('latest-message')).toHaveText(selected.trim().replace(/\n{3,}/g, '\n\n'));
  await expect(panel.getByTestId('ticket-customer')).toContainText('Unknown customer');
});

test('the panel offers to always read a site it has no reader for, and reads it after the click', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('generic', HELPDESK));
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'no-content-script');
  // The test build already holds loopback access, so the browser grants it without a prompt.
  await panel
    .getByTestId('site-access')
    .getByRole('button', { name: /Always read/ })
    .click();
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Damaged mug – order #4521');
  await expect(panel.getByTestId('site-access')).toHaveAttribute('data-state', 'always');
});
