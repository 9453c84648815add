import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadSchema, TicketSchema } from '@/lib/schemas/ticket';
import { captureOutput } from '@/scripts/commands/testing/capture-output';
import extract from '@/scripts/commands/extract';
import { helpScout } from './help-scout';
import { adapterForUrl } from './index';
import { fixturePage, htmlPage } from './testing/fixture-page';

const ARIA_URL = 'https://secure.helpscout.net/conversation/2209712001/4127?folderId=7190245';
const JONAS_URL = 'https://secure.helpscout.net/conversation/2211000000/4131';
const OLIVIA_URL = 'https://secure.helpscout.net/conversation/2208000000/4119';
const ARIA = { name: 'Aria Chen', email: 'aria.chen@example.org' };

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('help-scout', file, url);
  change?.(page.document);
  return helpScout.readThread(page.document, page.url);
}

describe('help-scout isTicketPage', () => {
  it('is true on /conversation/<id>/<number> and false on mailboxes and settings', () => {
    expect(helpScout.isTicketPage(new URL(ARIA_URL))).toBe(true);
    expect(helpScout.isTicketPage(new URL('https://secure.helpscout.net/conversation/2209712001'))).toBe(true);
    expect(helpScout.isTicketPage(new URL('https://secure.helpscout.net/mailbox/8f1e2d3c4b5a6978/7190245/'))).toBe(false);
    expect(helpScout.isTicketPage(new URL('https://secure.helpscout.net/settings/'))).toBe(false);
  });

  it('is the adapter for the whole Help Scout app (conversations open without a page load), and nothing else', () => {
    expect(adapterForUrl(new URL(ARIA_URL))?.id).toBe('help-scout');
    expect(adapterForUrl(new URL('https://secure.helpscout.net/mailbox/8f1e2d3c4b5a6978/'))?.id).toBe('help-scout');
    expect(adapterForUrl(new URL('https://secure.helpscout.net.evil.example/conversation/1/1'))).toBeNull();
    expect(adapterForUrl(new URL('https://docs.helpscout.net/article/1'))).toBeNull();
  });
});

