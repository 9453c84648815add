import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The generic reader on request, the activeTab path: the context menu's "read this page" and the
 * read-page shortcut on a page no adapter knows. Playwright reaches neither the browser's menu nor
 * its shortcuts, so the spec calls the background's own handlers (onMenuClick, onReadCommand; the e2e
 * build exposes them on the worker) with the tab, as the browser would. What it cannot do is the
 * browser's activeTab grant itself: the test build holds loopback access, which lets the injection in.
 */
type Handlers = {
  e2eOnMenuClick: (info: { menuItemId: string }, tab: { id?: number; windowId?: number }) => Promise<boolean>;
  e2eOnReadCommand: (tab: { id?: number; windowId?: number }) => Promise<boolean>;
};

const HELPDESK = '2026-11-24-helpdesk-ticket.html';
const FORUM = '2026-11-24-forum-thread.html';

function workerOf(ext: { context: { serviceWorkers(): Worker[] }; extensionId: string }): Worker {
  return ext.context.serviceWorkers().find((worker) => worker.url().includes(ext.extensionId))!;
}

/** Runs a handler on the tab that shows `pageUrl`; answers whether the tab was read, and the tab's badge after. */
function runHandler(worker: Worker, pageUrl: string, handler: 'menu' | 'command') {
  return worker.evaluate(
    async ({ pageUrl, handler }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const handlers = globalThis as unknown as Handlers;
      const clicked = { id: tab!.id, windowId: tab!.windowId };
      const read =
        handler === 'menu'
          ? await handlers.e2eOnMenuClick({ menuItemId: 'deskpilot-read-page' }, clicked)
          : await handlers.e2eOnReadCommand(clicked);
      return { read, badge: await chrome.action.getBadgeText({ tabId: tab!.id }) };
    },
    { pageUrl, handler },
  );
}

async function panelWithNoReader(ext: Parameters<typeof workerOf>[0] & { openPanel(page: Page): Promise<Page> }, page: Page) {
  const panel = await ext.openPanel(page);
  // Nothing is injected into a page no adapter knows until the agent asks.
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'no-content-script');
  return panel;
}

test('"Read this page" from the context menu injects the generic reader and the open panel gets the ticket', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const url = server.pageUrl('generic', HELPDESK);
  await page.goto(url);
  const panel = await panelWithNoReader(ext, page);

  expect(await runHandler(workerOf(ext), url, 'menu')).toEqual({ read: true, badge: '' });

  await expect(panel.getByTestId('ticket-subject')).toHaveText('Damaged mug – order #4521');
  await expect(panel.getByTestId('ticket-card')).toContainText(/General reader · read with \d+% confidence/);
  await expect(panel.getByTestId('ticket-customer')).toContainText('Sarah Kim');
  await expect(panel.getByTestId('latest-message')).toContainText('the box had a dent');
});

test('the read-page shortcut reads the page, or the live selection when the agent made one', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const url = server.pageUrl('generic', FORUM);
  await page.goto(url);
  const panel = await panelWithNoReader(ext, page);

  expect(await runHandler(workerOf(ext), url, 'command')).toEqual({ read: true, badge: '' });
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Order 10452 never arrived – DHL tracking stuck');
  await expect(panel.getByTestId('ticket-customer')).toContainText('mhoffmann');

  // A second press with a selection: the reader, injected once, now reads what the agent selected.
  const selected = await page.evaluate(() => {
    const first = document.querySelector('article p')!;
    getSelection()!.selectAllChildren(first);
    return getSelection()!.toString();
  });
  expect(await runHandler(workerOf(ext), url, 'command')).toEqual({ read: true, badge: '' });
  await expect(panel.getByTestId('ticket-card')).toContainText('General reader · read with 50% confidence');
  await expect(panel.getByTestId('latest-message')).toHaveText(selected.trim());
});
