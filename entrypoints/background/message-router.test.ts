import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSecretStore, SECRETS_DB_NAME } from '@/lib/connectors/secret-store';
import { READER_WORDS } from '@/lib/sites/reader-words-data';
import { sentReading } from '@/lib/suggest/ai/opinion-basis';
import { ticketSaying } from '@/lib/suggest/testing/fixtures';
import { readTicketIntent } from '@/lib/suggest/ticket-intent';
import { fromExtensionPage, routeMessage } from './message-router';

const emma = { type: 'findOrders', query: { email: 'emma.schneider@example.com', orderRefs: [] } };
const panel = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });

afterEach(async () => {
  await closeSecretStore();
  await Dexie.delete(SECRETS_DB_NAME);
});

describe('the background answers findOrders only to extension pages', () => {
  it("answers the panel with the customer's orders", async () => {
    const answer = (await routeMessage(emma, panel())) as { orders: Array<{ number: string }> };
    expect(answer.orders.map((o) => o.number)).toContain('#1047');
  });

  it('does not answer a content script, even one of ours, nor a web page', () => {
    expect(routeMessage(emma, { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox/abc' })).toBeUndefined();
    expect(routeMessage(emma, { id: fakeBrowser.runtime.id })).toBeUndefined();
    expect(routeMessage(emma, { id: 'another-extension', url: panel().url })).toBeUndefined();
  });

  it('tells an extension page from a look-alike address', () => {
    const root = 'chrome-extension://abcdefgh/';
    expect(fromExtensionPage({ url: 'chrome-extension://abcdefgh/options.html' }, root)).toBe(true);
    expect(fromExtensionPage({ url: 'chrome-extension://abcdefghx/options.html' }, root)).toBe(false);
    expect(fromExtensionPage({ url: 'https://chrome-extension.example/abcdefgh/' }, root)).toBe(false);
    expect(fromExtensionPage({ url: 'not a url' }, root)).toBe(false);
  });

  it('ignores malformed requests', () => {
    expect(routeMessage({ type: 'findOrders', query: { email: 'x'.repeat(400), orderRefs: [] } }, panel())).toBeUndefined();
  });
});

describe('the background gives the reader word lists to our content scripts', () => {
  it('answers a content script of ours, never another extension', async () => {
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://acme.zendesk.com/agent/tickets/1' };
    expect(await routeMessage({ type: 'readerWords' }, contentScript)).toBe(READER_WORDS);
    expect(routeMessage({ type: 'readerWords' }, { id: 'another-extension', url: contentScript.url })).toBeUndefined();
  });
});

describe("the background asks the AI's second opinion for the panel only", () => {
  it("answers the panel with a decision, never a content script (it would spend the agent's paid calls)", async () => {
    const ticket = ticketSaying('Hello, where is my order #1047? The tracking has not moved. Thanks');
    const ask = { type: 'decideIntent', ticket, orders: [], local: sentReading(readTicketIntent(ticket)) };
    // No endpoint is configured here: the decision is the local reading, asked of no one.
    expect(await routeMessage(ask, panel())).toMatchObject({ intent: 'where_is_my_order', decidedBy: 'local', askedAi: false });
    expect(routeMessage(ask, { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox/abc' })).toBeUndefined();
    expect(routeMessage({ ...ask, ticket: { subject: 'not a ticket' } }, panel())).toBeUndefined();
    // The panel's reading is parsed too: intents of the taxonomy, one score per intent at most.
    const reading = ask.local.reading;
    expect(routeMessage({ ...ask, local: { ...ask.local, reading: { ...reading, intent: 'wire_money' } } }, panel())).toBeUndefined();
    const padded = { ...reading, ranking: [...reading.ranking, ...reading.ranking] };
    expect(routeMessage({ ...ask, local: { ...ask.local, reading: padded } }, panel())).toBeUndefined();
    expect(routeMessage({ ...ask, local: undefined }, panel())).toBeUndefined();
  });
});
