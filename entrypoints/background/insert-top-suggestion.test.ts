import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Thread } from '@/lib/schemas/ticket';
import { getDatabase } from '@/lib/templates/db';
import { saveTemplate } from '@/lib/templates/repository';
import { ensureStarterPack } from '@/lib/templates/seed';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';
import { LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '@/tests/servers/openai-server';
import { insertTopSuggestion, WAITING_BADGE } from './insert-top-suggestion';

const TAB = 7;

function thread(text: string, subject: string): Thread {
  return {
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    subject,
    customer: { name: 'Emma Schneider', email: 'emma.schneider@example.com' },
    messages: [{ author: { name: 'Emma Schneider', email: 'emma.schneider@example.com' }, role: 'customer', text }],
    confidence: 1,
  };
}

/** The content script's side of the protocol, as a stub of tabs.sendMessage. */
function stubPage(pageThread: Thread | null) {
  const inserted: string[] = [];
  // The inserters arrive with the page-extras script, injected before the insert.
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async () => []) as unknown as typeof browser.scripting.executeScript);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string; text?: string }) => {
    if (message.type === 'getThread') return pageThread ? { thread: pageThread } : { thread: null, reason: 'nothing-found' };
    inserted.push(message.text ?? '');
    return { ok: true };
  }) as never);
  return inserted;
}

