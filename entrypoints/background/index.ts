/**
 * The background: routes messages, makes the store calls (host permissions and secrets live
 * here, never in the content script), opens the panel from the toolbar, handles the shortcut.
 */
import { ExtensionRequestSchema } from '@/lib/schemas/messages';
import { findOrders } from './find-orders';
import { setUpGenericReader } from './generic-reader';
import { insertTopSuggestion } from './insert-top-suggestion';
import { setUpPackRefresh } from './packs';
import { setUpPanelOpening } from './panel-opening';
import { setUpSiteAccess, siteAccess } from './site-access';
import { testStoreConnection } from './stores';

export default defineBackground(() => {
  setUpPanelOpening();
  setUpGenericReader();
  setUpSiteAccess();
  // Synchronously at start-up: an alarm that wakes the worker must find its listener.
  setUpPackRefresh();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the extension's own pages and content scripts talk to us; web pages cannot.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = ExtensionRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    switch (request.data.type) {
      case 'findOrders':
        return findOrders(request.data.query);
      case 'threadChanged':
        return undefined; // for the panel, which listens itself
      case 'siteAccess':
        // Only the extension's own pages (the panel), never a content script acting for a page.
        if (!fromExtensionPage(sender)) return undefined;
        return siteAccess(request.data.action, request.data.url, request.data.tabId);
      case 'testStoreConnection':
        // The options page's secrets as typed: only extension pages may ask.
        if (!fromExtensionPage(sender)) return undefined;
        return testStoreConnection(request.data.connection);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'insert-top-suggestion') void insertTopSuggestion(tab?.id);
  });
});

function fromExtensionPage(sender: { url?: string }): boolean {
  return Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));
}
