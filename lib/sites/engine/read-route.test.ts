import { afterEach, describe, expect, it } from 'vitest';
import type { Thread } from '@/lib/schemas/ticket';
import { ADAPTERS } from '@/lib/sites/index';
import { ebay } from '@/lib/sites/ebay';
import { htmlPage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { CONVERSATION_PAGE, MESSAGE_LIST_PAGE, PRODUCT_PAGE } from '@/lib/sites/testing/route-pages';
import type { SiteAdapter } from '@/lib/sites/types';
import { isCustomerConversation, readRoute, routeKind } from './read-route';

const NEW_ROUTE = 'https://www.ebay.com/mesh/ord/messages/7';
let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});
const read = (html: string, url: string, adapter: SiteAdapter = ebay) => {
  page = htmlPage(html, url);
  return readRoute(page.document, page.url, { adapter });
};

describe('the route decision', () => {
  it('reads a known conversation route with the whole engine', () => {
    const known = { ...ebay, readThread: (): Thread => ({ ...THREAD, confidence: 0.9 }) };
    expect(read(CONVERSATION_PAGE, 'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/1', known)).toMatchObject({
      route: 'conversation',
      thread: { reader: 'site', subject: 'Mug' },
    });
  });

  it('refuses a route the adapter declares holds no conversation, without reading it', () => {
    const reads: string[] = [];
    const watched = { ...ebay, readThread: () => (reads.push('read'), null) };
    expect(read(CONVERSATION_PAGE, 'https://www.ebay.com/mesh/ord/details?orderid=12-34567-89012', watched)).toEqual({
      route: 'no-conversation',
      thread: null,
    });
    expect(reads).toEqual([]);
  });

  it('reads an unknown route structurally when it shows a conversation with a customer', () => {
    const { route, thread } = read(CONVERSATION_PAGE, NEW_ROUTE);
    expect(route).toBe('unknown');
    expect(thread).toMatchObject({ site: 'ebay', reader: 'structural', customer: { name: 'Priya Nair' } });
    expect(thread!.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('finds no ticket on an unknown route showing a message list or a product page with reviews', () => {
    expect(read(MESSAGE_LIST_PAGE, NEW_ROUTE)).toEqual({ route: 'unknown', thread: null });
    expect(read(PRODUCT_PAGE, 'https://www.ebay.com/mesh/itm/1234567')).toEqual({ route: 'unknown', thread: null });
  });

  it('keeps one customer shown by name in one message and by address in another, not two', () => {
    const customer = (author: Thread['messages'][number]['author']) => ({ author, role: 'customer' as const, text: 'Hi' });
    const one = { ...THREAD, messages: [customer({ name: 'Priya Nair' }), customer({ email: 'priya@example.org' })] };
    expect(isCustomerConversation(one)).toBe(true);
    const two = { ...THREAD, messages: [customer({ name: 'Priya Nair' }), customer({ name: 'Li W.' })] };
    expect(isCustomerConversation(two)).toBe(false);
    expect(isCustomerConversation({ ...THREAD, confidence: 0.3 })).toBe(false);
    expect(isCustomerConversation({ ...THREAD, messages: [{ ...customer({ name: 'Sam' }), role: 'agent' }] })).toBe(false);
  });
});

describe("each site's declared routes", () => {
  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN', 'conversation'],
    ['gmail', 'https://mail.google.com/mail/u/0/#label/Orders', 'no-conversation'],
    ['gmail', 'https://mail.google.com/mail/u/0/#settings/general', 'no-conversation'],
    ['gmail', 'https://mail.google.com/mail/u/0/#support-hub/open', 'unknown'],
    ['zendesk', 'https://acme.zendesk.com/agent/filters/360001234567', 'no-conversation'],
    ['zendesk', 'https://acme.zendesk.com/agent/conversations/91', 'unknown'],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/filters/all_tickets', 'no-conversation'],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/2317', 'conversation'],
    ['help-scout', 'https://secure.helpscout.net/mailbox/8bdaa0e6241e867f/321418/', 'no-conversation'],
    ['gorgias', 'https://acme.gorgias.com/app/tickets', 'no-conversation'],
    ['gorgias', 'https://acme.gorgias.com/app/views/12/58213', 'unknown'],
    ['outlook', 'https://outlook.office.com/mail/inbox', 'no-conversation'],
    ['outlook', 'https://outlook.office.com/mail/inbox/id/AAQk', 'conversation'],
    ['amazon-seller-central', 'https://sellercentral.amazon.com/orders-v3/order/114-1', 'no-conversation'],
    ['amazon-seller-central', 'https://sellercentral.amazon.com/gp/communication-manager/inbox.html', 'unknown'],
    ['etsy', 'https://www.etsy.com/messages', 'no-conversation'],
    ['etsy', 'https://www.etsy.com/fr/messages/1702119346', 'unknown'],
    ['ebay', 'https://mesg.ebay.com/mesgweb/ViewMessages/0/m2m', 'no-conversation'],
    ['ebay', NEW_ROUTE, 'unknown'],
  ] as const)('%s %s is %s', (site, url, kind) => {
    expect(routeKind(ADAPTERS[site], new URL(url))).toBe(kind);
  });
});

const THREAD: Thread = {
  site: 'ebay',
  url: NEW_ROUTE,
  subject: 'Mug',
  customer: { name: 'Priya Nair' },
  messages: [{ author: { name: 'Priya Nair' }, role: 'customer', text: 'Hi' }],
  confidence: 0.8,
};
