import { describe, expect, it } from 'vitest';
import type { Thread } from '@/lib/schemas/ticket';
import { buildTicket } from './build-ticket';
import { withCheckDigit } from './tracking';

const jane = { name: 'Jane Customer', email: 'jane@example.test' };
const shop = { name: 'Shop Support', email: 'support@shop.test' };
const dhl = withCheckDigit('dhl-express', '482915530');

function thread(messages: Thread['messages'], subject = 'Wo ist meine Bestellung #5120?'): Thread {
  return {
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    threadId: 'abc',
    subject,
    customer: jane,
    messages,
    confidence: 0.9,
  };
}

describe('buildTicket', () => {
  const ticket = buildTicket(
    thread([
      {
        author: jane,
        role: 'customer',
        sentAt: '2026-11-20T09:00:00Z',
        text: 'Hallo,\nich habe Bestellung #5120 aufgegeben, aber nichts erhalten.\n\nViele Grüße\nJane',
      },
      {
        author: shop,
        role: 'agent',
        sentAt: '2026-11-21T10:00:00Z',
        text: `Hallo Jane,\ndas Paket ist mit DHL unterwegs, Sendungsnummer ${dhl}.\n\nAm 20.11.2026 um 10:00 schrieb Jane Customer <jane@example.test>:\n> Hallo,`,
      },
      {
        author: jane,
        role: 'customer',
        sentAt: '2026-11-23T08:00:00Z',
        text: `Die Sendung steht seit Tagen still. Können Sie bitte beim Versand nachfragen? Meine neue Adresse: jane.new@example.test\n\nVon meinem iPhone gesendet\n\nAm 21.11.2026 um 11:00 schrieb Shop Support <support@shop.test>:\n> das Paket ist mit DHL unterwegs, Sendungsnummer ${dhl}.\n> Bestellung 7777 wurde storniert.`,
      },
    ]),
  );

  it('strips every message and takes the newest customer message', () => {
    expect(ticket.messages.map((message) => message.visibleText)).toEqual([
      'Hallo,\nich habe Bestellung #5120 aufgegeben, aber nichts erhalten.',
      `Hallo Jane,\ndas Paket ist mit DHL unterwegs, Sendungsnummer ${dhl}.`,
      'Die Sendung steht seit Tagen still. Können Sie bitte beim Versand nachfragen? Meine neue Adresse: jane.new@example.test',
    ]);
    expect(ticket.latestCustomerMessage).toBe(ticket.messages[2]?.visibleText);
    expect(ticket.messages[1]?.text).toContain('schrieb Jane Customer');
  });

  it('takes entities from the subject and customer text, not from agent messages or quoted history', () => {
    expect(ticket.entities).toEqual({ orderRefs: ['#5120'], trackingRefs: [], emails: ['jane.new@example.test'] });
  });

  it('detects the language and records the source', () => {
    expect(ticket.language).toBe('de');
    expect(ticket.source).toEqual({ adapter: 'gmail', confidence: 0.9, reader: 'site' });
    expect(ticket).toMatchObject({ site: 'gmail', threadId: 'abc', subject: 'Wo ist meine Bestellung #5120?', customer: jane });
  });

  it('lists the requests of the newest customer message, with spans into it', () => {
    const latest = ticket.latestCustomerMessage!;
    expect(ticket.requests?.[0]?.intent).toBe('where_is_my_order');
    const span = ticket.requests![0]!.span;
    expect(latest.slice(span.start, span.end)).toContain('Die Sendung steht seit Tagen still.');
    const two = buildTicket(
      thread([{ author: jane, role: 'customer', text: 'Bitte stornieren Sie meine Bestellung. Außerdem brauche ich eine Rechnung.' }]),
    );
    expect(two.requests?.map((r) => r.intent)).toEqual(['cancel_order', 'invoice']);
  });

  it('falls back to the thread for the language when the newest message is too short', () => {
    const short = buildTicket(
      thread([
        { author: jane, role: 'customer', text: 'Mein Paket ist noch nicht angekommen, können Sie nachsehen?' },
        { author: jane, role: 'customer', text: 'Danke!' },
      ]),
    );
    expect(short.latestCustomerMessage).toBe('Danke!');
    expect(short.language).toBe('de');
  });

  it('handles threads without customer messages, empty messages and huge texts', () => {
    const agentOnly = buildTicket(thread([{ author: shop, role: 'agent', text: '' }], ''));
    expect(agentOnly.latestCustomerMessage).toBeNull();
    expect(agentOnly.language).toBeNull();
    expect(agentOnly.entities).toEqual({ orderRefs: [], trackingRefs: [], emails: [] });

    const empty = buildTicket(thread([], ''));
    expect(empty.messages).toEqual([]);

    const huge = `Where is order #9911? It has not arrived.\n\nOn 1 Nov 2026, Shop <support@shop.test> wrote:\n${'> old text 12345\n'.repeat(320_000)}`;
    const started = performance.now();
    const big = buildTicket(
      thread(
        [
          { author: jane, role: 'customer', text: huge },
          { author: jane, role: 'customer', text: 'x'.repeat(5_000_000) },
        ],
        'Help',
      ),
    );
    expect(performance.now() - started).toBeLessThan(3000);
    expect(big.messages[0]?.visibleText).toBe('Where is order #9911? It has not arrived.');
    expect(big.messages[1]?.visibleText.length).toBe(1_000_000);
    expect(big.entities.orderRefs).toEqual(['#9911']);
  });
});

describe('buildTicket with the HTML a reader kept', () => {
  it('cuts history by structure when a message has HTML, and leaves the HTML out of the ticket', () => {
    // As a page's innerText shows it, the quote is not marked at all: only the HTML tells.
    const html = '<div dir="ltr">Where is order #5120?</div><blockquote type="cite"><div>Order #7777 was cancelled.</div></blockquote>';
    const text = 'Where is order #5120?\nOrder #7777 was cancelled.';
    const ticket = buildTicket(thread([{ author: jane, role: 'customer', text, html }], 'Order'));
    expect(ticket.latestCustomerMessage).toBe('Where is order #5120?');
    expect(ticket.entities.orderRefs).toEqual(['#5120']);
    expect(ticket.messages[0]).not.toHaveProperty('html');
    expect(ticket.messages[0]?.text).toBe(text);
  });
});
