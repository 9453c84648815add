import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadSchema, TicketSchema } from '@/lib/schemas/ticket';
import { captureOutput } from '@/scripts/commands/testing/capture-output';
import extract from '@/scripts/commands/extract';
import { etsy } from './etsy';
import { adapterForUrl } from './index';
import { fixturePage, htmlPage } from './testing/fixture-page';

const CHARLOTTE_URL = 'https://www.etsy.com/messages/1651714855';
const AMELIA_URL = 'https://www.etsy.com/your/conversations/1650098877';
const HARPER_URL = 'https://www.etsy.com/messages/1652200413';

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('etsy', file, url);
  change?.(page.document);
  return etsy.readThread(page.document, page.url);
}

describe('etsy isTicketPage', () => {
  it('is true on a conversation and false on the inbox and the rest of Etsy', () => {
    expect(etsy.isTicketPage(new URL(CHARLOTTE_URL))).toBe(true);
    expect(etsy.isTicketPage(new URL(AMELIA_URL))).toBe(true);
    expect(etsy.isTicketPage(new URL('https://www.etsy.com/messages?ref=seller-platform-mcnav'))).toBe(false);
    expect(etsy.isTicketPage(new URL('https://www.etsy.com/your/conversations'))).toBe(false);
    expect(etsy.isTicketPage(new URL('https://www.etsy.com/listing/1651714855/linen-cushion'))).toBe(false);
  });

  it("is the adapter for Etsy's conversation pages only", () => {
    for (const url of [CHARLOTTE_URL, AMELIA_URL]) expect(adapterForUrl(new URL(url))?.id).toBe('etsy');
    expect(adapterForUrl(new URL('https://www.etsy.com/listing/1651714855/linen-cushion'))).toBeNull();
    expect(adapterForUrl(new URL('https://www.etsy.com.evil.example/messages/1'))).toBeNull();
  });
});

