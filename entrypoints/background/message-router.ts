/**
 * Which requests the background answers, and to whom. Web pages never reach it (sender.id), and
 * a content script runs inside a page a customer or an attacker may control: it may only say the
 * thread changed. Everything that reads customers' orders, changes site access, tests a store's
 * secrets or calls the AI model is answered only to the extension's own pages (panel, options).
 */
import { ExtensionRequestSchema } from '@/lib/schemas/messages';
import { READER_WORDS } from '@/lib/sites/reader-words-data';
import { findOrders, orderDetails } from './find-orders';
import { decideForPanel } from './intent-decision';
import { siteAccess } from './site-access';
import { type ContentScriptSender, injectStructuralReader } from './structural-reader';
import { testStoreConnection } from './stores';

export interface MessageSender extends ContentScriptSender {
  id?: string;
  url?: string;
}

/** True for the extension's own pages (chrome-extension://<id>/…), false for a content script's page. */
export function fromExtensionPage(sender: MessageSender, extensionRoot = browser.runtime.getURL('/')): boolean {
  if (!sender.url) return false;
  try {
    // Not `origin`: URL gives "null" as the origin of every chrome-extension:// address.
    const page = new URL(sender.url);
    const root = new URL(extensionRoot);
    return page.protocol === root.protocol && page.host === root.host && page.host !== '';
  } catch {
    return false;
  }
}

/** The answer to one message, or undefined when the background does not answer it (to this sender). */
export function routeMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = ExtensionRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  switch (request.data.type) {
    case 'threadChanged':
      return undefined; // for the panel, which listens itself
    case 'readerWords':
      // Public data (the word lists in the extension's own files): any of our contexts may have them.
      return Promise.resolve(READER_WORDS);
    case 'structuralReader':
      // Our own reading code into the asking frame of a tab (an extension page has no tab).
      return injectStructuralReader(sender);
    case 'findOrders':
      // A content script could otherwise ask for any customer's orders by email.
      return fromExtensionPage(sender) ? findOrders(request.data.query) : undefined;
    case 'orderDetails':
      // The same: a store's order is read for the extension's own pages only.
      return fromExtensionPage(sender) ? orderDetails(request.data.order) : undefined;
    case 'decideIntent':
      // A paid call with the user's key: a content script must not spend it.
      return fromExtensionPage(sender) ? decideForPanel(request.data.ticket, request.data.orders, request.data.local) : undefined;
    case 'siteAccess':
      return fromExtensionPage(sender) ? siteAccess(request.data.action, request.data.url, request.data.tabId) : undefined;
    case 'testStoreConnection':
      // The options page's secrets as typed.
      return fromExtensionPage(sender) ? testStoreConnection(request.data.connection) : undefined;
  }
}
