import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadSchema, TicketSchema } from '@/lib/schemas/ticket';
import { captureOutput } from '@/scripts/commands/testing/capture-output';
import extract from '@/scripts/commands/extract';
import { adapterForUrl } from './index';
import { outlook } from './outlook';
import { fixturePage, htmlPage } from './testing/fixture-page';

const OLIVER_URL =
  'https://outlook.office.com/mail/inbox/id/AAQkADNiZjE3MjFmLTk1YmQtNGMxYi04OTQwLTYwN2NhNjBhMjQ1ZgAQAJvT0cu8lEx6h4m3E9xw2fE%3D';
const ETHAN_URL = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAAAA';
const LUKAS_URL = 'https://outlook.office365.com/mail/deeplink/read/AAMkAGQ1';
const OLIVER = { name: 'Oliver Hughes', email: 'oliver.hughes@example.com' };
/** Outlook shows local dates ("Tue 11/24/2026 9:14 AM"); they parse as local time wherever the tests run. */
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('outlook', file, url);
  change?.(page.document);
  return outlook.readThread(page.document, page.url);
}

describe('outlook isTicketPage', () => {
  it('is true with a message open and false on folders, calendar and settings', () => {
    expect(outlook.isTicketPage(new URL(OLIVER_URL))).toBe(true);
    expect(outlook.isTicketPage(new URL(ETHAN_URL))).toBe(true);
    expect(outlook.isTicketPage(new URL(LUKAS_URL))).toBe(true);
    expect(outlook.isTicketPage(new URL('https://outlook.office.com/mail/inbox'))).toBe(false);
    expect(outlook.isTicketPage(new URL('https://outlook.office.com/mail/'))).toBe(false);
    expect(outlook.isTicketPage(new URL('https://outlook.office.com/calendar/view/week'))).toBe(false);
  });

  it("is true on the light version's opened message, false on its folders", () => {
    const light = 'https://outlook.office365.com/owa/?ae=Item&t=IPM.Note&id=RgAAAAB7';
    expect(outlook.isTicketPage(new URL(light))).toBe(true);
    expect(adapterForUrl(new URL(light))?.id).toBe('outlook');
    expect(outlook.isTicketPage(new URL('https://outlook.office365.com/owa/?ae=Folder&t=IPF.Note'))).toBe(false);
    expect(outlook.isTicketPage(new URL('https://outlook.office365.com/owa/'))).toBe(false);
  });

  it('is the adapter for Outlook on the web hosts only', () => {
    for (const url of [OLIVER_URL, ETHAN_URL, LUKAS_URL]) expect(adapterForUrl(new URL(url))?.id).toBe('outlook');
    expect(adapterForUrl(new URL('https://outlook.office.com.evil.example/mail/inbox/id/1'))).toBeNull();
    expect(adapterForUrl(new URL('https://outlook.office.com/calendar/view/week'))).toBeNull();
  });
});