describe('etsy readThread on reconstructed pages', () => {
  it("reads the buyer and their message on a busy page, without Etsy's notices, folders or side panel", () => {
    const thread = read('2026-11-24-buyer-waiting.html', CHARLOTTE_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({
      site: 'etsy',
      threadId: '1651714855',
      subject: 'Etsy conversation with Charlotte Dubois',
      customer: { name: 'Charlotte Dubois' },
      // The newer page shows no subject: the one composed from the member's name is less sure than a shown one.
      confidence: 0.94,
    });
    expect(thread!.messages).toEqual([
      {
        author: { name: 'Charlotte Dubois' },
        role: 'customer',
        sentAt: '2026-11-24T08:12:00.000Z',
        text: "Hello! I also ordered the table runner on your website (order #1068) a few days ago.\nCould you add a second linen cushion cover in sage to that order before it ships? I'm happy to pay the difference.\n\nMerci!\nCharlotte",
      },
    ]);
  });

  it('marks the shop as last writer and carries the Etsy order into the subject', () => {
    const thread = read('2026-11-24-shop-replied-last.html', AMELIA_URL)!;
    expect(thread.subject).toBe('Parcel arrived damaged (Order #3312345678)');
    expect(thread.customer).toEqual({ name: 'Amelia Clarke' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread.messages[1]!.author).toEqual({ name: 'Lena from Northwind Goods' });
    expect(thread.messages.map((m) => m.text).join('\n')).not.toContain('attached 2 photos');
  });

  it('reads roles from sender names and keeps quoted history in the raw text (lib/ticket strips it)', () => {
    const thread = read('2026-11-24-quoted-history.html', HARPER_URL)!;
    expect(thread.threadId).toBe('1652200413');
    expect(thread.customer).toEqual({ name: 'Harper Nguyen' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages[2]!.text).toContain(
      'Sent from my iPhone\n\nOn Nov 21, 2026, at 7:02 AM, Northwind Goods <noreply@etsy.example> wrote:\n> Hi Harper',
    );
    expect(thread.confidence).toBeLessThan(1);
  });

  it('puts messages in time order whatever order the page lists them in', () => {
    const thread = read('2026-11-24-quoted-history.html', HARPER_URL, (doc) => {
      const log = doc.querySelector('[role=log]')!;
      log.prepend(...Array.from(log.children).reverse());
    })!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages[0]!.text).toMatch(/^Hi, is the waffle towel set/);
  });

  it('returns null without throwing on a page mid-load, an empty thread or a changed DOM', () => {
    const loading = htmlPage('<!doctype html><div id="content"><div class="wt-spinner" aria-busy="true"></div></div>', CHARLOTTE_URL);
    expect(etsy.readThread(loading.document, loading.url)).toBeNull();
    expect(read('2026-11-24-buyer-waiting.html', CHARLOTTE_URL, (doc) => doc.querySelector('[role=log]')!.replaceChildren())).toBeNull();
    const changed = read('2026-11-24-shop-replied-last.html', AMELIA_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean, bounded text from hostile markup and a 5 MB message', () => {
    const thread = read('2026-11-24-buyer-waiting.html', CHARLOTTE_URL, (doc) => {
      const body = doc.querySelector('[data-sender=other] [data-selector=message-text]')!;
      body.insertAdjacentHTML(
        'beforeend',
        `<script>steal()</script><svg><text>vector</text></svg><span hidden>secret</span><b title="${'z'.repeat(300_000)}">!</b>`,
      );
      body.append('pasted log line '.repeat(330_000));
      doc.querySelector('[data-selector=other-member-name]')!.textContent = `Charlotte ${'x'.repeat(100_000)}`;
    })!;
    expect(thread.messages[0]!.text).not.toMatch(/steal|vector|secret|zzz/);
    expect(thread.messages[0]!.text.length).toBeLessThanOrEqual(100_000);
    expect(thread.customer.name!.length).toBeLessThanOrEqual(200);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});

/** The whole path agents and CI use: `npm run -s cli -- extract <page> --url <url>` → Ticket. */
describe('etsy fixtures through the CLI extract', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      '2026-11-24-buyer-waiting.html',
      CHARLOTTE_URL,
      'Etsy conversation with Charlotte Dubois',
      { name: 'Charlotte Dubois' },
      ['customer'],
      '#1068',
      "Hello! I also ordered the table runner on your website (order #1068) a few days ago.\nCould you add a second linen cushion cover in sage to that order before it ships? I'm happy to pay the difference.",
    ],
    [
      '2026-11-24-shop-replied-last.html',
      AMELIA_URL,
      'Parcel arrived damaged (Order #3312345678)',
      { name: 'Amelia Clarke' },
      ['customer', 'agent'],
      '#3312345678',
      'Hi, the scarf arrived today but the box was crushed and there is a pulled thread along one edge. Photos attached. What can you do?',
    ],
    // "Sent from my iPhone" and the quoted "On … wrote:" message are not the buyer's new text.
    [
      '2026-11-24-quoted-history.html',
      HARPER_URL,
      'Etsy conversation with Harper Nguyen',
      { name: 'Harper Nguyen' },
      ['customer', 'agent', 'customer'],
      null,
      'Perfect, thank you! I just ordered two sets. Can you include a gift note that says "Happy housewarming, Mai!"?',
    ],
  ] as const)(
    '%s → subject, customer, roles, order and the new customer text',
    async (file, url, subject, customer, roles, orderRef, latest) => {
      const io = captureOutput();
      const code = await extract([`tests/fixtures/sites/etsy/${file}`, '--url', url]);
      vi.restoreAllMocks();
      expect(code).toBe(0);
      const ticket = TicketSchema.parse(JSON.parse(io.out()));
      expect(ticket).toMatchObject({ site: 'etsy', subject, customer });
      expect(ticket.messages.map((m) => m.role)).toEqual(roles);
      if (orderRef) expect(ticket.entities.orderRefs).toContain(orderRef);
      expect(ticket.latestCustomerMessage).toBe(latest);
    },
  );
});
