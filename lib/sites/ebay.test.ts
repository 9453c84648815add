import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadSchema, TicketSchema } from '@/lib/schemas/ticket';
import { captureOutput } from '@/scripts/commands/testing/capture-output';
import extract from '@/scripts/commands/extract';
import { ebay } from './ebay';
import { adapterForUrl } from './index';
import { fixturePage, htmlPage } from './testing/fixture-page';

const JACK_URL = 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2417739012345';
const CALEB_URL = 'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/153912345678';
const RYAN_URL = 'https://www.ebay.ca/cnt/ViewMessage?question_id=2417700011122';

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('ebay', file, url);
  change?.(page.document);
  return ebay.readThread(page.document, page.url);
}

describe('ebay isTicketPage', () => {
  it('is true on conversation routes and false on lists, orders and the rest of eBay', () => {
    expect(ebay.isTicketPage(new URL(JACK_URL))).toBe(true);
    expect(ebay.isTicketPage(new URL(CALEB_URL))).toBe(true);
    expect(ebay.isTicketPage(new URL('https://www.ebay.de/mye/myebay/messages?folder=inbox'))).toBe(true);
    expect(ebay.isTicketPage(new URL('https://mesg.ebay.com/mesgweb/ViewMessages/0/m2m'))).toBe(false);
    expect(ebay.isTicketPage(new URL('https://www.ebay.com/mesh/ord/details?orderid=27-13046-58832'))).toBe(false);
    expect(ebay.isTicketPage(new URL('https://www.ebay.com/itm/256712345678'))).toBe(false);
  });

  it("is the adapter for eBay's message hosts on each marketplace, and nothing else", () => {
    for (const url of [
      JACK_URL,
      CALEB_URL,
      RYAN_URL,
      'https://mesg.ebay.co.uk/mesgweb/ViewMessageDetail/0/m2m/1',
      'https://www.ebay.de/cnt/ViewMessage?question_id=1',
    ]) {
      expect(adapterForUrl(new URL(url))?.id).toBe('ebay');
    }
    expect(adapterForUrl(new URL('https://mesg.ebay.com.evil.example/mesgweb/ViewMessageDetail/0/m2m/1'))).toBeNull();
    expect(adapterForUrl(new URL('https://www.ebay.com/itm/256712345678'))).toBeNull();
  });
});