describe('the insert-top-suggestion shortcut', () => {
  let badge: ReturnType<typeof vi.fn>;
  let title: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    badge = vi.fn(async () => undefined);
    title = vi.fn(async () => undefined);
    browser.action.setBadgeText = badge as never;
    browser.action.setTitle = title as never;
  });

  it('inserts the top suggestion, filled with the demo order, into the tab', async () => {
    const inserted = stubPage(thread('Hi, where is my order #1047? It still has not arrived. Emma', 'Where is my order #1047?'));
    await insertTopSuggestion(TAB);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toContain('#1047');
    expect(inserted[0]).toContain('1ZA4W68F0386133239');
    expect(badge).toHaveBeenLastCalledWith({ tabId: TAB, text: '' });
    // No AI asked: the title says it was inserted, nothing about who decided.
    expect(title).toHaveBeenLastCalledWith({ tabId: TAB, title: 'Deskpilot: Top reply inserted.' });
  });

  it('inserts the reply to the request the mail is about, not to a side question asked first', async () => {
    const inserted = stubPage(
      thread(
        'Quick question first: could you send me an invoice for my company? Where is my order #1047? The tracking has not moved for a week.',
        'Order #1047',
      ),
    );
    await insertTopSuggestion(TAB);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toContain('1ZA4W68F0386133239');
  });

  it('inserts nothing and flags the toolbar button when the page holds no ticket', async () => {
    const inserted = stubPage(null);
    await insertTopSuggestion(TAB);
    expect(inserted).toHaveLength(0);
    expect(badge).toHaveBeenLastCalledWith({ tabId: TAB, text: '!' });
    expect(title).toHaveBeenLastCalledWith({ tabId: TAB, title: expect.stringMatching(/No ticket/) });
  });

  it('answers a customer the store does not know with the "order not found" reply', async () => {
    const unknown = thread('Where is my order? It has not arrived.', 'Where is my order?');
    unknown.customer = { name: 'Nobody', email: 'nobody@nowhere.example' };
    unknown.messages[0]!.author = unknown.customer;
    const inserted = stubPage(unknown);
    await insertTopSuggestion(TAB);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toMatch(/could not find an order/i);
  });

  // Before the tests below replace the starter library with one template.
  describe('with an AI endpoint configured', () => {
    let ai: OpenAiServer;
    beforeAll(async () => {
      // Its intent task answers by keyword: "factura" → invoice.
      ai = await startOpenAiServer({ scenario: { kind: 'tasks' } });
    });
    afterAll(async () => {
      await aiSettingsSetting.clear();
      await ai.close();
    });

    it('inserts the reply the panel shows on top: an unsure reading follows the AI, a sure one asks no one', async () => {
      await aiSettingsSetting.set({ baseUrl: ai.baseUrl, apiKey: ai.apiKey, model: LOOPBACK_MODEL, enabled: true });
      // Read locally as an unsure payment problem whose words favour the charged-twice reply.
      const unsure = stubPage(thread('Charged again for the same amount as in March, factura please', 'Order #1047'));
      await insertTopSuggestion(TAB);
      expect(unsure).toHaveLength(1);
      expect(unsure[0]).toMatch(/invoice/i);
      const asked = ai.requests.length;
      expect(asked).toBeGreaterThan(0);

      const sure = stubPage(thread('Hi, where is my order #1047? It still has not arrived. Emma', 'Where is my order #1047?'));
      await insertTopSuggestion(TAB);
      expect(sure[0]).toContain('1ZA4W68F0386133239');
      expect(ai.requests.length).toBe(asked);
    });

    it('asks the AI once per ticket: pressed again on the same messages, the shortcut reuses the decision', async () => {
      await aiSettingsSetting.set({ baseUrl: ai.baseUrl, apiKey: ai.apiKey, model: LOOPBACK_MODEL, enabled: true });
      // Read locally as an unsure payment problem (about 0.33), like the test above but its own text.
      const unsureText = 'Same amount charged again like in March, factura please';
      const first = stubPage(thread(unsureText, 'Order #1047'));
      const before = ai.requests.length;
      await insertTopSuggestion(TAB);
      expect(first[0]).toMatch(/invoice/i);
      expect(ai.requests.length).toBe(before + 1);
      // The badge said the shortcut was waiting for the AI, then cleared on insert.
      expect(badge.mock.calls.map(([call]) => call.text)).toEqual([WAITING_BADGE, '']);
      badge.mockClear();
      const again = stubPage(thread(unsureText, 'Order #1047'));
      await insertTopSuggestion(TAB);
      expect(again[0]).toBe(first[0]);
      expect(ai.requests.length).toBe(before + 1);
      expect(badge.mock.calls.map(([call]) => call.text)).toEqual(['']);
      // The reused decision is named like a fresh one: the AI decided this ticket.
      expect(title).toHaveBeenLastCalledWith({
        tabId: TAB,
        title: 'Deskpilot: Top reply inserted, decided by the AI model (the local model was unsure).',
      });
      // Another customer message (read as an unsure invoice, about 0.5) is another question: asked again.
      stubPage(thread('Debited again for the same amount as in April, factura please', 'Order #1047'));
      await insertTopSuggestion(TAB);
      expect(ai.requests.length).toBe(before + 2);
    });
  });

  it('never inserts a reply with gaps silently', async () => {
    await ensureStarterPack();
    const db = getDatabase();
    await db.templateShelves.clear();
    await saveTemplate({
      id: 'team.wismo',
      title: 'Where is my order',
      body: 'Hi {{ customer.first_name }}, your parcel is {{ order.tracking_number }}.',
      intents: ['where_is_my_order'],
      language: 'en',
      sites: [],
      tags: [],
      locallyModified: false,
      updatedAt: '2026-11-24T00:00:00Z',
      usageCount: 0,
    });
    const unknown = thread('Where is my order? It has not arrived.', 'Where is my order?');
    unknown.customer = { name: 'Nobody', email: 'nobody@nowhere.example' };
    const inserted = stubPage(unknown);
    await insertTopSuggestion(TAB);
    expect(inserted).toHaveLength(0);
    expect(badge).toHaveBeenLastCalledWith({ tabId: TAB, text: '!' });
    expect(title).toHaveBeenLastCalledWith({ tabId: TAB, title: expect.stringMatching(/gaps/) });
  });

  it('never inserts a template with fill-in fields: only the agent can answer them, in the panel', async () => {
    await ensureStarterPack();
    const db = getDatabase();
    await db.templateShelves.clear();
    await saveTemplate({
      id: 'team.wismo.delay',
      title: 'Where is my order: new ship date',
      body: 'Hi {{ customer.first_name }}, order {{ order.number }} now ships on {{ fields.ship_date }}.{% if fields.offer_cancel %} I can cancel it.{% endif %}',
      fields: [{ name: 'ship_date', type: 'date' }],
      intents: ['where_is_my_order'],
      language: 'en',
      sites: [],
      tags: [],
      locallyModified: false,
      updatedAt: '2026-11-24T00:00:00Z',
      usageCount: 0,
    });
    const inserted = stubPage(thread('Hi, where is my order #1047? It still has not arrived. Emma', 'Where is my order #1047?'));
    await insertTopSuggestion(TAB);
    expect(inserted).toHaveLength(0);
    expect(badge).toHaveBeenLastCalledWith({ tabId: TAB, text: '!' });
    expect(title).toHaveBeenLastCalledWith({ tabId: TAB, title: expect.stringMatching(/fill in fields/) });
  });
});
