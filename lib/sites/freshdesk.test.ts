import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { freshdesk } from './freshdesk';
import { MAX_TEXT_LENGTH } from './text';
import { fixturePage, htmlPage } from './testing/fixture-page';

const LIAM_URL = 'https://northwind.freshdesk.com/a/tickets/2317';
const OLIVIA_URL = 'https://northwind.freshdesk.com/a/tickets/2322';
const MASON_URL = 'https://northwind.freshdesk.com/a/tickets/2329';
const LIAM = { name: "Liam O'Connor", email: 'liam.oconnor@example.net' };

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('freshdesk', file, url);
  change?.(page.document);
  return freshdesk.readThread(page.document, page.url);
}

describe('freshdesk isTicketPage', () => {
  it('is true for /a/tickets/<id> and false for ticket lists and other agent pages', () => {
    expect(freshdesk.isTicketPage(new URL(LIAM_URL))).toBe(true);
    expect(freshdesk.isTicketPage(new URL(`${LIAM_URL}?current_tab=details`))).toBe(true);
    expect(freshdesk.isTicketPage(new URL('https://northwind.freshdesk.com/a/tickets/filters/all_tickets'))).toBe(false);
    expect(freshdesk.isTicketPage(new URL('https://northwind.freshdesk.com/a/contacts/70001234'))).toBe(false);
  });
});

describe('freshdesk readThread on reconstructed agent pages', () => {
  it('reads a busy page: subject, requester, description and replies oldest first, private note as agent, no activities', () => {
    const thread = read('2026-11-24-busy-page.html', LIAM_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({
      site: 'freshdesk',
      threadId: '2317',
      subject: 'Exchange shirt for a size L – order #1052',
      customer: LIAM,
    });
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(messages.map((m) => Date.parse(m.sentAt!))).toEqual([...messages.map((m) => Date.parse(m.sentAt!))].sort((a, b) => a - b));
    expect(messages[0]!.author).toEqual(LIAM);
    expect(messages[1]!.author).toEqual({ name: 'Priya Shah' });
    expect(messages[2]!.author).toEqual({ name: 'Priya Shah', email: 'support@northwind-goods.example' });
    expect(messages[0]!.text).toBe(
      'Hi Northwind team,\n\nmy Classic Linen Shirt from order #1052 arrived, but the size M is too tight. Could I exchange it for a size L?\n\nCheers,\nLiam',
    );
    expect(messages[3]!.text).toBe('Hi Priya,\n\nan exchange please, size L. How do I send the M back?\n\nThanks,\nLiam');
    expect(messages.map((m) => m.text).join('\n')).not.toMatch(/Automation|Status changed|Sweater sizing/);
    expect(thread!.confidence).toBe(1);
  });

  it('marks the agent as the last writer', () => {
    const thread = read('2026-11-24-agent-replied-last.html', OLIVIA_URL)!;
    expect(thread.customer).toEqual({ name: 'Olivia Bennett', email: 'olivia.bennett@example.com' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread.messages[1]!.text).toContain('730561416795');
  });

  it("keeps Freshdesk's quoted history in the text for lib/ticket to strip; the customer comes from the conversation", () => {
    const thread = read('2026-11-24-quoted-history.html', MASON_URL)!;
    expect(thread.customer).toEqual({ name: 'Mason Rivera', email: 'mason.rivera@example.net' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages[2]!.text).toContain('Northwind Goods Support <support@northwind-goods.example> wrote:');
    const ticket = buildTicket(thread);
    expect(ticket.latestCustomerMessage).toMatch(/^Here is the photo of the torn seam/);
    expect(ticket.latestCustomerMessage).not.toMatch(/Could you send us a photo/);
    expect(ticket.entities.orderRefs).toContain('#1042');
    expect(thread.confidence).toBeLessThan(1);
  });

  it('reads roles by comparing senders with the requester when the direction classes are gone', () => {
    const thread = read('2026-11-24-busy-page.html', LIAM_URL, (doc) => {
      doc.querySelectorAll('.ticket_note, .ticket-description').forEach((item) => (item.className = ''));
    })!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread.confidence).toBeLessThan(1);
  });

  it('returns null without throwing on a page mid-load, an empty conversation, or a DOM it does not know', () => {
    const loading = htmlPage('<!doctype html><div class="ticket-details"><div class="loading-spinner"></div></div>', LIAM_URL);
    expect(freshdesk.readThread(loading.document, loading.url)).toBeNull();
    expect(
      read('2026-11-24-busy-page.html', LIAM_URL, (doc) => doc.querySelectorAll('.text__content').forEach((b) => (b.textContent = ''))),
    ).toBeNull();
    const changed = read('2026-11-24-busy-page.html', LIAM_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean, bounded text from hostile markup and a 5 MB reply', () => {
    const thread = read('2026-11-24-busy-page.html', LIAM_URL, (doc) => {
      const body = Array.from(doc.querySelectorAll('.text__content')).at(-1)!;
      body.insertAdjacentHTML('afterbegin', '<script>steal()</script><object data="x">object</object><p style="display:none">secret</p>');
      body.insertAdjacentHTML('beforeend', `<p title="${'t'.repeat(1_000_000)}">${'y'.repeat(5_000_000)}</p>`);
      doc.querySelector('[data-test-id="requester-name"]')!.textContent = `Liam ${'L'.repeat(100_000)}`;
    })!;
    const latest = thread.messages.at(-1)!.text;
    expect(latest).not.toMatch(/steal|object|secret/);
    expect(latest.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(thread.customer.name!.length).toBeLessThanOrEqual(200);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});
