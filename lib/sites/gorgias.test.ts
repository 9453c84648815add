import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { gorgias } from './gorgias';
import { MAX_TEXT_LENGTH } from './text';
import { fixturePage, htmlPage } from './testing/fixture-page';

const HANNAH_URL = 'https://northwind.gorgias.com/app/ticket/58213';
const NOAH_URL = 'https://northwind.gorgias.com/app/ticket/58190';
const AVA_URL = 'https://northwind.gorgias.com/app/ticket/58240';
const HANNAH = { name: 'Hannah Fischer', email: 'hannah.fischer@example.com' };

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('gorgias', file, url);
  change?.(page.document);
  return gorgias.readThread(page.document, page.url);
}

describe('gorgias isTicketPage', () => {
  it('is true for /app/ticket/<id> and false for views and settings', () => {
    expect(gorgias.isTicketPage(new URL(HANNAH_URL))).toBe(true);
    expect(gorgias.isTicketPage(new URL('https://northwind.gorgias.com/app/views/1'))).toBe(false);
    expect(gorgias.isTicketPage(new URL('https://northwind.gorgias.com/app/tickets/new'))).toBe(false);
  });
});

describe('gorgias readThread on reconstructed ticket pages', () => {
  it("reads a busy page: subject, customer, messages oldest first, the rule's auto-reply and the internal note as agent, no events", () => {
    const thread = read('2026-11-24-busy-page.html', HANNAH_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({ site: 'gorgias', threadId: '58213', subject: 'Bowl arrived cracked', customer: HANNAH });
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(messages.map((m) => m.sentAt)).toEqual([
      '2026-11-22T18:30:00.000Z',
      '2026-11-22T18:30:20.000Z',
      '2026-11-23T15:05:00.000Z',
      '2026-11-24T10:12:00.000Z',
    ]);
    expect(messages[2]!.author).toEqual({ name: 'Chloé Martin' });
    expect(messages[3]!.author).toEqual(HANNAH);
    expect(messages[3]!.text).toBe(
      'Hi again,\nany news on the cracked bowl? A refund would be fine too if a replacement takes long.\nHannah',
    );
    expect(messages.map((m) => m.text).join('\n')).not.toMatch(/Auto-tag|assigned to|Refund order|Slippers/);
    expect(thread!.confidence).toBe(1);
  });

  it('marks the agent as the last writer', () => {
    const thread = read('2026-11-24-agent-replied-last.html', NOAH_URL)!;
    expect(thread.customer).toEqual({ name: 'Noah Kim', email: 'noah.kim@example.org' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(buildTicket(thread).latestCustomerMessage).toMatch(/Cashmere Scarf – Camel/);
  });

  it('keeps quoted history in the text for lib/ticket to strip; the customer comes from the messages', () => {
    const thread = read('2026-11-24-quoted-history.html', AVA_URL)!;
    expect(thread.customer).toEqual({ name: 'Ava Patel', email: 'ava.patel@example.com' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages[2]!.text).toContain('Northwind Goods <support@northwind-goods.example> wrote:');
    const ticket = buildTicket(thread);
    expect(ticket.latestCustomerMessage).toMatch(/How long does the refund take\?/);
    expect(ticket.latestCustomerMessage).not.toMatch(/prepaid return label/);
    expect(thread.confidence).toBeLessThan(1);
  });

  it('reads roles by comparing senders with the customer when from_agent is missing', () => {
    const thread = read('2026-11-24-busy-page.html', HANNAH_URL, (doc) => {
      doc.querySelectorAll('[data-from-agent]').forEach((m) => m.removeAttribute('data-from-agent'));
    })!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread.confidence).toBeLessThan(1);
  });

  it('returns null without throwing on a page mid-load, an empty ticket, or a DOM it does not know', () => {
    const loading = htmlPage('<!doctype html><div id="root"><div class="loader"></div></div>', HANNAH_URL);
    expect(gorgias.readThread(loading.document, loading.url)).toBeNull();
    expect(
      read('2026-11-24-busy-page.html', HANNAH_URL, (doc) =>
        doc.querySelectorAll('[data-testid="ticket-message"]').forEach((m) => m.remove()),
      ),
    ).toBeNull();
    const changed = read('2026-11-24-busy-page.html', HANNAH_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean, bounded text from hostile markup and a 5 MB message', () => {
    const thread = read('2026-11-24-busy-page.html', HANNAH_URL, (doc) => {
      const body = Array.from(doc.querySelectorAll('[data-testid="ticket-message-body"]')).at(-1)!;
      body.insertAdjacentHTML('afterbegin', '<script>steal()</script><template><p>template</p></template><svg><text>svg</text></svg>');
      body.insertAdjacentHTML('beforeend', `<div>${'z'.repeat(5_000_000)}</div>`);
      doc.querySelector('[data-testid="ticket-subject"]')!.setAttribute('value', `Bowl ${'B'.repeat(1_000_000)}`);
    })!;
    const latest = thread.messages.at(-1)!.text;
    expect(latest).not.toMatch(/steal|template|svg/);
    expect(latest.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(thread.subject.length).toBeLessThanOrEqual(500);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});