describe('ebay readThread on reconstructed pages', () => {
  it('reads the buyer, subject and message on a busy page, ignoring the inbox list, card and ads', () => {
    const thread = read('2026-11-24-buyer-waiting.html', JACK_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({
      site: 'ebay',
      threadId: '2417739012345',
      subject: 'jack.sullivan_oakpark sent a message about Ribbed Wool Beanie – Rust #256712345678',
      customer: { name: 'jack.sullivan_oakpark' },
      confidence: 1,
    });
    expect(thread!.messages).toHaveLength(1);
    expect(thread!.messages[0]).toEqual({
      author: { name: 'jack.sullivan_oakpark' },
      role: 'customer',
      sentAt: '2026-11-24T15:41:00.000Z',
      text: "Hi! I bought the alpaca socks on your website last week (order #1059) and thought I'd ask here since it's quicker.\n\nThe USPS tracking hasn't moved since Friday. Can you check where the package is?\n\nAlso, do you have this beanie in grey?\nThanks, Jack",
    });
  });

  it('names the buyer from the order card, leaves out eBay notices, marks the shop as last writer and carries the order number', () => {
    const thread = read('2026-11-24-seller-replied-last.html', CALEB_URL)!;
    expect(thread.customer).toEqual({ name: 'Caleb Wright' });
    expect(thread.subject).toBe(
      'Other: caleb_wright_mt sent a message about Classic Linen Shirt – Size L #256798765432 (Order: 27-13046-58832)',
    );
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread.messages[1]!.author).toEqual({});
    expect(thread.messages.map((m) => m.text).join('\n')).not.toContain('paid for this item');
    expect(thread.threadId).toBe('153912345678');
  });

  it('keeps quoted history in the raw text (lib/ticket strips it) and reads through the class fallbacks', () => {
    const thread = read('2026-11-24-quoted-history.html', RYAN_URL)!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages[2]!.text).toMatch(
      /^Great, I ordered it \(order 09-12873-40551\)\. Could you gift wrap it\?.*\n\nRyan\n\n-----Original Message-----\nFrom: northwind-goods/s,
    );
    expect(thread.subject).toContain('(Order: 09-12873-40551)');
    expect(thread.threadId).toBe('2417700011122');
    expect(thread.confidence).toBeLessThan(1);
  });

  it('puts messages in time order whatever order the page lists them in', () => {
    const thread = read('2026-11-24-quoted-history.html', RYAN_URL, (doc) => {
      const log = doc.querySelector('[role=log]')!;
      log.prepend(...Array.from(log.children).reverse());
    })!;
    expect(thread.messages.map((m) => m.sentAt)).toEqual([
      '2026-11-17T13:05:00.000Z',
      '2026-11-17T18:30:00.000Z',
      '2026-11-24T12:10:00.000Z',
    ]);
  });

  it('reads roles from sender labels when neither attributes nor classes say', () => {
    const thread = read('2026-11-24-seller-replied-last.html', CALEB_URL, (doc) => {
      doc.querySelectorAll('.msg-bubble').forEach((bubble) => (bubble.className = 'msg-bubble'));
    })!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
  });

  it('returns null without throwing on a page mid-load, an empty thread or a changed DOM', () => {
    const loading = htmlPage('<!doctype html><main id="mainContent"><div class="spinner" aria-busy="true"></div></main>', JACK_URL);
    expect(ebay.readThread(loading.document, loading.url)).toBeNull();
    expect(
      read('2026-11-24-buyer-waiting.html', JACK_URL, (doc) => doc.querySelectorAll('[data-testid=message]').forEach((m) => m.remove())),
    ).toBeNull();
    const changed = read('2026-11-24-seller-replied-last.html', CALEB_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean, bounded text from hostile markup and a 5 MB message', () => {
    const thread = read('2026-11-24-buyer-waiting.html', JACK_URL, (doc) => {
      const body = doc.querySelector('[data-testid=message-body]')!;
      body.insertAdjacentHTML(
        'beforeend',
        `<script>steal()</script><img src=x onerror="steal()" title="${'y'.repeat(200_000)}"><p style="display:none">secret</p>`,
      );
      body.append('pasted log line '.repeat(330_000));
      doc.querySelector('[data-testid=member-username]')!.textContent = `jack ${'x'.repeat(100_000)}`;
    })!;
    expect(thread.messages[0]!.text).not.toMatch(/steal|secret|yyy/);
    expect(thread.messages[0]!.text.length).toBeLessThanOrEqual(100_000);
    expect(thread.customer.name!.length).toBeLessThanOrEqual(200);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});

/** The whole path agents and CI use: `npm run -s cli -- extract <page> --url <url>` → Ticket. */
describe('ebay fixtures through the CLI extract', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      '2026-11-24-buyer-waiting.html',
      JACK_URL,
      'jack.sullivan_oakpark sent a message about Ribbed Wool Beanie – Rust #256712345678',
      { name: 'jack.sullivan_oakpark' },
      ['customer'],
      '#1059',
      "Hi! I bought the alpaca socks on your website last week (order #1059) and thought I'd ask here since it's quicker.\n\nThe USPS tracking hasn't moved since Friday. Can you check where the package is?\n\nAlso, do you have this beanie in grey?\nThanks, Jack",
    ],
    [
      '2026-11-24-seller-replied-last.html',
      CALEB_URL,
      'Other: caleb_wright_mt sent a message about Classic Linen Shirt – Size L #256798765432 (Order: 27-13046-58832)',
      { name: 'Caleb Wright' },
      ['customer', 'agent'],
      '27-13046-58832',
      'Hello, I just realised I ordered size L but I need an M. Can you swap it before it ships? Thank you!',
    ],
    // The quoted "-----Original Message-----" is history, not the buyer's new text.
    [
      '2026-11-24-quoted-history.html',
      RYAN_URL,
      'maple-leaf-reseller sent a message about Merino Crew Sweater – Navy – Size L #256733311122 (Order: 09-12873-40551)',
      { name: 'maple-leaf-reseller' },
      ['customer', 'agent', 'customer'],
      '09-12873-40551',
      "Great, I ordered it (order 09-12873-40551). Could you gift wrap it? It's for my brother.\n\nRyan",
    ],
  ] as const)(
    '%s → subject, customer, roles, order and the new customer text',
    async (file, url, subject, customer, roles, orderRef, latest) => {
      const io = captureOutput();
      const code = await extract([`tests/fixtures/sites/ebay/${file}`, '--url', url]);
      vi.restoreAllMocks();
      expect(code).toBe(0);
      const ticket = TicketSchema.parse(JSON.parse(io.out()));
      expect(ticket).toMatchObject({ site: 'ebay', subject, customer });
      expect(ticket.messages.map((m) => m.role)).toEqual(roles);
      if (orderRef) expect(ticket.entities.orderRefs).toContain(orderRef);
      expect(ticket.latestCustomerMessage).toBe(latest);
    },
  );
});