describe('outlook readThread on reconstructed pages', () => {
  it('reads a busy newest-on-top conversation oldest first, with roles from the signed-in account, quoted history kept raw', () => {
    const thread = read('2026-11-24-customer-waiting.html', OLIVER_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({ site: 'outlook', subject: 'RE: Delivery of order #1035', customer: OLIVER, confidence: 1 });
    expect(thread!.threadId).toBe('AAQkADNiZjE3MjFmLTk1YmQtNGMxYi04OTQwLTYwN2NhNjBhMjQ1ZgAQAJvT0cu8lEx6h4m3E9xw2fE=');
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(messages.map((m) => m.sentAt)).toEqual([local(2026, 10, 19, 18, 40), local(2026, 10, 20, 14, 2), local(2026, 10, 24, 9, 14)]);
    expect(messages[0]!.text).toBe('Hello, has my order #1035 been delivered? The tracking says so but I have nothing.');
    expect(messages[1]!.author).toEqual({ name: 'Northwind Goods Support', email: 'support@northwindgoods.example' });
    expect(messages[2]!.text).toMatch(/^Hi, thanks for checking\. I'd like to return the throw from order #1035: .*\n\nThanks,\nOliver\n/s);
    expect(messages[2]!.text).toContain(
      'From: Northwind Goods Support <support@northwindgoods.example>\nSent: Friday, November 20, 2026 2:02 PM',
    );
    // The open reply's quoted original is the agent's draft, not a message.
    expect(messages.map((m) => m.text).join('\n')).not.toContain('Discard');
  });

  it('reads the older markup with the agent writing last from her own address at the shop', () => {
    const thread = read('2026-11-24-agent-replied-last.html', ETHAN_URL)!;
    expect(thread.subject).toBe('Beanie and scarf order');
    expect(thread.customer).toEqual({ name: 'Ethan Brooks', email: 'ethan.brooks@example.com' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread.threadId).toBe('AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAAAA');
    expect(thread.confidence).toBeLessThan(1);
  });

  it('without an account shown, takes whoever opened the conversation as the customer', () => {
    const thread = read('2026-11-24-quoted-history.html', LUKAS_URL)!;
    expect(thread.customer).toEqual({ name: 'Lukas Gruber', email: 'lukas.gruber@example.net' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    const latest = thread.messages[2]!.text;
    expect(latest).toMatch(/^Hallo,\ndanke für die Info\./);
    expect(latest).toContain('Von: Northwind Goods Support <support@northwindgoods.example>\nGesendet: Montag, 23. November 2026 16:10');
    expect(latest).toContain('-----Original Message-----\nFrom: Lukas Gruber');
    expect(thread.threadId).toBe('AAMkAGQ1');
  });

  it('reads the thread shown newest on top oldest first when a date does not parse, from the dates that do', () => {
    const thread = read('2026-11-24-quoted-history.html', LUKAS_URL, (doc) => {
      doc.querySelector('[data-app-section=DateTime]')!.textContent = 'Dienstag 07:45';
    })!;
    expect(thread.messages.map((m) => m.sentAt === undefined)).toEqual([false, false, true]);
    expect(thread.messages[2]!.text).toMatch(/^Hallo,/);
  });

  it('keeps the page order when too few dates parse to say which way it runs', () => {
    const thread = read('2026-11-24-quoted-history.html', LUKAS_URL, (doc) => {
      for (const time of [...doc.querySelectorAll('[data-app-section=DateTime]')].slice(0, 2)) time.textContent = 'Dienstag 07:45';
    })!;
    expect(thread.messages.map((m) => m.sentAt === undefined)).toEqual([true, true, false]);
    expect(thread.messages[0]!.text).toMatch(/^Hallo,/);
  });

  it('returns null without throwing on a page mid-load, an empty conversation or a changed DOM', () => {
    const loading = htmlPage('<!doctype html><div id="app"><div role="progressbar" aria-label="Loading"></div></div>', OLIVER_URL);
    expect(outlook.readThread(loading.document, loading.url)).toBeNull();
    expect(
      read('2026-11-24-customer-waiting.html', OLIVER_URL, (doc) => doc.querySelectorAll('[data-itemid]').forEach((m) => m.remove())),
    ).toBeNull();
    const changed = read('2026-11-24-quoted-history.html', LUKAS_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean, bounded text from hostile markup and a 5 MB message', () => {
    const thread = read('2026-11-24-customer-waiting.html', OLIVER_URL, (doc) => {
      const body = doc.querySelector('[data-itemid="AAMkADNiZjE3-3"] [aria-label="Message body"]')!;
      body.append('pasted log line '.repeat(330_000));
      body.insertAdjacentHTML(
        'afterbegin',
        `<style>*{}</style><script>steal()</script><img src=x onerror="steal()" alt="${'a'.repeat(300_000)}"><div hidden>secret</div>`,
      );
      doc.querySelector('[data-itemid="AAMkADNiZjE3-3"] [data-app-section=SenderLine]')!.textContent = `Oliver ${'x'.repeat(100_000)}`;
    })!;
    expect(thread.messages.at(-1)!.text).not.toMatch(/steal|secret|\*\{\}|aaa/);
    expect(thread.messages.at(-1)!.text.length).toBeLessThanOrEqual(100_000);
    expect(thread.messages.at(-1)!.author.name!.length).toBeLessThanOrEqual(200);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});

/** The whole path agents and CI use: `npm run -s cli -- extract <page> --url <url>` → Ticket. */
describe('outlook fixtures through the CLI extract', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    // Outlook's "From: / Sent:" header starts the quoted history.
    [
      '2026-11-24-customer-waiting.html',
      OLIVER_URL,
      'RE: Delivery of order #1035',
      OLIVER,
      ['customer', 'agent', 'customer'],
      '#1035',
      "Hi, thanks for checking. I'd like to return the throw from order #1035: the charcoal is darker than on the website and doesn't go with our sofa. How do I send it back?",
    ],
    [
      '2026-11-24-agent-replied-last.html',
      ETHAN_URL,
      'Beanie and scarf order',
      { name: 'Ethan Brooks', email: 'ethan.brooks@example.com' },
      ['customer', 'agent'],
      '#1066',
      'Hi there, I placed order #1066 yesterday. Can I still change the beanie colour to grey?\n\nEthan',
    ],
    // German "Von: / Gesendet:" and the older "-----Original Message-----" are history too.
    [
      '2026-11-24-quoted-history.html',
      LUKAS_URL,
      'AW: Bestellung #1061',
      { name: 'Lukas Gruber', email: 'lukas.gruber@example.net' },
      ['customer', 'agent', 'customer'],
      '#1061',
      // "Lg Lukas" goes with the quote: the quoted reply greets Lukas, so it is his sign-off (strip-addressed-name.ts).
      'Hallo,\ndanke für die Info. Ist die Decke inzwischen verschickt? Ich bräuchte sie bis Freitag.',
    ],
  ] as const)(
    '%s → subject, customer, roles, order and the new customer text',
    async (file, url, subject, customer, roles, orderRef, latest) => {
      const io = captureOutput();
      const code = await extract([`tests/fixtures/sites/outlook/${file}`, '--url', url]);
      vi.restoreAllMocks();
      expect(code).toBe(0);
      const ticket = TicketSchema.parse(JSON.parse(io.out()));
      expect(ticket).toMatchObject({ site: 'outlook', subject, customer });
      expect(ticket.messages.map((m) => m.role)).toEqual(roles);
      if (orderRef) expect(ticket.entities.orderRefs).toContain(orderRef);
      expect(ticket.latestCustomerMessage).toBe(latest);
    },
  );
});