describe('help-scout readThread on reconstructed pages', () => {
  it('reads a busy page newest-first into chronological customer and agent messages, notes included, line items left out', () => {
    const thread = read('2026-11-24-customer-waiting.html', ARIA_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({
      site: 'help-scout',
      threadId: '2209712001',
      subject: 'Where is my serving bowl?',
      customer: ARIA,
      confidence: 1,
    });
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(messages.map((m) => m.sentAt)).toEqual([
      '2026-11-21T23:47:00.000Z',
      '2026-11-22T18:12:00.000Z',
      '2026-11-22T19:40:00.000Z',
      '2026-11-24T17:05:00.000Z',
    ]);
    expect(messages[0]).toMatchObject({
      author: ARIA,
      text: 'Hello,\n\nI ordered the ceramic serving bowl last week (order #1057). When will it arrive?\n\nAria',
    });
    expect(messages[1]!.author).toEqual({ name: 'Lena Hoffmann' });
    expect(messages[3]!.text).toBe(
      "Hi again,\n\nthe FedEx tracking still says the parcel is in Oakland and hasn't moved since Saturday. The bowl is a gift for Thursday. Can you check with FedEx or send another one?\n\nThanks,\nAria",
    );
    expect(messages.map((m) => m.text).join('\n')).not.toContain('changed the status');
  });

  it('reads the newer markup, roles from aria-labels, and the agent writing last', () => {
    const thread = read('2026-11-24-agent-replied-last.html', JONAS_URL)!;
    expect(thread.subject).toBe('Lieferung nach München');
    expect(thread.customer).toEqual({ name: 'Jonas Becker', email: 'jonas.becker@example.com' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread.messages[1]!.text).toMatch(/^Hallo Jonas,\n\ndeine Decke wird gerade verpackt/);
    expect(thread.confidence).toBeLessThan(1);
  });

  it('reads roles from author names when items carry neither classes nor labels', () => {
    const thread = read('2026-11-24-agent-replied-last.html', JONAS_URL, (doc) => {
      doc.querySelectorAll('[id^=thread-]').forEach((item) => item.removeAttribute('aria-label'));
    })!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
  });

  it('keeps the quoted history and signature in the raw text (lib/ticket strips them)', () => {
    const thread = read('2026-11-24-quoted-history.html', OLIVIA_URL)!;
    expect(thread.customer).toEqual({ name: 'Olivia Bennett', email: 'olivia.bennett@example.com' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    const latest = thread.messages[2]!.text;
    expect(latest).toMatch(/^Thanks Lena, the rug came today!/);
    expect(latest).toContain('--\nOlivia Bennett\nAustin, TX');
    expect(latest).toContain('On Mon, Nov 23, 2026 at 4:10 PM Northwind Goods Support <support@northwindgoods.example> wrote:');
  });

  it('returns null without throwing on a page mid-load, an empty thread or a changed DOM', () => {
    const loading = htmlPage('<!doctype html><div id="app"><div class="c-spinner" aria-busy="true"></div></div>', ARIA_URL);
    expect(helpScout.readThread(loading.document, loading.url)).toBeNull();
    expect(
      read('2026-11-24-customer-waiting.html', ARIA_URL, (doc) => doc.querySelector('[data-testid=ThreadContainer]')!.replaceChildren()),
    ).toBeNull();
    const changed = read('2026-11-24-quoted-history.html', OLIVIA_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean, bounded text from hostile markup and a 5 MB message', () => {
    const thread = read('2026-11-24-customer-waiting.html', ARIA_URL, (doc) => {
      const body = doc.querySelector('section.messageBody')!;
      body.insertAdjacentHTML(
        'beforeend',
        `<script>steal()</script><style>p{}</style><div style="display: none">secret</div><a href="javascript:x" data-x="${'q'.repeat(300_000)}">link</a>`,
      );
      body.append('pasted log line '.repeat(330_000));
      doc.querySelector('[data-cy=customer-name]')!.textContent = `Aria ${'x'.repeat(100_000)}`;
    })!;
    expect(thread.messages.at(-1)!.text).not.toMatch(/steal|secret|p\{\}|qqq/);
    expect(thread.messages.at(-1)!.text.length).toBeLessThanOrEqual(100_000);
    expect(thread.customer.name!.length).toBeLessThanOrEqual(200);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});

/** The whole path agents and CI use: `npm run -s cli -- extract <page> --url <url>` → Ticket. */
describe('help-scout fixtures through the CLI extract', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      '2026-11-24-customer-waiting.html',
      ARIA_URL,
      'Where is my serving bowl?',
      ARIA,
      ['customer', 'agent', 'agent', 'customer'],
      '#1057',
      "Hi again,\n\nthe FedEx tracking still says the parcel is in Oakland and hasn't moved since Saturday. The bowl is a gift for Thursday. Can you check with FedEx or send another one?",
    ],
    [
      '2026-11-24-agent-replied-last.html',
      JONAS_URL,
      'Lieferung nach München',
      { name: 'Jonas Becker', email: 'jonas.becker@example.com' },
      ['customer', 'agent'],
      '#1061',
      'Hallo,\n\nich habe die Merino-Decke bestellt (Bestellnummer #1061). Wann wird sie verschickt?',
    ],
    // The signature and Gmail's quoted "On … wrote:" block are not the customer's new text.
    [
      '2026-11-24-quoted-history.html',
      OLIVIA_URL,
      'Two parcels, one missing',
      { name: 'Olivia Bennett', email: 'olivia.bennett@example.com' },
      ['customer', 'agent', 'customer'],
      '#1053',
      'Thanks Lena, the rug came today! Still no sign of the mug though, the USPS tracking has said "in transit" for a week.',
    ],
  ] as const)(
    '%s → subject, customer, roles, order and the new customer text',
    async (file, url, subject, customer, roles, orderRef, latest) => {
      const io = captureOutput();
      const code = await extract([`tests/fixtures/sites/help-scout/${file}`, '--url', url]);
      vi.restoreAllMocks();
      expect(code).toBe(0);
      const ticket = TicketSchema.parse(JSON.parse(io.out()));
      expect(ticket).toMatchObject({ site: 'help-scout', subject, customer });
      expect(ticket.messages.map((m) => m.role)).toEqual(roles);
      if (orderRef) expect(ticket.entities.orderRefs).toContain(orderRef);
      expect(ticket.latestCustomerMessage).toBe(latest);
    },
  );
});
